import { on } from '../core/consent.js';
import { report } from '../core/report.js';
import { nonce, trusted } from '../core/trusted.js';
import { webUrl, doc } from '../core/guard.js';

/** Gated scripts run one after another: each waits until the one before has loaded, failed or was stopped. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * External scripts inserted and not loaded yet, each with the check that must still hold for it
 * to run, and what to do when it is stopped.
 */
const inFlight = new Map<HTMLScriptElement, { check: () => boolean; stop: () => void }>();
let listening = false;

/**
 * Stops every script in flight whose check no longer holds (consent was withdrawn while it
 * downloaded): an element moved into another document before it executes never runs there.
 */
function halt(): void {
  for (const [s, f] of inFlight)
    if (!f.check()) {
      inFlight.delete(s);
      f.stop();
      doc.implementation.createHTMLDocument('').adoptNode(s);
    }
}

/** Attributes that `data-<name>` carries until activation; `srcset` first so an image fetches once. */
const DEFERRED = ['srcset', 'src', 'href', 'poster'];

/**
 * Inserts the script element `s` (with `put`), with `src` or `code` passed through Consentry's
 * Trusted Types policy, if `check` (consent, asked at this moment) holds. Resolves with `true`
 * once it has run or loaded, with `false` if it failed, with `null` if it was not run: `check`
 * failed before insertion, or while the script downloaded (it is then stopped, and `undo` puts
 * back what it replaced); never rejects.
 */
export function addScript(
  s: HTMLScriptElement,
  src: string | null,
  code: string,
  put: (s: HTMLScriptElement) => void,
  check: () => boolean,
  undo = () => s.remove(),
): Promise<boolean | null> {
  return new Promise((done) => {
    const policy = trusted();
    if (src != null && !usable('src', src)) return done(false);
    if (!check()) return done(null);
    if (!listening) listening = !!on('change', halt);
    try {
      // An external script says when it is done; an inline one is done once inserted (an inline
      // module runs a little later, and fires no event to wait for).
      const end = (ok: boolean) => (inFlight.delete(s), done(ok));
      s.addEventListener('load', () => end(true));
      s.addEventListener('error', () => end(false));
      if (src != null) {
        s.src = policy.createScriptURL(src);
        inFlight.set(s, { check, stop: () => (undo(), done(null)) });
      } else s.text = policy.createScript(code);
      put(s);
      if (src == null) done(true);
    } catch (e) {
      report(`script ${src ?? 'inline'} not run: ${e}`);
      done(false);
    }
  });
}

/**
 * Runs a gated `<script type="text/plain">` in its turn, if `check` still holds then (consent
 * may have been withdrawn while earlier scripts loaded). A new element takes its place, because
 * a script element that the parser or `innerHTML` has seen never runs, and neither does a clone
 * of it: the new one gets every attribute (`async`, `integrity`, `crossorigin`,
 * `referrerpolicy`, …) and the nonce; `data-type` becomes `type`.
 */
function runScript(old: HTMLScriptElement, check: () => boolean): void {
  queue = queue.then((): unknown => {
    const src = old.getAttribute('data-src') ?? old.getAttribute('src');
    // A script removed from the page before its turn is skipped.
    if (!old.isConnected) return;
    // On a page that uses nonces, only markup carrying the page's nonce runs: injected markup
    // must not borrow Consentry's trust (a script gadget).
    if (nonce && old.nonce !== nonce) return report(`gated script ${src ?? 'inline'} lacks the page's nonce; not run`);
    const s = doc.createElement('script');
    for (const a of old.attributes) if (!/^(data-consent|data-src|src|type|data-type)$/.test(a.name)) s.setAttribute(a.name, a.value);
    s.nonce = old.nonce;
    s.type = old.getAttribute('data-type') || '';
    // Stopped while in flight, the gated element goes back in its place, to run on a later grant.
    return addScript(
      s,
      src,
      old.text,
      () => old.replaceWith(s),
      check,
      () => s.replaceWith(old),
    );
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

/**
 * Whether `el` is markup the site itself put there, the only markup whose `<template>` is unpacked
 * and that a refusal (`!cat`) activates: a `<script>` (no sanitiser lets one through), a
 * `<consent-gate>`, or an element marked `consent-own`. That mark is not a `data-*` attribute,
 * because sanitisers (DOMPurify's default among them) keep those and drop unknown ones: a
 * visitor's comment cannot carry it (docs/gating.md#the-sites-own-markup).
 */
export const own = (el: Element): boolean => /^(script|consent-gate)$/.test(el.localName) || el.hasAttribute('consent-own');

/**
 * Replaces the `<template>` child of `el` (a `<consent-gate>`, or any gated element) with its
 * content. With `condition` (gating's), the scripts in it that are not gated themselves become
 * gated on it: they then run in their turn, after the gated scripts before them, instead of at once.
 */
export function unpackTemplate(el: Element, condition?: string): void {
  const t = el.querySelector<HTMLTemplateElement>(':scope>template');
  if (!t) return;
  const content = doc.importNode(t.content, true);
  if (condition)
    for (const s of content.querySelectorAll('script:not([data-consent])')) {
      if (s.hasAttribute('type')) s.setAttribute('data-type', s.getAttribute('type')!);
      s.setAttribute('type', 'text/plain');
      s.setAttribute('data-consent', condition);
    }
  t.replaceWith(content);
}

/**
 * Activates a gated element whose condition holds: scripts run in turn (each only if `check`
 * still holds then); other elements get their `data-src`, `data-srcset`, `data-href` and
 * `data-poster` as the real attributes, and so do the `<source>`, `<track>` and `<img>` inside
 * them that are not gated themselves (`<video>`, `<audio>`, `<picture>`); on `<object>`,
 * `data-src` becomes `data`. A `<template>` child is rendered in its place if `el` is the site's
 * own (`own`).
 */
export function activate(el: Element, check: () => boolean, condition: string): void {
  if (el instanceof HTMLScriptElement) return runScript(el, check);
  // An SVG `<script>` would run outside the ordering, nonce and withdrawal checks of `runScript`
  // (and under Trusted Types its `href` cannot be set): it is refused, never run.
  if (el.localName === 'script') return report('an SVG <script> cannot be gated; not run (use an HTML <script type="text/plain">)');
  // Chromium ignores a `src` given to an iframe that the parser has only just inserted; inserted
  // again first, it loads it (once).
  if (el.localName === 'iframe') el.replaceWith(el);
  for (const x of [el, ...el.querySelectorAll('source:not([data-consent]),track:not([data-consent]),img:not([data-consent])')]) {
    // `data-srcdoc` is never copied: its markup would run as the page's own (docs/security.md).
    if (x.hasAttribute('data-srcdoc')) report('data-srcdoc is not supported; use data-src');
    for (const name of DEFERRED) {
      const value = x.getAttribute('data-' + name);
      if (value != null && usable(name, value))
        x.setAttribute(
          name === 'src' && x.localName === 'object' ? 'data' : name,
          // Trusted Types guards `embed.src` and `object.data` like a script's source.
          /^(embed|object)$/.test(x.localName) ? trusted().createScriptURL(value) : value,
        );
    }
  }
  // A visitor's `<template>` is inert everywhere else (moderation queues, feeds, email): it stays so.
  if (own(el)) unpackTemplate(el, condition);
  else if (el.querySelector(':scope>template')) report(`the <template> of a gated <${el.localName}> without consent-own is not unpacked (docs/gating.md)`);
  // A media element picks up a changed `<source>` only when told to load again.
  el.closest<HTMLMediaElement>('video,audio')?.load();
}
