import { parsed } from '../core/config.js';
import { allowed, decided, getConfig, on, snapshot } from '../core/consent.js';
import { report } from '../core/report.js';
import type { ConsentSnapshot } from '../core/types.js';
import type { ConsentElement } from '../ui/element.js';
import { activate } from './activate.js';
import { clean } from './cleanup.js';

/** Gated elements: marked ones, and `<consent-gate>` (gated on its `category`). */
const GATED = '[data-consent],consent-gate';

/** Gated elements found and not yet activated, in the order they were found (document order). */
const pending = new Set<Element>();
/** Elements already activated: nothing is activated twice, even if it moves in the page. */
const done = new WeakSet<Element>();
/**
 * Found while the page loads with nothing after them yet: the parser may still be adding their
 * content (an inline script's text arrives in pieces when the network splits it).
 */
const unparsed = new Set<Element>();
let started = false;

/**
 * Whether `key` (`cat` or `cat/service`) names a configured category or service. If not, it is
 * reported (once), but only when the page is complete (a JSON configuration further down the
 * page may still define it) and the service catalogue is not loading (it may know the id).
 */
export function known(key: string): boolean {
  const [cat, svc] = key.split('/');
  const c = getConfig().categories.find((c) => c.id === cat);
  const ok = !!c && (svc === undefined || c.services.some((s) => s.id === svc));
  if (!ok && document.readyState !== 'loading' && !getConfig().waiting) report(`"${key}" is not a configured category or service; what needs it stays blocked`);
  return ok;
}

/**
 * Whether every token of `data-consent` holds: `cat` or `cat/service` granted, `!cat` refused
 * (decided and not granted). An unknown id never holds.
 */
const holds = (el: Element): boolean =>
  (el.getAttribute('data-consent') ?? el.getAttribute('category') ?? '')
    .trim()
    .split(/[\s,]+/)
    // Every token is checked (no short cut), so that each unknown id is reported.
    .map((token) => {
      const key = token.replace(/^!/, '');
      return known(key) && (token[0] === '!' ? decided() && !allowed(key) : allowed(key));
    })
    .every(Boolean);

/** Activates those of `list` whose condition holds; the others wait for the next change. */
function run(list: Iterable<Element> = pending): void {
  for (const el of [...list]) {
    pending.delete(el);
    unparsed.delete(el);
    // A gated element removed before activation is skipped (and taken up again if it returns).
    if (done.has(el) || !el.isConnected) continue;
    if (!holds(el)) pending.add(el);
    // Running an inline script the network has delivered half of would run half of it.
    else if (!parsed(el)) (pending.add(el), unparsed.add(el));
    else {
      done.add(el);
      activate(el);
    }
  }
}

/** The gated elements in and under `node`, in document order. */
const find = (node: Node): Element[] =>
  node instanceof Element ? [...(node.matches(GATED) ? [node] : []), ...node.querySelectorAll(GATED)] : [];

/**
 * Gating: activates every `[data-consent]` element of the page whose condition holds, now and
 * whenever consent changes, including elements added later (single-page apps); clears what
 * refused categories left behind, and reloads after a withdrawal with `reload-on-revoke`.
 * Called on every (re)configuration: the first call starts watching, later ones re-check with
 * the new configuration.
 */
export function gate(): void {
  if (!started) {
    started = true;
    new MutationObserver((records) => {
      const found = records.flatMap((r) => [...r.addedNodes].flatMap(find));
      for (const el of found) pending.add(el);
      // What the parser has added since also tells that the elements before it are complete.
      run([...unparsed, ...found]);
    }).observe(document, { childList: true, subtree: true });
    let before = snapshot();
    on('change', (now: ConsentSnapshot) => {
      clean();
      run();
      // Running scripts cannot be unloaded: reload when something granted was withdrawn.
      const lost = (k: 'categories' | 'services') => Object.keys(before[k]).some((id) => before[k][id] && !now[k][id]);
      if (getConfig().reloadOnRevoke && (lost('categories') || lost('services'))) location.reload();
      before = now;
    });
    // Unknown ids are reported once the page is complete (see `known`).
    document.addEventListener('DOMContentLoaded', () => run());
    for (const el of find(document.documentElement)) pending.add(el);
  }
  clean();
  run();
  // A placeholder names the service's provider: the new configuration may have named it.
  for (const g of document.querySelectorAll('consent-gate')) (g as Partial<ConsentElement>).requestUpdate?.();
}
