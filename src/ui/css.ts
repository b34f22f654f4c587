/** Tag for CSS text, so that the build minifies it as it does Lit's `css`. */
export const css = (strings: TemplateStringsArray): string => strings[0];

/**
 * Every element's shadow root starts from this (src/ui/base.ts): the host stops inheriting the
 * page's text styles (a starter's `#root { text-align: center }`, `text-transform`,
 * `letter-spacing`, `line-height`, `white-space` on `body`…). `all` resets every property except
 * `direction` and `unicode-bidi` (so right-to-left still follows `dir`) and the custom properties
 * (the `--consentry-*` theme). What a site rightly passes down is inherited again: the font family
 * and size, the colour and colour scheme, and `visibility` (a hidden footer hides its controls).
 * The page's own rules for the element itself still win over `:host` (docs/elements.md).
 */
export const reset = css`
  :host {
    all: initial;
    font-family: inherit;
    font-size: inherit;
    color: inherit;
    color-scheme: inherit;
    visibility: inherit;
  }
`;

/**
 * Adds CSS text to `root` as one more constructed stylesheet, after the ones it has: no `<style>`
 * element, so it works under a strict CSP.
 */
export function adoptCss(root: Document | ShadowRoot, text: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
