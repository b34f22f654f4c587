// A visitor's comment, sanitised by the real DOMPurify (issue 26): its `<template>` and its
// `!category` markup pass the sanitiser, but Consentry unpacks and activates them only where the
// site itself put them (a <script>, a <consent-gate>, an element marked `consent-own`, which
// DOMPurify drops). With `user-content`, nothing in the comments is activated at all. Nothing the
// comment holds is requested, before or after consent, while the site's own markup still works.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eventually, page, testSite } from './helpers.mjs';

const PURIFY = readFileSync(createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js'), 'utf8');

/** What an attacker posts as a comment: every form of gated markup, each asking for /t/evil-*. */
const HOSTILE = `<p>Nice post!</p>
<div data-consent="necessary"><template><img src="/t/evil-template.gif" alt=""><script>window.pwned = 1</script></template></div>
<div data-consent="analytics" consent-own><template><img src="/t/evil-marked-template.gif" alt=""></template></div>
<img data-consent="!analytics" data-src="/t/evil-refused.gif" alt="">
<img data-consent="!analytics" consent-own data-src="/t/evil-marked-refused.gif" alt="">
<a data-consent="!advertising" data-href="/t/evil-refused-link">link</a>
<img data-consent="analytics" data-src="/t/evil-granted.gif" alt="">`;

/** The site's own gated markup, after the comments (activation goes in document order). */
const SITE = `<script type="text/plain" data-consent="!analytics">window.siteRefused = true;</script>
<img id="site-refused" consent-own data-consent="!analytics" data-src="/t/site-refused.gif" alt="">
<div data-consent="analytics" consent-own><template><img id="site-template" src="/t/site-template.gif" alt=""></template></div>
<consent-gate category="analytics" provider="Video Co"><template><img id="site-gate" src="/t/site-gate.gif" alt=""></template></consent-gate>
<img id="site-granted" data-consent="analytics" data-src="/t/site-granted.gif" alt="">`;

/** The comment as the sanitiser returned it (set by the first test, served by /comments*). */
let sanitised = '';
const withComments = (attrs) => () => ({ body: page({ attrs, body: `<section class="comments">${sanitised}</section>${SITE}` }) });

const web = testSite({
  '/blank.html': page(),
  '/comments.html': withComments('data-categories="analytics advertising"'),
  '/comments-user-content.html': withComments('data-categories="analytics advertising" data-user-content=".comments, .profile"'),
  '/bad-selector.html': page({ attrs: 'data-user-content="[[nope"', body: '<img id="g" data-consent="analytics" data-src="/t/granted.gif" alt="">' }),
});

const evil = (seen) => seen.filter((s) => s.startsWith('evil'));
/** Whether any element in the comments carries a live URL, or a template was unpacked there. */
const commentState = (p) =>
  p.evaluate(() => {
    const c = document.querySelector('.comments');
    return {
      live: [...c.querySelectorAll('[src],[href],[srcset]')].map((e) => e.outerHTML),
      templates: c.querySelectorAll('template').length,
      pwned: window.pwned ?? null,
    };
  });

describe("a visitor's comment sanitised by DOMPurify", () => {
  it('keeps its templates and !category markup (what Consentry must not activate), and drops consent-own', async () => {
    const { p, context } = await web.open('/blank.html');
    try {
      await p.evaluate(PURIFY);
      sanitised = await p.evaluate((html) => window.DOMPurify.sanitize(html), HOSTILE);
      assert.match(sanitised, /<div data-consent="necessary"><template><img src="\/t\/evil-template.gif"/);
      assert.match(sanitised, /<img data-consent="!analytics" data-src="\/t\/evil-refused.gif"/);
      assert.doesNotMatch(sanitised, /consent-own|<script/);
    } finally {
      await context.close();
    }
  });

  for (const [what, decide] of [
    ['a refusal', 'rejectAll'],
    ['a grant', 'acceptAll'],
  ])
    it(`in the page's HTML: nothing of it is requested, before and after ${what}; the site's own markup works`, async () => {
      assert.ok(sanitised, 'the first test sanitised the comment');
      const { p, context, seen, errors, pageErrors } = await web.open('/comments.html');
      try {
        await p.waitForFunction(() => window.Consentry.audit().complete);
        assert.deepEqual(evil(seen), []);
        await p.evaluate((d) => window.Consentry[d](), decide);
        if (decide === 'rejectAll') {
          assert.equal(await eventually(() => p.evaluate(() => window.siteRefused ?? false), true), true);
          assert.equal(await eventually(() => seen.includes('site-refused.gif'), true), true);
          // Reported once, for the site owner who forgot the mark (the comment's forms).
          assert.ok(
            errors.some((e) => e.includes('data-consent="!analytics" on a <img> without consent-own: not activated')),
            errors.join('\n'),
          );
        } else {
          const site = ['site-template.gif', 'site-gate.gif', 'site-granted.gif'];
          assert.deepEqual(await eventually(() => site.filter((s) => seen.includes(s)), site), site);
          assert.ok(
            errors.some((e) => e.includes('the <template> of a gated <div> without consent-own is not unpacked')),
            errors.join('\n'),
          );
        }
        // The site's markup comes after the comments and has been activated: the comments' turn is past.
        const state = await commentState(p);
        // A positive gate in a comment is like an <img src> the sanitiser keeps: it loads once granted
        // (only `user-content` stops it, below); everything else stays inert.
        assert.deepEqual(state, {
          live: decide === 'acceptAll' ? ['<img data-consent="analytics" data-src="/t/evil-granted.gif" alt="" src="/t/evil-granted.gif">'] : [],
          templates: 2,
          pwned: null,
        });
        assert.deepEqual(
          evil(seen).filter((s) => s !== 'evil-granted.gif'),
          [],
        );
        assert.deepEqual(pageErrors, []);
      } finally {
        await context.close();
      }
    });

  it('inserted later (a single-page app) after a refusal: nothing of it is requested', async () => {
    const { p, context, seen } = await web.open('/comments.html');
    try {
      await p.evaluate(() => window.Consentry.rejectAll());
      await eventually(() => seen.includes('site-refused.gif'), true);
      await p.evaluate(PURIFY);
      await p.evaluate((html) => {
        const c = document.createElement('div');
        c.className = 'comments late';
        c.innerHTML = window.DOMPurify.sanitize(html);
        document.querySelector('main').prepend(c);
        // Something of the site's own, inserted after it, shows that gating has seen the insertion.
        document
          .querySelector('main')
          .insertAdjacentHTML('beforeend', '<img id="late" consent-own data-consent="!analytics" data-src="/t/site-late.gif" alt="">');
      }, HOSTILE);
      assert.equal(await eventually(() => seen.includes('site-late.gif'), true), true);
      assert.deepEqual(await p.evaluate(() => document.querySelectorAll('.late [src], .late [href]').length), 0);
      assert.deepEqual(evil(seen), []);
    } finally {
      await context.close();
    }
  });

  it('with user-content, nothing inside the named containers is activated, even a positive gate; the rest of the page is', async () => {
    const { p, context, seen, pageErrors } = await web.open('/comments-user-content.html');
    try {
      await p.evaluate(() => window.Consentry.acceptAll());
      const site = ['site-template.gif', 'site-gate.gif', 'site-granted.gif'];
      assert.deepEqual(await eventually(() => site.filter((s) => seen.includes(s)), site), site);
      assert.deepEqual(await commentState(p), { live: [], templates: 2, pwned: null });
      await p.evaluate(() => window.Consentry.rejectAll());
      assert.equal(await eventually(() => seen.includes('site-refused.gif'), true), true);
      assert.deepEqual(await commentState(p), { live: [], templates: 2, pwned: null });
      assert.deepEqual(evil(seen), []);
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('a user-content that is not a valid selector is reported once and ignored', async () => {
    const { p, context, seen, errors } = await web.open('/bad-selector.html');
    try {
      await p.evaluate(() => window.Consentry.acceptAll());
      assert.equal(await eventually(() => seen.includes('granted.gif'), true), true);
      assert.deepEqual(
        errors.filter((e) => e.includes('user-content')),
        ['[consentry] user-content="[[nope" is not a valid CSS selector; ignored'],
      );
    } finally {
      await context.close();
    }
  });
});
