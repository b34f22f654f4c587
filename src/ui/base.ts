import { reset } from './css.js';

/**
 * The base of Consentry's elements: a shadow root with constructed styles (no
 * `style-src 'unsafe-inline'` needed under a strict CSP) and renders batched to one per
 * microtask. The state these elements show lives in the consent core; they only display it.
 */
export abstract class BaseElement extends HTMLElement {
  private _queued = false;
  private static _sheet?: CSSStyleSheet;
  /** CSS text of the element's shadow root, after the shared `reset` of the page's text styles. */
  static styles = '';

  /**
   * The shadow root with the element's styles, made on first use rather than in the constructor:
   * the drop-in creates its banner before `<body>` exists, and parsing the styles can wait until
   * the banner is inserted, out of the script's own start-up task.
   */
  protected root(): ShadowRoot {
    if (this.shadowRoot) return this.shadowRoot;
    const type = this.constructor as typeof BaseElement;
    if (!Object.hasOwn(type, '_sheet')) {
      type._sheet = new CSSStyleSheet();
      type._sheet.replaceSync(reset + type.styles);
    }
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [type._sheet!];
    return root;
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

  /** Renders the shadow root (`root()`) from the current state. */
  protected abstract update(): void;
}
