import { css } from '../css.js';

export const styles = css`
  :host {
    --_bg: var(--consentry-background, light-dark(#fff, #1b1b1f));
    --_fg: var(--consentry-color, light-dark(#1b1b1f, #f3f3f5));
    --_muted: var(--consentry-muted-color, light-dark(#4b4b55, #c4c4cc));
    --_accent: var(--consentry-accent, light-dark(#1f4fd1, #9db8ff));
    --_on-accent: var(--consentry-on-accent, light-dark(#fff, #0d1330));
    --_line: var(--consentry-border-color, light-dark(#74747e, #8d8d98));
    --_radius: var(--consentry-radius, 0.5rem);
    color-scheme: light dark;
    font: var(--consentry-font, 1rem/1.5 system-ui, sans-serif);
  }
  .panel {
    position: fixed;
    z-index: var(--consentry-z-index, 2147483600);
    box-sizing: border-box;
    max-block-size: 100dvh;
    overflow: auto;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_line);
    box-shadow: 0 0.25rem 1.5rem #0004;
  }
  .bar {
    inset-inline: 0;
    border-inline: 0;
  }
  .bar.top {
    inset-block-start: 0;
  }
  .bar:not(.top) {
    inset-block-end: 0;
  }
  .box {
    inline-size: min(26rem, calc(100% - 2rem));
    border-radius: var(--_radius);
    inset-block-end: 1rem;
    inset-inline-start: calc(50% - min(13rem, 50% - 1rem));
  }
  .box.top {
    inset-block: 1rem auto;
  }
  .box.bottom-left {
    inset-inline-start: 1rem;
  }
  .box.bottom-right {
    inset-inline: auto 1rem;
  }
  .box.center {
    inset-block-end: calc(50% - 8rem);
  }
  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: in 0.2s ease-out;
    }
  }
  @keyframes in {
    from {
      opacity: 0;
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
  .small {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  a {
    color: inherit;
    text-underline-offset: 0.15em;
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
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  .revisit {
    position: fixed;
    z-index: var(--consentry-z-index, 2147483600);
    inset-block-end: 1rem;
    inset-inline-start: 1rem;
    padding: 0;
    inline-size: 2.75rem;
    border-radius: 50%;
    box-shadow: 0 0.125rem 0.5rem #0004;
  }
  svg {
    display: block;
    margin: auto;
    inline-size: 1.5rem;
  }
`;
