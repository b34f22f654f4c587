import { ConsentBanner } from './ui/consent-banner/consent-banner.js';
import { PrivacyNotice } from './ui/privacy-notice/privacy-notice.js';
import { doc } from './core/guard.js';
import { adoptCss } from './ui/css.js';

/**
 * Room for a `<consent-gate>`'s placeholder from the page's first frame: the element itself comes
 * in a later chunk, and the content below it would move when it draws. Its shape is the
 * placeholder's (16:9 unless the site says otherwise), at least `--consentry-gate-min-height` tall. In a cascade layer, so
 * that any rule of the site's wins (docs/elements.md).
 */
const GATE_ROOM =
  '@layer consentry{consent-gate:has(>template){display:grid;aspect-ratio:var(--consentry-gate-aspect-ratio,16/9);min-block-size:var(--consentry-gate-min-height,12rem)}}';

/** Defines Consentry's custom elements, leaving any already defined (a second copy) alone. */
export function defineElements(): void {
  if (!customElements.get('consent-banner')) {
    customElements.define('consent-banner', ConsentBanner);
    adoptCss(doc, GATE_ROOM);
  }
  if (!customElements.get('privacy-notice')) customElements.define('privacy-notice', PrivacyNotice);
}
