import { report } from './report.js';
import { ownScript, webUrl, doc } from './guard.js';

/** The one Trusted Types policy Consentry creates; sites allow it with `trusted-types consentry`. */
const POLICY_NAME = 'consentry';

interface Policy {
  createScriptURL(url: string): string;
  createScript(code: string): string;
  createHTML(html: string): string;
}

let policy: Policy | undefined;
/** Calls of `drawing` under way. */
let depth = 0;

/** Runs `fn`, lit-html's `render` (chunks/lit.ts), with the policy's `createHTML` open. */
export function drawing<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}

/** Passes `s` if `ok`, else throws: the browser then refuses the assignment. */
const pass = (ok: unknown, s: string) => {
  if (!ok) throw TypeError('[consentry] policy refused ' + s);
  return s;
};

/**
 * Consentry's Trusted Types policy, created on first use, and reachable only by Consentry's own
 * code (src/loader/shared.ts). It passes script URLs that are http(s) or relative (Consentry's chunks,
 * gated sources that passed the same check), the text of gated inline scripts, and HTML only while
 * lit-html renders Consentry's templates (see chunks/lit.ts). Where the browser has no Trusted
 * Types, or the page's CSP forbids the policy, the same checks apply to plain strings (the browser
 * then blocks the assignment, which fails closed).
 */
export function trusted(): Policy {
  if (!policy) {
    policy = { createScriptURL: (s) => pass(webUrl(s), s), createScript: (s) => s, createHTML: (s) => pass(depth, s) };
    const tt = (window as any).trustedTypes;
    try {
      if (tt?.createPolicy) policy = tt.createPolicy(POLICY_NAME, policy);
    } catch {
      report(`the page's Trusted Types CSP does not allow the policy "${POLICY_NAME}"; gated scripts cannot run`);
    }
  }
  return policy!;
}

/** The nonce of the script that loaded Consentry, for the scripts it adds itself. */
export const nonce: string = ownScript?.nonce || doc.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || '';
