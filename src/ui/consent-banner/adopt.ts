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
  // A modal banner that the server's script has shown (src/ssr/banner.ts) has `open`, which the
  // fresh one gets only when shown: compared as if it had it, and handed back without it.
  fresh.toggleAttribute('open', !!old?.matches('dialog[open]'));
  if (!old?.isEqualNode(fresh)) {
    fresh.removeAttribute('open');
    return fresh;
  }
  const mine = [old, ...old.querySelectorAll('*')];
  [fresh, ...fresh.querySelectorAll('*')].forEach((e: any, i) => HANDLERS.forEach((n) => ((mine[i] as any)[n] = e[n])));
  return old;
}
