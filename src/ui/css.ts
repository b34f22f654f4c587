/** Tag for CSS text, so that the build minifies it as it does Lit's `css`. */
export const css = (strings: TemplateStringsArray): string => strings[0];
