/**
 * The base of Consentry's elements: a shadow root with constructed styles (no
 * `style-src 'unsafe-inline'` needed under a strict CSP) and renders batched to one per
 * microtask. The state these elements show lives in the consent core; they only display it.
 */
export abstract class BaseElement extends HTMLElement {
  private _queued = false;
  private static _sheet?: CSSStyleSheet;
  /** CSS text of the element's shadow root. */
  static styles = '';

  constructor() {
    super();
    const type = this.constructor as typeof BaseElement;
    if (!Object.hasOwn(type, '_sheet')) {
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
        this.update();
      });
    }
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  /** Renders the shadow root from the current state. */
  protected abstract update(): void;
}
