import { doc } from './guard.js';

/**
 * Deletes the cookie `name` on every variant this page can reach: host-only and for each parent
 * domain (a browser ignores a leading dot, and a deletion for a public suffix such as `co.uk`, so
 * no public-suffix list is needed), on `path`, on `/` and on the page's path and each of its
 * parents, with and without a trailing slash. A cookie of that name visible here was set with one
 * of them: by this page, by a library on several, or planted by a sibling subdomain. A path may
 * hold `;` or `,`, which would end the attribute and start another: escaped, it is only a path
 * that matches no page, which is harmless for a deletion.
 */
export function deleteCookie(name: string, path = '/'): void {
  const domains = [''];
  for (let d = location.hostname; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) domains.push(';domain=' + d);
  const paths = [path, '/'];
  let p = '';
  for (const part of location.pathname.split('/').slice(1)) paths.push((p += '/' + part), p + '/');
  for (const d of domains)
    for (const p of paths)
      doc.cookie = `${name}=;max-age=0;path=${p.replace(/[;,\s]/g, encodeURIComponent)}${d}${location.protocol == 'https:' ? ';secure' : ''}`;
}
