/**
 * The event handler properties that the first layer's `h` sets (first-layer.ts: `onclick` on its
 * buttons, `oncancel` on the modal banner), which `keep` hands over.
 */
const HANDLERS = ['onclick', 'oncancel'];

/**
 * `old` when it is the same markup as `fresh` (a banner the server rendered, or the last render
 * drew), now with `fresh`'s handlers: nothing is drawn again and focus stays; else `fresh`.
 * Only a page with a server-rendered banner needs it (the `adopt` chunk, decision 32).
 */
export function keep(old: Element | null | undefined, fresh: Element): Element {
  // Adjacent texts as one node, as the HTML parser makes them.
  fresh.normalize();
  if (!old?.isEqualNode(fresh)) return fresh;
  const mine = [old, ...old.querySelectorAll('*')];
  [fresh, ...fresh.querySelectorAll('*')].forEach((e: any, i) => HANDLERS.forEach((n) => ((mine[i] as any)[n] = e[n])));
  return old;
}
