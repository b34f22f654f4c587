import { Consentry } from '../../api.js';
import * as consent from '../../core/consent.js';
import { report } from '../../core/report.js';
import { text } from '../../i18n/texts.js';
import { loadChunk } from '../../loader/lazy.js';
import type { NoticeChunk } from '../../chunks/notice.js';

/**
 * A privacy notice rendered from the `notice` object of the JSON configuration
 * (docs/privacy-notice.md), in light DOM so that the site's typography, printing and search
 * engines apply.
 * This element is only the loader: the notice itself is `consentry.notice.js`, fetched next to
 * the drop-in when a `<privacy-notice>` is on the page, so that other pages do not pay for it.
 * Its sections follow the consent state: the cookie table, the visitor's choices, the analytics
 * opt-out and the browser's privacy signals.
 * Over a notice a server rendered (`renderNotice` of `consentry/server`, marked `data-rendered`),
 * it keeps that markup and makes only those live parts live (docs/frameworks.md#the-notice-in-the-html).
 *
 * @tag privacy-notice
 * @summary Renders the site's privacy notice from its configuration.
 *
 * @attr config - CSS selector of a `<script type="application/json">` configuration (default: the banner's)
 * @attr heading-level - level of the section headings, 1..6 (`2`)
 * @attr lang - language of the notice (default: the banner's language, followed when `<html lang>` changes)
 */
export class PrivacyNotice extends HTMLElement {
  connectedCallback(): void {
    // A chunk that fails to load is reported by loadChunk; the element keeps its fallback content.
    loadChunk<NoticeChunk>('notice').then(
      (mount) => mount(this, { consent, api: Consentry, report, text }),
      () => {},
    );
  }
}
