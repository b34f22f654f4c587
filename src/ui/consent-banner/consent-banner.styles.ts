import { css } from '../css.js';

// Logical properties throughout, so that right-to-left languages mirror the layout.
export const styles = css`
  :host {
    --_bg: var(--consentry-background, light-dark(#fff, #1b1b1f));
    --_fg: var(--consentry-color, light-dark(#1b1b1f, #f3f3f5));
    --_accent: var(--consentry-accent, light-dark(#1f4fd1, #9db8ff));
    --_on-accent: var(--consentry-on-accent, light-dark(#fff, #0d1330));
    --_line: var(--consentry-border-color, light-dark(#74747e, #8d8d98));
    --_radius: var(--consentry-radius, 0.5rem);
    font: var(--consentry-font, 1rem/1.5 system-ui, sans-serif);
  }
  .contents {
    display: contents;
  }
  /* On a phone, a page wider than the screen widens the area that fixed elements are placed in,
     beyond the screen: the banner would sit below and beside what the visitor sees, and move
     when the page widens. --_b and --_e are that excess (zero otherwise): the banner keeps to the
     screen (viewport units are the screen's). The revisit control's own rules are in revisit.ts. */
  .panel,
  .revisit {
    --_b: max(0px, 100% - 100dvh);
    --_e: max(0px, 100% - 100vw);
    position: fixed;
    z-index: var(--consentry-z-index, 2147483600);
    box-shadow: 0 0.25rem 1.5rem #0004;
  }
  .panel {
    box-sizing: border-box;
    /* The popover's own sizing (fit-content) would shrink the bar. */
    inline-size: auto;
    max-block-size: 100dvh;
    overflow: auto;
    margin: 0;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    inset-block: auto var(--_b);
    inset-inline: 0 var(--_e);
  }
  .top {
    inset-block: 0 auto;
  }
  .bar {
    border-radius: 0;
  }
  /* On a wide screen the bar keeps its words and its buttons side by side: equal, compact
     buttons (as wide as the longest label, which wraps past 34rem in all), the text beside them,
     the whole at most 72rem wide. Source order, and so focus order, is unchanged. */
  @media (min-width: 60rem) {
    .bar {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: center;
      column-gap: 2rem;
      padding-inline: max(1.25rem, 50% - 36rem);
    }
    .bar p {
      margin: 0;
    }
    .bar .actions {
      grid-area: 1 / 2 / 3;
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
      max-inline-size: 34rem;
    }
  }
  .box,
  dialog.panel {
    inline-size: min(26rem, calc(100% - 2rem));
    inset-block-end: calc(1rem + var(--_b));
    margin-inline: auto;
  }
  .bottom-left {
    inset-inline: 1rem auto;
  }
  .bottom-right {
    inset-inline: auto calc(1rem + var(--_e));
  }
  .center,
  dialog.panel {
    inset-block: 0 var(--_b);
    margin: auto;
    block-size: fit-content;
  }
  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: in 0.2s ease-out;
    }
  }
  /* A slide, not a fade: the panel is legible from its first frame, which for the banner is
     the page's first paint. */
  @keyframes in {
    from {
      translate: 0 0.75rem;
    }
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    flex: 1 1 9rem;
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
