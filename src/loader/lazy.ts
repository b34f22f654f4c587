import { nonce, trusted } from '../core/trusted.js';
import { report } from '../core/report.js';
import { ownScript, runningScript, doc } from '../core/guard.js';

/**
 * The folder the drop-in (or the ES module) was loaded from: chunks and language files live next
 * to it. Read from the real script element (guard.ts), never from what markup may shadow.
 */
export const BASE = new URL('.', ownScript?.src || import.meta.url).href;

/** Chunks register themselves through this global hook, keyed by a symbol that no page uses. */
const HOOK = Symbol.for('consentry.chunk');
const loading: Record<string, Promise<any>> = {};
const USES_LIT = /^(preferences|elements|notice)$/;
const resolvers: Record<string, (exports: unknown) => void> = {};
/** The script elements `inject` inserted. */
const ours = new WeakSet<Element>();
/** What each chunk registered, by name (the `lit` chunk's lit-html, for the chunks that render). */
export const registered: Record<string, unknown> = {};

/**
 * Whether the code running now is a chunk that Consentry inserted itself (a `<script>` can only
 * be the running script while its own code runs): no other script can pose as one.
 */
export const fromChunk = (): boolean => ours.has(runningScript()!);

(window as any)[HOOK] ??= (name: string, exports: unknown) => fromChunk() && resolvers[name]?.(exports);

/**
 * Loads `consentry.<name>.js` from next to the drop-in once and resolves with what it registers.
 * The script element carries the drop-in's nonce and a Trusted Types URL, so this works under a
 * strict CSP (`'strict-dynamic'` trusts scripts that a trusted script adds).
 */
export function loadChunk<T>(name: string): Promise<T> {
  // Chunks that render with lit-html read it from the `lit` chunk, which must run first.
  return (loading[name] ??= (USES_LIT.test(name) ? loadChunk('lit') : Promise.resolve()).then(() => inject<T>(name)));
}

function inject<T>(name: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    resolvers[name] = (exports) => (delete resolvers[name], resolve((registered[name] = exports) as T));
    const script = doc.createElement('script');
    ours.add(script);
    script.nonce = nonce;
    script.src = trusted().createScriptURL(BASE + 'consentry.' + name + '.js');
    const fail = () => {
      delete loading[name];
      report(`could not load ${BASE}consentry.${name}.js`);
      reject(new Error('[consentry] chunk ' + name));
    };
    script.onerror = fail;
    // A file that runs without registering (a syntax error, a wrong file) would leave the chunk
    // pending for ever: registration happens while it runs, before its `load` event.
    script.onload = () => resolvers[name] && fail();
    doc.head.append(script);
  });
}
