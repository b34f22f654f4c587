import { doc } from '../core/guard.js';
/** A child of `h()`: text (never parsed as markup), a node, a list of them, or nothing. */
export type Child = string | Node | null | undefined | false | Child[];

/** The event handler properties `h` has set (`onclick`, `oncancel`), for `keep`. */
const handlers = new Set<string>();

/**
 * Builds an element. Attributes are set as attributes, except `on<event>` functions, which
 * become the element's handler property (one per event, so `keep` can hand them over). Children are appended as nodes or as text, so configured text can never
 * become markup. This keeps the first layer free of a template engine: the drop-in's size
 * budget has no room for one (the lazily loaded parts use lit-html).
 */
export function h(tag: string, attributes: Record<string, unknown> = {}, ...children: Child[]): Element {
  // HTML only: the revisit control draws its icon itself (consent-banner/revisit.ts).
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') (handlers.add(name), ((el as any)[name] = value));
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...(children.flat(9).filter((c) => c || c === '') as Array<string | Node>));
  return el;
}

/**
 * `old` when it is the same markup as `fresh` (a banner the server rendered, or the last render
 * drew), now with `fresh`'s handlers: nothing is drawn again and focus stays; else `fresh`.
 */
export function keep(old: Element | null | undefined, fresh: Element): Element {
  // Adjacent texts as one node, as the HTML parser makes them.
  fresh.normalize();
  if (!old?.isEqualNode(fresh)) return fresh;
  const mine = [old, ...old.querySelectorAll('*')];
  [fresh, ...fresh.querySelectorAll('*')].forEach((e: any, i) => handlers.forEach((n) => ((mine[i] as any)[n] = e[n])));
  return old;
}
