import type { Config } from './config.js';
import { has, doc } from './guard.js';
import { diagnose } from './diagnose.js';
import { REFUSE_NECESSARY, UNKNOWN_CHOICE } from './messages.js';
import { current, grants, holds, refusal, sold, unknown } from './rules.js';
import { openStore, type Decision, type Store } from './storage.js';
import type { Category, ConsentSnapshot, Source, View } from './types.js';

/** Choices by category id or service id. */
export type Choices = Record<string, boolean>;

/** The event names of `on()`; each is also dispatched on `document` as `consent-<name>`. */
export type EventName = 'ready' | 'change' | 'ui';

type Listener = (detail: any) => void;

/** The single consent state of the page. Everything else asks it; only `decide` changes it. */
let config: Config | undefined;
let store: Store;
let stored: Decision | null = null;
let values: Record<string, boolean> = { necessary: true };
let services: Record<string, boolean> = {};
/**
 * The consent id, in a box made per id: made on first use, so that a first visit whose id nobody
 * reads costs no random numbers (the first use of `crypto` is slow), and a snapshot keeps the id
 * of its time.
 */
let idBox: { v?: string } = {};
let view: View = 'none';
let ready = false;
let channel: BroadcastChannel | undefined;
const listeners: Record<EventName, Set<Listener>> = { ready: new Set(), change: new Set(), ui: new Set() };

/** A random, unguessable consent id (base64url, 22 characters). */
const newId = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));

const idOf = (box: { v?: string }) => (box.v ??= newId());

/** The configuration in force; throws if Consentry has not started. */
export function getConfig(): Config {
  if (!config) throw new Error('[consentry] not started');
  return config;
}

/** Optional categories, in configured order. */
export const optional = (): Category[] => (config ? config.categories.slice(1) : []);

/** The browser asks not to sell or share (GPC, or DNT where configured). */
export function privacySignal(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return !!config && ((config.honorGpc && nav.globalPrivacyControl === true) || (config.honorDnt && nav.doNotTrack === '1'));
}

export { sold };

/** A category that a privacy signal refuses. */
const covered = (c: Category) => privacySignal() && sold(c);

/**
 * A stored decision made while a privacy signal was honoured: the visitor saw the signal's effect
 * and chose, so an opt-in then made is respected. A signal overrides a choice made without it.
 */
const signalled = () => !!stored?.signal;

/** Whether the visitor has decided, as `grants` found it at the last `compute`. */
let settled = false;

function compute(): void {
  ({ categories: values, services, decided: settled } = grants(stored, optional(), config!.mode, privacySignal(), config!.exempt, config!.revision));
}

/** The visitor has decided on every configured category (or the mode needs no decision). */
export const decided = (): boolean => !!config && settled;

/**
 * The banner is due: no decision yet, or (in notice mode) the notice was never acknowledged.
 * Never while the region's rules are loading.
 */
export const due = (): boolean => !config?.pending && (!decided() || (config?.mode === 'notice' && !stored));

/** The current state as a snapshot. */
export function snapshot(): ConsentSnapshot {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  const box = idBox;
  return {
    decided: decided(),
    categories: { ...values },
    services: { ...services },
    get id() {
      return idOf(box);
    },
    revision: config?.revision ?? '1',
    timestamp: stored ? new Date(stored.time).toISOString() : null,
    mode: config?.mode ?? 'opt-in',
    region: config?.region ?? null,
    gpc: nav.globalPrivacyControl === true,
  };
}

/**
 * Whether a category, or `category/service`, is granted. Unknown ids are never granted, and ids
 * are own keys only: `constructor` or `toString` name nothing.
 */
export function allowed(key: string): boolean {
  const [cat, svc] = String(key).split('/');
  // Inherited values are functions or objects, never `true`.
  if (!svc) return values[cat] === true;
  // A service of `necessary` (always the first category) is granted; an unknown one is not. Any
  // other is granted with its category, or on its own (see `compute`).
  const c = config?.categories.find((c) => c.id === cat);
  return !!c?.services.some((s) => s.id === svc) && (cat === 'necessary' || services[svc] === true);
}

function emit(name: EventName, detail: object): void {
  // From the page's `<consent-banner>` when it has one, so that a listener on the element in a
  // framework's template hears it too; it bubbles (composed) to `document` either way.
  (doc.querySelector('consent-banner') ?? document).dispatchEvent(new CustomEvent('consent-' + name, { detail, bubbles: true, composed: true }));
  for (const fn of listeners[name]) {
    try {
      fn(detail);
    } catch (e) {
      console.error(e);
    }
  }
}

/** Subscribes to `ready`, `change` or `ui`; a `ready` listener added late is called at once. */
export function on(name: EventName, fn: Listener): () => void {
  if (!has(listeners, name)) throw new TypeError(`[consentry] on(): unknown event "${name}"`);
  listeners[name].add(fn);
  if (name === 'ready' && ready) fn(snapshot());
  return () => void listeners[name].delete(fn);
}

function mirror(): void {
  const root = doc.documentElement;
  for (const [cat, on] of Object.entries(values)) root.setAttribute('data-consent-' + cat, on ? 'granted' : 'denied');
}

/** Re-reads the stored decision and reports what changed (for `sync`, start-up and reconfiguring). */
function load(): string[] {
  const before = values;
  const record = store.read();
  // A record of another revision speaks only while it is a refusal younger than `reask-after` days.
  const mine = current(record, config!.revision, config!.reaskAfter);
  // Only a record this browser wrote chooses the consent id: one planted by a sibling subdomain
  // would file the visitor's receipts under an id its author knows (decision 0020).
  if (mine && !mine.foreign) idBox = { v: mine.id };
  // A decision holds where the rules in force ask no more than those it was made under (a
  // record older than regions holds). While the rules are loading, none holds: nothing runs.
  stored = mine && !config!.pending && holds(mine, config!.mode) ? mine : null;
  compute();
  mirror();
  return Object.keys(values).filter((k) => before[k] !== undefined && before[k] !== values[k]);
}

/**
 * Starts (or, with a new configuration, re-starts) the consent state: reads the stored decision,
 * mirrors it on `<html>`, announces `consent-ready` once, and shows the banner if a decision is due.
 */
export function start(next: Config): void {
  config = next;
  store = openStore(next);
  load();
  if (!ready && !next.pending) {
    ready = true;
    emit('ready', snapshot());
    // Other tabs, the back/forward cache and sibling subdomains are heard from after the
    // banner's first frame (src/boot.ts): the drop-in's own start stays one short task. This tab's first decision opens the channel too.
    // Only a browser that refuses cookies keeps the decision in localStorage; listening for its
    // changes costs a synchronous round trip to the browser process, so others skip it.
    if (!navigator.cookieEnabled) addEventListener('storage', (e) => e.key === 'consentry:' + config!.cookieName && sync());
  }
  // A privacy signal that overrides a stored choice, or opt-out mode's default, is recorded as a
  // decision (source `gpc`), without asking. An undecided opt-in or notice visitor is still asked
  // (while the region's rules load, the mode is opt-in and no decision holds). Not before the
  // site's JSON configuration is read: a decision written without its categories and services
  // would lose the visitor's own choices for them (a refused service would then follow its category).
  if (
    !next.partial &&
    privacySignal() &&
    !signalled() &&
    (next.mode === 'opt-out' || decided()) &&
    optional().some((c) => covered(c) && (stored && has(stored.categories, c.id) ? stored.categories[c.id] : next.mode === 'opt-out'))
  )
    decide({}, 'gpc');
  setView(due() ? (view === 'none' ? 'banner' : view) : view === 'banner' ? 'none' : view);
}

/** The channel to this site's other tabs, opened once. */
export function tabs(): BroadcastChannel | undefined {
  try {
    if (!channel) (channel = new BroadcastChannel('consentry:' + config!.cookieName)).onmessage = sync;
  } catch {
    /* no other tabs to tell */
  }
  return channel;
}

/** Another tab, or a page of a sibling subdomain, may have decided: take its decision without writing anything. */
export function sync(): void {
  const was = decided();
  const changed = load();
  if (changed.length || was !== decided()) {
    emit('change', Object.assign(snapshot(), { changed, source: 'sync' as const }));
    if (decided() && view === 'banner') setView('none');
  }
}

/**
 * Records a decision. `choices` maps category ids (setting all of their services) and service
 * ids to booleans; ids not named keep their current value. Every call is a decision, so it
 * writes, fires `consent-change` and hides the UI, even when no value changed.
 */
export function decide(choices: Choices, source: Source, alone = source === 'embed'): ConsentSnapshot {
  const cats = { ...values };
  const svcs = { ...services };
  for (const c of optional()) {
    if (has(choices, c.id)) {
      cats[c.id] = !!choices[c.id];
      for (const s of c.services) svcs[s.id] = cats[c.id];
    }
    const named = c.services.filter((s) => has(choices, s.id));
    for (const s of named) svcs[s.id] = !!choices[s.id];
    // A service granted from its `<consent-gate>` grants that service only, not its category.
    if (named.length && !alone) cats[c.id] = c.services.some((s) => svcs[s.id]);
  }
  // The ids configured are the keys of `values` (categories) and `services` (their services).
  for (const key of Object.keys(choices)) {
    if (!has(values, key) && !has(services, key)) diagnose(UNKNOWN_CHOICE, key);
    else if (key === 'necessary' && !choices[key]) diagnose(REFUSE_NECESSARY);
  }
  const changed = Object.keys(values).filter((k) => values[k] !== cats[k]);
  const { necessary: _, ...optionalValues } = cats;
  // Only a service whose value differs from its category's needs to be kept (refused in a granted
  // category, or granted alone from its `<consent-gate>`): any other follows its category. This keeps the cookie short enough for hundreds of services.
  const kept: Record<string, boolean> = {};
  // A refusal names every service it refused: a later revision can then tell which are new (rules.ts `unknown`).
  const refused = refusal({ categories: optionalValues, services: svcs } as Decision);
  for (const c of optional()) for (const s of c.services) if (refused || svcs[s.id] !== cats[c.id]) kept[s.id] = svcs[s.id];
  stored = {
    revision: config!.revision,
    id: idOf(idBox),
    time: Date.now(),
    categories: optionalValues,
    services: kept,
    signal: privacySignal(),
    mode: config!.mode,
    region: config!.region ?? null,
  };
  compute();
  store.write(stored);
  mirror();
  tabs()?.postMessage(1);
  const detail = Object.assign(snapshot(), { changed, source });
  emit('change', detail);
  setView('none');
  return detail;
}

/**
 * Grants every optional category, except those a privacy signal refuses and the visitor has not
 * granted. After a refusal that stands through a new revision, only what is new (rules.ts
 * `unknown`): the refused categories stay refused, and a new service of one is granted alone.
 */
export function acceptAll(source: Source): ConsentSnapshot {
  const fresh = unknown(stored, config!.revision, optional());
  const choices: Choices = {};
  for (const c of optional()) if (!fresh.length || fresh.includes(c.id)) choices[c.id] = !covered(c) || values[c.id];
  for (const id of fresh) choices[id] ??= true;
  return decide(choices, source, !!fresh.length);
}

/** "Do not sell or share my personal information": refuses the `sold` categories and nothing else. */
export function optOut(source: Source): ConsentSnapshot {
  return decide(
    Object.fromEntries(
      optional()
        .filter(sold)
        .map((c) => [c.id, false]),
    ),
    source,
  );
}

/** Refuses every optional category. */
export function rejectAll(source: Source): ConsentSnapshot {
  return decide(Object.fromEntries(optional().map((c) => [c.id, false])), source);
}

/** Forgets the decision (removing the consent cookie) and shows the banner again. */
export function reset(): void {
  if (!config) return;
  store.clear();
  const before = values;
  stored = null;
  idBox = {};
  compute();
  mirror();
  const changed = Object.keys(values).filter((k) => before[k] !== values[k]);
  tabs()?.postMessage(1);
  emit('change', Object.assign(snapshot(), { changed, source: 'api' as const }));
  setView('banner');
}

/** The view the UI shows. */
export const getView = (): View => view;

/** Changes the visible view and announces it with `consent-ui`. */
export function setView(next: View): void {
  if (next === view) return;
  view = next;
  emit('ui', Object.assign(snapshot(), { view }));
}

/** Resolves once `key` is granted (at once if it already is). */
export function whenAllowed(key: string): Promise<void> {
  return new Promise((resolve) => {
    if (allowed(key)) return resolve();
    const off = on('change', () => allowed(key) && (off(), resolve()));
  });
}
