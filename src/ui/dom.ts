import { doc } from '../core/guard.js';
/** A child of `h()`: text (never parsed as markup), a node, a list of them, or nothing. */
export type Child = string | Node | null | undefined | false | Child[];

/**
 * Builds an element. Attributes are set as attributes, except `on<event>` functions, which
 * become the element's handler property (one per event, so that adopting a server's banner can
 * hand them over: consent-banner/adopt.ts). Children are appended as nodes or as text, so configured text can never
 * become markup. This keeps the first layer free of a template engine: the drop-in's size
 * budget has no room for one (the lazily loaded parts use lit-html).
 */
export function h(tag: string, attributes: Record<string, unknown> = {}, ...children: Child[]): Element {
  // The revisit control's icon (consent-banner/revisit.ts) is the only SVG drawn.
  const el = /^(svg|path)$/.test(tag) ? doc.createElementNS('http://www.w3.org/2000/svg', tag) : doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') (el as any)[name] = value;
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...(children.flat(9).filter((c) => c || c === '') as Array<string | Node>));
  return el;
}
