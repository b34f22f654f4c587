import { css } from '../css.js';

// Deliberately plain: the site styles the placeholder through `::part()`.
export const styles = css`
  :host {
    display: block;
  }
  div {
    padding: 1em;
    border: 1px dashed;
  }
`;
