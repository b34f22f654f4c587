import { jsonPending, parserDoneWith } from '../core/json-config.js';
import { allowed, decided, getConfig, on, snapshot } from '../core/consent.js';
import { report } from '../core/report.js';
import type { ConsentSnapshot } from '../core/types.js';
import type { ConsentElement } from '../ui/element.js';
import { activate, own } from './activate.js';
import { clean } from './cleanup.js';
import { doc } from '../core/guard.js';

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
  if (!ok && doc.readyState !== 'loading' && !getConfig().waiting) report(`"${key}" is not a configured category or service; what needs it stays blocked`);
  return ok;
}

/** A gated element's condition: its `data-consent`, or a `<consent-gate>`'s `category`. */
const condition = (el: Element): string => el.getAttribute('data-consent') ?? el.getAttribute('category') ?? '';

/**
 * Whether every token of `el`'s own condition holds: `cat` or `cat/service` granted, `!cat` refused
 * (decided and not granted) and `el` the site's own markup (`own`): a visitor's `!cat` markup
 * would tell a third party which readers refused. An unknown id never holds.
 */
const tokensHold = (el: Element): boolean =>
  condition(el)
    .trim()
    .split(/[\s,]+/)
    // Every token is checked (no short cut), so that each unknown id is reported.
    .map((token) => {
      const key = token.replace(/^!/, '');
      if (!known(key)) return false;
      if (token[0] !== '!') return allowed(key);
      if (!decided() || allowed(key)) return false;
      if (!own(el)) report(`data-consent="${condition(el).slice(0, 80)}" on a <${el.localName}> without consent-own: not activated (docs/gating.md)`);
      return own(el);
    })
    .every(Boolean);

/**
 * Whether `el` is inside a container that the `user-content` option names (comments, profiles):
 * markup there is the visitors', never activated, whatever it carries. A selector that is not
 * valid is reported and ignored.
 */
function visitors(el: Element): boolean {
  const selector = getConfig().userContent;
  try {
    return !!selector && !!el.closest(selector);
  } catch {
    report(`user-content="${selector.slice(0, 80)}" is not a valid CSS selector; ignored`);
    return false;
  }
}

/**
 * Nested gating needs every condition involved: an element inside a gated element waits for that
 * one too (a gated `<img>` in a gated `<picture>` of another category), and a `<picture>` waits
 * for its gated `<img>`, which loads whatever the picture's sources name. This is the one place
 * that decides whether gated markup may run: on activation, when a queued script's turn comes,
 * and while an external one downloads.
 */
const holds = (el: Element): boolean => {
  if (visitors(el)) return false;
  const all = [el, ...(el.localName === 'picture' ? el.querySelectorAll(':scope>img[data-consent]') : [])];
  for (let a = el.parentElement?.closest('[data-consent]'); a; a = a.parentElement?.closest('[data-consent]')) all.push(a);
  return all.map(tokensHold).every(Boolean);
};

/**
 * Whether `el`'s condition still holds; if not, `el` waits again (for the next grant), as if it
 * had never been activated.
 */
function still(el: Element): boolean {
  if (holds(el)) return true;
  done.delete(el);
  pending.add(el);
  return false;
}

/** Document order, for elements that went back to waiting after others. */
const order = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/**
 * Activates those of `list` whose condition holds, in document order; the others wait for the
 * next change. Nothing is activated while a JSON configuration named by `config` is still to
 * come: it may set a new `revision` that voids the stored decision.
 */
function run(list: Iterable<Element> = pending): void {
  if (jsonPending(getConfig().config)) return;
  for (const el of [...list].sort(order)) {
    pending.delete(el);
    unparsed.delete(el);
    // A gated element removed before activation is skipped (and taken up again if it returns).
    if (done.has(el) || !el.isConnected) continue;
    if (!holds(el)) pending.add(el);
    // Running an inline script the network has delivered half of would run half of it.
    else if (!parserDoneWith(el)) (pending.add(el), unparsed.add(el));
    else {
      done.add(el);
      // One element that cannot be activated (a URL a Trusted Types check refuses) stops none after it.
      try {
        activate(el, () => still(el), condition(el));
      } catch (e) {
        report(`a gated <${el.localName}> could not be activated: ${e}`);
      }
      // What its template held is in the page now, gated too: queued before what follows `el`.
      run(find(el));
    }
  }
}

/** The gated elements in and under `node`, in document order. */
const find = (node: Node): Element[] => (node instanceof Element ? [...(node.matches(GATED) ? [node] : []), ...node.querySelectorAll(GATED)] : []);

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
      const cleaned = clean();
      run();
      // Running scripts cannot be unloaded: reload when something granted was withdrawn, once
      // its service workers are unregistered (else they would serve the reload itself), or
      // after a second at most.
      const lost = (k: 'categories' | 'services') => Object.keys(before[k]).some((id) => before[k][id] && !now[k][id]);
      if (getConfig().reloadOnRevoke && (lost('categories') || lost('services')))
        void Promise.race([cleaned, new Promise((ok) => setTimeout(ok, 1000))]).then(() => location.reload());
      before = now;
    });
    // Unknown ids are reported once the page is complete (see `known`).
    doc.addEventListener('DOMContentLoaded', () => run());
    for (const el of find(doc.documentElement)) pending.add(el);
  }
  void clean();
  run();
  // A placeholder names the service's provider: the new configuration may have named it.
  for (const g of doc.querySelectorAll('consent-gate')) (g as Partial<ConsentElement>).requestUpdate?.();
}
