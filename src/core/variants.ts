import { doc } from './guard.js';

/**
 * Deletes the cookie `name` for this host and each of its parent domains, on `path` and on every
 * path that covers this page, with and without a trailing slash: a cookie of that name visible
 * here was set with one of them (by this page, or planted by a sibling subdomain). A path may
 * hold `;` or `,`, which would end the attribute: escaped, it only matches no page.
 */
export function deleteCookie(name: string, path: string): void {
  const domains = [''];
  for (let d = location.hostname; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) domains.push(';domain=' + d);
  const paths = [path, '/'];
  let p = '';
  for (const part of location.pathname.split('/').slice(1)) paths.push((p += '/' + part), p + '/');
  for (const d of domains)
    for (const p of paths)
      doc.cookie = `${name}=;max-age=0;path=${p.replace(/[;,\s]/g, encodeURIComponent)}${d}${location.protocol == 'https:' ? ';secure' : ''}`;
}
