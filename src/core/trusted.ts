import { report } from './report.js';
import { ownScript } from './guard.js';

/** The one Trusted Types policy Consentry creates; sites allow it with `trusted-types consentry`. */
export const POLICY_NAME = 'consentry';

interface Policy {
  createScriptURL(url: string): string;
  createScript(code: string): string;
  createHTML(html: string): string;
}

let policy: Policy | undefined;

/**
 * Consentry's Trusted Types policy, created on first use. It only passes through what the site
 * itself wrote into its gated markup, what Consentry loads from next to itself, and (HTML) the
 * template strings of lit-html, which renders the lazily loaded parts (see chunks/lit.ts). Where the
 * browser has no Trusted Types, or the page's CSP forbids the policy, strings pass as they are
 * (the browser then blocks the assignment, which fails closed).
 */
export function trusted(): Policy {
  if (!policy) {
    const identity = (s: string) => s;
    policy = { createScriptURL: identity, createScript: identity, createHTML: identity };
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
export const nonce: string =
  ownScript?.nonce ||
  (document.querySelector('script[nonce]') as HTMLScriptElement | null)?.nonce ||
  '';
