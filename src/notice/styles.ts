import { css } from '../ui/css.js';

/**
 * The notice renders in light DOM, so the site's typography applies; these rules only lay out
 * the cookie table and make the printed notice self-contained (no navigation or buttons, link
 * targets written out, sections kept together).
 */
export const styles = css`
  privacy-notice {
    display: block;
  }
  privacy-notice table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  privacy-notice caption {
    text-align: start;
    font-weight: bold;
  }
  privacy-notice th,
  privacy-notice td {
    border: 1px solid;
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  /* On a phone the cookie table scrolls in its box instead of widening the page beyond the screen. */
  privacy-notice .consentry-table {
    overflow-x: auto;
  }
  privacy-notice code {
    overflow-wrap: break-word;
  }
  privacy-notice dt {
    font-weight: bold;
  }
  /* Contents links are a list of small targets: keep them 24px apart (WCAG 2.5.8). */
  privacy-notice .consentry-toc li {
    line-height: 1.5;
    padding-block: 0.125em;
  }
  @media print {
    privacy-notice nav,
    privacy-notice button {
      display: none;
    }
    privacy-notice section {
      break-inside: avoid-page;
    }
    privacy-notice h1,
    privacy-notice h2,
    privacy-notice h3,
    privacy-notice h4 {
      break-after: avoid;
    }
    privacy-notice a[href^='http']::after {
      content: ' <' attr(href) '>';
    }
    privacy-notice a[href^='mailto:']::after {
      content: '';
    }
  }
`;
