import { css } from '../css.js';

// Deliberately plain: the site styles the placeholder through `::part()`. The placeholder fills
// the room the page keeps for it (src/define.ts), its text and button centred in it.
export const styles = css`
  :host {
    display: block;
  }
  div {
    display: grid;
    align-content: center;
    justify-items: start;
    padding: 1em;
    border: 1px dashed;
  }
`;
