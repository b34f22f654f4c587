// Shared by the framework component tests: deciding from another tab, counting Consentry
// subscriptions, and catching every warning a framework prints.
import { text } from '../shared/records.mjs';

/** Another tab of the site decides: it writes the cookie and tells this tab, as consent.ts does. */
export function decideInAnotherTab(categories) {
  const record = text({ revision: '1', id: 'AnotherTabAnotherTab00', time: Date.now(), categories, services: {} });
  document.cookie = 'consentry=' + encodeURIComponent(record) + '; path=/';
  const channel = new BroadcastChannel('consentry:consentry');
  channel.postMessage(1);
  channel.close();
}

/** Resolves once this tab has taken a decision made in another tab (`decideInAnotherTab`). */
export async function fromAnotherTab(categories) {
  // Another tab runs in a task of its own: this tab's pending work (a re-render that
  // reconfigures the banner) is done before the cookie changes under it.
  await new Promise((ok) => setTimeout(ok));
  return new Promise((resolve) => {
    const off = window.Consentry.on('change', (d) => d.source === 'sync' && (off(), resolve()));
    decideInAnotherTab(categories);
  });
}

/** Counts the listeners added through `window.Consentry.on` and not yet removed. */
export function countSubscriptions() {
  const api = window.Consentry;
  const on = api.on;
  let count = 0;
  api.on = (event, fn) => {
    const off = on(event, fn);
    count++;
    let done = false;
    return () => (done || (count--, (done = true)), off());
  };
  return { count: () => count, restore: () => (api.on = on) };
}

/** Collects console warnings and errors (React, Vue and Svelte report problems there). */
export function catchWarnings() {
  const seen = [];
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args) => seen.push(['warn', ...args].map(String).join(' '));
  console.error = (...args) => seen.push(['error', ...args].map(String).join(' '));
  return { seen, restore: () => Object.assign(console, original) };
}

/** Waits until `check()` is true (the UI renders in a later frame). */
export async function until(check, what = 'condition') {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((ok) => setTimeout(ok, 10));
  }
  throw new Error('timed out waiting for ' + what);
}

/** A button in the banner's shadow root. */
export const bannerButton = (part) => document.querySelector('consent-banner')?.shadowRoot?.querySelector(`[part~=${part}]`);

/** Forgets the page's decision between test files (they share the origin's cookies). */
export function clearCookie() {
  document.cookie = 'consentry=; max-age=0; path=/';
}
