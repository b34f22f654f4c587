/** Tag for CSS text, so that the build minifies it as it does Lit's `css`. */
export const css = (strings: TemplateStringsArray): string => strings[0];

/**
 * Adds CSS text to `root` as one more constructed stylesheet, after the ones it has: no `<style>`
 * element, so it works under a strict CSP.
 */
export function adoptCss(root: Document | ShadowRoot, text: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
