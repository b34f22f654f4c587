import type { H } from '../ui/consent-banner/first-layer.js';

/** Markup made by `html`: kept apart from strings, which are always text. */
class Html {
  constructor(readonly html: string) {}
}

/** Text as HTML text or as a quoted attribute value: configured text never becomes markup. */
export const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The server's `h` (src/ui/dom.ts draws the same calls as nodes): an element as HTML text.
 * Listeners (`on…` functions) are left out; the drop-in adds them when it adopts the markup.
 */
export const html: H<Html> = (tag, attributes = {}, ...children) => {
  let out = '<' + tag;
  for (const [name, value] of Object.entries(attributes))
    if (typeof value !== 'function' && value != null && value !== false) out += ` ${name}="${value === true ? '' : escape(String(value))}"`;
  const inner = children
    .flat(9)
    .map((c: unknown) => (c instanceof Html ? c.html : typeof c === 'string' ? escape(c) : ''))
    .join('');
  return new Html(`${out}>${inner}</${tag}>`);
};
