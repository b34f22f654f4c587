import { render, type TemplateResult } from 'lit/html.js';
import { BaseElement } from './base.js';

export { css } from './css.js';

/**
 * A Consentry element rendered with lit-html templates: LitElement's rendering without its
 * reactive-property machinery, which these elements do not need (their state lives in the
 * consent core). The elements built on it ship in lazily loaded chunks.
 */
export abstract class ConsentElement extends BaseElement {
  protected override update(): void {
    render(this.render(), this.root(), { host: this });
    this.updated();
  }

  abstract render(): TemplateResult | typeof import('lit/html.js').nothing | unknown;

  /** Runs after each render. */
  protected updated(): void {}
}
