import { render, type TemplateResult } from 'lit/html.js';

export { css } from './css.js';

/**
 * The base of Consentry's elements: lit-html templates rendered into a shadow root, batched
 * to one render per microtask. It is LitElement's rendering without its reactive-property
 * machinery, which the drop-in's size budget cannot afford and these elements do not need:
 * their state lives in the consent core.
 */
export abstract class ConsentElement extends HTMLElement {
  private _queued = false;
  private static _sheet?: CSSStyleSheet;
  /** CSS text of the element's shadow root. */
  static styles = '';

  constructor() {
    super();
    const type = this.constructor as typeof ConsentElement;
    if (!Object.hasOwn(type, '_sheet')) {
      // Constructed sheets need no `style-src 'unsafe-inline'` under a strict CSP.
      type._sheet = new CSSStyleSheet();
      type._sheet.replaceSync(type.styles);
    }
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [type._sheet!];
  }

  /** Schedules a render. */
  requestUpdate(): void {
    if (!this._queued) {
      this._queued = true;
      queueMicrotask(() => {
        this._queued = false;
        render(this.render(), this.shadowRoot!, { host: this });
        this.updated();
      });
    }
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  abstract render(): TemplateResult | typeof import('lit/html.js').nothing | unknown;

  /** Runs after each render. */
  protected updated(): void {}
}
