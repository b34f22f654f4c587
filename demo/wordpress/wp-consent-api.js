// A stand-in for the WP Consent API's script on a WordPress page, written from its documented
// contract (docs/integrations.md, WordPress), not from its code: the API plugin is not in Debian's
// packages and its code is not copied here. The demo page and test/e2e/platforms-wordpress.test.mjs
// load it; on a real site the API plugin's own script is there instead.
//
// - `consent_api`: what the API's PHP hands to its script (the consent type a site's PHP filter
//   chose, the cookie prefix and lifetime, whether plugins wait for `wp_consent_type_defined`);
// - `wp_set_consent(category, 'allow' | 'deny')`: writes the cookie `<prefix>_<category>` and
//   dispatches `wp_listen_for_consent_change` on `document` with `{ [category]: value }`;
// - `wp_has_consent(category)`: the consent type in force (`window.wp_consent_type`, else the
//   fallback) and the cookie: no type, or opt-out with no cookie, means yes; else only `allow`.
// On WordPress the API's PHP prints `consent_api` before this script (wp_localize_script); the demo has none.
window.consent_api = window.consent_api || { consent_type: '', cookie_prefix: 'wp_consent', cookie_expiration: 30, waitfor_consent_hook: false };
window.wp_fallback_consent_type = consent_api.consent_type;
window.waitfor_consent_hook = consent_api.waitfor_consent_hook;

window.wp_set_consent = function (category, value) {
  if (value !== 'allow' && value !== 'deny') return;
  const expires = new Date(Date.now() + consent_api.cookie_expiration * 864e5).toUTCString();
  document.cookie = `${consent_api.cookie_prefix}_${category}=${value}; expires=${expires}; path=/`;
  document.dispatchEvent(new CustomEvent('wp_listen_for_consent_change', { detail: { [category]: value } }));
};

window.wp_has_consent = function (category) {
  const type = window.wp_consent_type || window.wp_fallback_consent_type;
  const name = `${consent_api.cookie_prefix}_${category}=`;
  const found = document.cookie.split('; ').find((c) => c.startsWith(name));
  const value = found ? found.slice(name.length) : '';
  if (!type) return true;
  if (type.includes('optout') && value === '') return true;
  return value === 'allow';
};
