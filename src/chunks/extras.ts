import { registerChunk } from '../loader/chunk.js';
import { gate } from '../gating/gate.js';
import { loadScript } from '../gating/load-script.js';
import { loadChunk } from '../loader/lazy.js';
import { doc } from '../core/guard.js';
import { watchGrants, type Watched } from '../audit/watch.js';

/**
 * What `dist/consentry.extras.js` (gating) hands to the drop-in: gating, `loadScript`, and what
 * the audit needs to have watched from the start (the audit itself is `consentry.audit.js`,
 * loaded when it is asked for or with `debug`).
 */
export interface ExtrasChunk {
  gate: typeof gate;
  loadScript: typeof loadScript;
  watched: Watched;
}

const TAGS = 'consent-gate,consent-opt-out';

/**
 * Loads the `<consent-gate>` and `<consent-opt-out>` elements once the page has one, now or
 * later (single-page apps). They live in their own chunk because they use lit-html, whose
 * Trusted Types policy a page must allow; gating itself must work without it.
 */
function watchElements(): void {
  const load = () => void loadChunk('elements').catch(() => {});
  if (doc.querySelector(TAGS)) return load();
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n instanceof Element && (n.matches(TAGS) || n.querySelector(TAGS))) return (observer.disconnect(), load());
  });
  observer.observe(document, { childList: true, subtree: true });
}

watchElements();
const watched: Watched = { at: Infinity, added: new WeakSet() };
// Before gating starts (the drop-in calls `gate` once this registers), so that the audit sees
// the first grant before anything it lets load.
watchGrants(watched);
registerChunk('extras', { gate, loadScript, watched } satisfies ExtrasChunk);
