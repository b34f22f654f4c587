import { headers } from 'next/headers';
import { renderBanner } from 'consentry/server';
import config from '../../ssr/consent.json';

export const metadata = { title: 'Shop' };

// The configuration the drop-in reads, as JSON in the page; `<` escaped so no text in it can close the script.
const configJson = JSON.stringify(config).replace(/</g, '\\u003c');

/** The root layout: every page gets the banner in its HTML when the visitor has not decided. */
export default async function RootLayout({ children }) {
  // The request's Cookie and Accept-Language headers. Reading them makes every page dynamic: its
  // HTML depends on the visitor's cookie, and Next.js then keeps it out of shared caches.
  const banner = renderBanner({ headers: await headers() }, { config, lang: 'en' });
  return (
    <html lang="en">
      <head>
        <script type="application/json" id="consent-config" dangerouslySetInnerHTML={{ __html: configJson }} />
        <script defer src="/consentry/consentry.js" data-config="#consent-config" />
      </head>
      <body>
        {/* renderBanner's own markup, not the site's or the visitor's text: it escapes every
            configured text and link itself. React has no element for a declarative shadow root,
            so the markup goes in as HTML; `''` for a visitor who has decided leaves no banner.
            First in <body>, so that it is painted with the page's first paint. */}
        {banner && <div dangerouslySetInnerHTML={{ __html: banner }} />}
        {children}
      </body>
    </html>
  );
}
