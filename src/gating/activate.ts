import { report } from '../core/report.js';
import { nonce, trusted } from '../core/trusted.js';
import { webUrl } from '../core/guard.js';

/** Gated scripts run one after another: each waits until the one before has loaded or failed. */
let queue: Promise<unknown> = Promise.resolve();

/** Attributes that `data-<name>` carries until activation; `srcset` first so an image fetches once. */
const DEFERRED = ['srcset', 'src', 'href', 'poster'];

/**
 * Inserts the script element `s` (with `put`), with `src` or `code` passed through Consentry's
 * Trusted Types policy. Resolves with `true` once it has run or loaded, with `false` if it
 * failed; never rejects.
 */
export function addScript(s: HTMLScriptElement, src: string | null, code: string, put: (s: HTMLScriptElement) => void): Promise<boolean> {
  return new Promise((done) => {
    const policy = trusted();
    if (src != null && !usable('src', src)) return done(false);
    try {
      // An external script says when it is done; an inline one is done once inserted (an inline
      // module runs a little later, and fires no event to wait for).
      s.addEventListener('load', () => done(true));
      s.addEventListener('error', () => done(false));
      if (src != null) s.src = policy.createScriptURL(src) as string;
      else s.text = policy.createScript(code) as string;
      put(s);
      if (src == null) done(true);
    } catch (e) {
      report(`script ${src ?? 'inline'} not run: ${e}`);
      done(false);
    }
  });
}

/**
 * Runs a gated `<script type="text/plain">` in its turn. A copy takes its place, because a
 * script element that the parser has seen never runs: the copy keeps every attribute (`async`,
 * `integrity`, `crossorigin`, `referrerpolicy`, …) and the nonce; `data-type` becomes `type`.
 */
function runScript(old: HTMLScriptElement): void {
  queue = queue.then((): unknown => {
    const src = old.getAttribute('data-src') ?? old.getAttribute('src');
    // A script removed from the page before its turn is skipped.
    if (!old.isConnected) return;
    // On a page that uses nonces, only markup carrying the page's nonce runs: injected markup
    // must not borrow Consentry's trust (a script gadget).
    if (nonce && old.nonce !== nonce) return report(`gated script ${src ?? 'inline'} lacks the page's nonce; not run`);
    const s = old.cloneNode() as HTMLScriptElement;
    s.removeAttribute('data-consent');
    s.type = old.getAttribute('data-type') || '';
    return addScript(s, src, old.text, () => old.replaceWith(s));
  });
}

/**
 * Whether the URL(s) of a gated `data-<name>` may be used: http(s) or relative only, so that
 * markup a sanitiser let through cannot turn into a `javascript:` link or a `data:` script once
 * its category is granted. Reports one that may not.
 */
export function usable(name: string, value: string): boolean {
  // A srcset lists URLs, each followed by a size; any bad one refuses the whole attribute.
  const ok = name === 'srcset' ? value.split(',').every((c) => webUrl(c.trim().split(/\s/)[0])) : webUrl(value);
  if (!ok) report(`data-${name}="${value.slice(0, 80)}" is not an http(s) or relative URL; not used`);
  return ok;
}

/** Replaces the `<template>` child of `el` (a `<consent-gate>`, or any gated element) with its content. */
export function renderTemplate(el: Element): void {
  const t = el.querySelector(':scope>template') as HTMLTemplateElement | null;
  t?.replaceWith(document.importNode(t.content, true));
}

/**
 * Activates a gated element whose condition holds: scripts run in turn; other elements get
 * their `data-src`, `data-srcset`, `data-href` and `data-poster` as the real attributes, and so
 * do the `<source>` and `<img>` inside them that are not gated themselves (`<video>`,
 * `<audio>`, `<picture>`); on `<object>`, `data-src` becomes `data`. A `<template>` child is
 * rendered in its place.
 */
export function activate(el: Element): void {
  if (el instanceof HTMLScriptElement) return runScript(el);
  // Chromium ignores a `src` given to an iframe that the parser has only just inserted; inserted
  // again first, it loads it (once).
  if (el.localName === 'iframe') el.replaceWith(el);
  for (const x of [el, ...el.querySelectorAll('source:not([data-consent]),img:not([data-consent])')]) {
    // `data-srcdoc` is never copied: its markup would run as the page's own (docs/security.md).
    if (x.hasAttribute('data-srcdoc')) report('data-srcdoc is not supported; use data-src');
    for (const name of DEFERRED) {
      const value = x.getAttribute('data-' + name);
      if (value != null && usable(name, value))
        x.setAttribute(
          name === 'src' && x.localName === 'object' ? 'data' : name,
          // Trusted Types guards `embed.src` and `object.data` like a script's source.
          /^(embed|object)$/.test(x.localName) ? (trusted().createScriptURL(value) as string) : value,
        );
    }
  }
  renderTemplate(el);
  // A media element picks up a changed `<source>` only when told to load again.
  (el.closest('video,audio') as HTMLMediaElement | null)?.load();
}
