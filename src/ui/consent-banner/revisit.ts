import { h } from '../dom.js';
import { css } from '../css.js';

/**
 * The "Privacy settings" control: shown once the visitor has decided, never in the first layer.
 * Part of the drop-in (decision 27): a returning visitor sees it without fetching anything. Its
 * styles follow the banner's in the banner's stylesheet.
 */
export const styles = css`
  .revisit {
    inset: auto auto calc(1rem + var(--_b));
    inset-inline-start: 1rem;
    padding: 0;
    inline-size: 2.75rem;
    border-radius: 50%;
  }
  svg {
    display: block;
    margin: auto;
    inline-size: 1.5rem;
  }
`;

/** The control: a round button with a shield icon, named `label`, that calls `open`. */
export function control(label: string, open: () => void): Element {
  // A shield and a check mark, one path of two parts.
  const icon = h(
    'svg',
    { viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' },
    h('path', { d: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6zM9 12l2 2 4-4' }),
  );
  return h('button', { part: 'button revisit', class: 'revisit', 'aria-label': label, title: label, onclick: open }, icon);
}
