import { css } from '../css.js';

// The banner's look (its colour, radius and font properties, docs/elements.md), so that an embed's
// placeholder reads as part of the same consent UI. It fills the room the page keeps for it
// (src/define.ts) and keeps a 16:9 shape by default, growing when its text needs more room.
export const styles = css`
  :host {
    display: block;
    /* While the drop-in makes the gate a grid (src/define.ts), its one column is the gate's width. */
    grid-template-columns: minmax(0, 1fr);
    --_bg: var(--consentry-background, light-dark(#fff, #1b1b1f));
    --_fg: var(--consentry-color, light-dark(#1b1b1f, #f3f3f5));
    --_muted: var(--consentry-muted-color, light-dark(#4b4b55, #c4c4cc));
    --_accent: var(--consentry-accent, light-dark(#1f4fd1, #9db8ff));
    --_on-accent: var(--consentry-on-accent, light-dark(#fff, #0d1330));
    --_line: var(--consentry-border-color, light-dark(#74747e, #8d8d98));
    --_radius: var(--consentry-radius, 0.5rem);
  }
  .ph {
    box-sizing: border-box;
    display: grid;
    align-content: safe center;
    justify-items: center;
    gap: 0.5rem;
    aspect-ratio: var(--consentry-gate-aspect-ratio, 16 / 9);
    /* Fills the gate's room (kept by the drop-in from the first frame, or the site's own size);
       scrolls, rather than spill over what follows, in a room smaller than its text needs. */
    place-self: stretch;
    max-block-size: 100%;
    overflow: auto;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    font: var(--consentry-font, 1rem/1.5 system-ui, sans-serif);
    text-align: center;
  }
  p {
    margin: 0;
    max-inline-size: 36rem;
  }
  .name {
    font-size: 1.125rem;
    font-weight: 700;
  }
  #t {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  a {
    color: inherit;
    font-size: 0.875rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  button {
    font: inherit;
    font-weight: 700;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
`;
