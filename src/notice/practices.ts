import type { PracticeId } from '../schema/notice.js';
import { listOf, type Ctx, type Params } from './context.js';
import type { NoticeKey } from './texts/en.js';

/** A practice's default body: paragraphs and lists built from its texts and parameters. */
type Body = (p: Params, c: Ctx) => unknown[];

const GOOGLE = {
  company: 'Google LLC',
  termsUrl: 'https://marketingplatform.google.com/about/analytics/terms/us/',
  privacyUrl: 'https://policies.google.com/privacy',
  optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
};

/** A paragraph of a text; nothing when `when` is false. */
export const para = (c: Ctx, key: NoticeKey, vars?: Record<string, any>, when = true): unknown => (when ? c.html`<p>${c.rich(key, vars)}</p>` : null);

/** A list: configured items (which may contain links), else the default `.items` text. */
const list = (c: Ctx, items: string[] | undefined, fallback?: NoticeKey): unknown => {
  const lines = items?.length ? items : fallback ? c.items(fallback) : [];
  return lines.length ? c.html`<ul>${lines.map((line) => c.html`<li>${c.rich({ raw: line })}</li>`)}</ul>` : null;
};

/** A sub-heading inside a section, one level below the section's. */
const sub = (c: Ctx, key: NoticeKey): unknown => heading(c, Math.min(6, c.level + 1), c.t(key));

/** `<h1>`…`<h6>`: lit-html cannot make a tag name dynamic, so one template per level. */
export function heading(c: Ctx, level: number, content: unknown): unknown {
  const html = c.html;
  return [
    () => html`<h1>${content}</h1>`,
    () => html`<h2>${content}</h2>`,
    () => html`<h3>${content}</h3>`,
    () => html`<h4>${content}</h4>`,
    () => html`<h5>${content}</h5>`,
    () => html`<h6>${content}</h6>`,
  ][level - 1]();
}

const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
/** Joins items into a sentence list ("a, b and c") in the notice language. */
const join = (c: Ctx, items: string[]) => listOf(c.notice, c.lang, items);
/** The address to write to: a parameter, else the controller's email, else its contact form. */
const writeTo = (c: Ctx, email?: string) => email ?? c.notice.controller?.email;
/** Renders an email address as a link. */
const mail = (c: Ctx, email: string) => c.html`<a href=${'mailto:' + email}>${email}</a>`;

/** The default body of every practice, in catalogue order. */
export const BODIES: Record<PracticeId, Body> = {
  controller: (p, c) => {
    const k = c.notice.controller;
    const html = c.html;
    const row = (key: NoticeKey, value: unknown) =>
      value
        ? html`<dt>${c.t(key)}</dt>
            <dd>${value}</dd>`
        : null;
    return [
      para(c, 'controller.text'),
      para(c, 'controller.scope', { scope: p.scope }, !!p.scope),
      k &&
        html`<dl>
          ${row('controller.name', k.name)}
          ${row(
            'controller.address',
            k.address?.split('\n').map((line, i) => (i ? [html`<br />`, line] : line)),
          )}
          ${row('controller.email', k.email && mail(c, k.email))} ${row('controller.phone', k.phone)} ${row('controller.fax', k.fax)}
          ${row('controller.dpo', k.dpo && (isEmail(k.dpo) ? mail(c, k.dpo) : c.rich({ raw: k.dpo })))}
          ${row('controller.url', k.url && html`<a href=${k.url}>${k.url}</a>`)}
          ${row('controller.contactUrl', k.contactUrl && html`<a href=${k.contactUrl}>${k.contactUrl}</a>`)}
          ${row('controller.representative', p.representative)}
        </dl>`,
    ];
  },
  'information-provided': (p, c) => [
    para(c, 'information-provided.text'),
    para(c, 'information-provided.kinds'),
    list(c, p.items, 'information-provided.items'),
    para(c, 'information-provided.occasions', {}, !!p.occasions?.length),
    list(c, p.occasions),
    para(c, 'information-provided.voluntary', {}, p.voluntary !== false),
  ],
  'information-logged': (p, c) => [
    para(c, 'information-logged.text'),
    list(c, p.items, 'information-logged.items'),
    para(c, 'information-logged.linked', {}, p.linked === true),
    para(c, 'information-logged.aggregate', {}, p.aggregate === true),
  ],
  use: (p, c) => [para(c, 'use.text'), list(c, p.purposes, 'use.items')],
  'legal-basis': (p, c) => {
    const bases: string[] = p.bases?.length ? p.bases : ['consent', 'contract', 'legal-obligation', 'legitimate-interests'];
    return [
      para(c, 'legal-basis.text'),
      c.html`<ul>${bases.map((b) => c.html`<li>${c.t(('legal-basis.' + b) as NoticeKey)}</li>`)}</ul>`,
      para(c, 'legal-basis.interests', { interests: p.interests }, !!p.interests),
    ];
  },
  cookies: (_, c) => [
    para(c, 'cookies.text'),
    para(c, ('cookies.' + (c.config.mode === 'none' ? 'notice' : c.config.mode)) as NoticeKey),
    para(c, 'cookies.browser'),
  ],
  'web-beacons': (p, c) => [
    para(c, 'web-beacons.text'),
    para(c, 'web-beacons.purposes'),
    list(c, p.purposes, 'web-beacons.items'),
    para(c, 'web-beacons.pages'),
    para(c, 'web-beacons.thirdParty', {}, p.thirdParty === true),
    para(c, 'web-beacons.emails', {}, p.emails === true),
  ],
  analytics: (p, c) => {
    const v = analyticsFacts(p, c);
    return [
      para(c, 'analytics.text', v),
      para(c, 'analytics.company', v, !!v.company),
      para(c, 'analytics.anonymizeIp', v, p.anonymizeIp === true),
      para(c, 'analytics.terms', v, !!v.termsUrl),
      para(c, 'analytics.privacy', v, !!v.privacyUrl),
      para(c, v.google ? 'analytics.addon' : 'analytics.optOutUrl', v, !!v.optOutUrl),
    ];
  },
  'session-recording': (p, c) => {
    const v = { ...p, provider: p.provider ?? c.t('session-recording.service'), category: c.label(p.category ?? 'analytics') };
    return [
      para(c, 'session-recording.text', v),
      para(c, 'session-recording.company', v, !!p.company && !!p.provider),
      list(c, p.records, 'session-recording.items'),
      para(c, p.crossSite ? 'session-recording.crossSiteYes' : 'session-recording.crossSite'),
      para(c, 'session-recording.privacy', v, !!p.privacyUrl),
      para(c, 'session-recording.optOutUrl', v, !!p.optOutUrl),
    ];
  },
  advertising: (p, c) => [
    para(c, 'advertising.text'),
    para(c, 'advertising.personalised', {}, p.personalised !== false),
    para(c, 'advertising.partners', { partners: join(c, p.partners ?? []) }, !!p.partners?.length),
    para(c, 'advertising.consent', { category: c.label(p.category ?? 'advertising') }),
    para(c, 'advertising.gpc', {}, c.config.honorGpc),
  ],
  disclosure: (p, c) => {
    const html = c.html;
    const payments = (p.paymentProcessors ?? []) as Array<string | { name: string; privacyUrl?: string }>;
    const processors = payments.map((x, i) => {
      const item = typeof x === 'string' ? { name: x } : x;
      return [i ? ', ' : '', item.privacyUrl ? html`<a href=${item.privacyUrl}>${item.name}</a>` : item.name];
    });
    const li = (key: NoticeKey, vars?: Record<string, any>, when = true) => (when ? html`<li>${c.rich(key, vars)}</li>` : null);
    return [
      para(c, 'disclosure.text'),
      html`<ul>
        ${p.processors?.length ? li('disclosure.processors', { processors: join(c, p.processors) }) : li('disclosure.processorsAny')}
        ${li('disclosure.payments', { processors: html`${processors}` }, payments.length > 0)} ${li('disclosure.affiliates', {}, p.affiliates === true)}
        ${li('disclosure.authorities', {}, p.authorities !== false)} ${li('disclosure.acquirers', {}, p.acquirers !== false)}
        ${li('disclosure.withConsent', {}, p.withConsent !== false)}
      </ul>`,
      para(c, 'disclosure.noCards', {}, payments.length > 0 && p.storesCards !== true),
      para(c, 'disclosure.aggregate', {}, p.aggregate === true),
    ];
  },
  'no-sale': (_, c) => [para(c, 'no-sale.text')],
  'public-areas': (p, c) => {
    const email = writeTo(c, p.removalEmail);
    return [
      p.areas?.length ? para(c, 'public-areas.text', { areas: join(c, p.areas) }) : para(c, 'public-areas.any'),
      para(c, 'public-areas.testimonials', {}, p.testimonials === true),
      para(c, 'public-areas.removal', { email: email && mail(c, email) }, !!email),
    ];
  },
  links: (p, c) => [para(c, 'links.text'), para(c, 'links.coBranded', {}, p.coBranded === true)],
  security: (p, c) => [
    para(c, 'security.text'),
    list(c, p.measures, 'security.items'),
    para(c, 'security.limits'),
    para(c, 'security.passwords', {}, p.passwords === true),
  ],
  transfers: (p, c) => [
    para(c, 'transfers.text'),
    para(c, 'transfers.countries', { countries: join(c, p.countries ?? []) }, !!p.countries?.length),
    para(c, 'transfers.mechanisms', { mechanisms: join(c, p.mechanisms ?? []) }, !!p.mechanisms?.length),
  ],
  retention: (p, c) => [
    para(c, 'retention.text'),
    p.periods?.length
      ? c.html`<dl>${(p.periods as Array<{ data: string; period: string }>).map((x) => c.html`<dt>${x.data}</dt><dd>${x.period}</dd>`)}</dl>`
      : null,
  ],
  rights: (p, c) => {
    const email = writeTo(c, p.email);
    return [
      para(c, 'rights.text'),
      para(c, 'rights.how', { email: email && mail(c, email) }, !!email),
      para(c, 'rights.portal', { portalUrl: p.portalUrl }, !!p.portalUrl),
      para(c, 'rights.days', { days: p.responseDays }, !!p.responseDays),
      para(c, 'rights.verify', {}, p.verify !== false),
      para(c, 'rights.fair'),
    ];
  },
  'eea-rights': (p, c) => [
    para(c, 'eea-rights.text'),
    list(c, undefined, 'eea-rights.items'),
    para(c, 'eea-rights.complaint'),
    para(c, p.authorityUrl ? 'eea-rights.authorityUrl' : 'eea-rights.authority', p, !!p.authority),
  ],
  marketing: (p, c) => {
    const email = writeTo(c, p.unsubscribeEmail);
    return [
      para(c, 'marketing.text'),
      para(c, 'marketing.channels', { channels: join(c, p.channels ?? []) }, !!p.channels?.length),
      email ? para(c, 'marketing.unsubscribe', { email: mail(c, email) }) : para(c, 'marketing.unsubscribeAny'),
      para(c, 'marketing.subject', p, !!p.subject),
      para(c, 'marketing.days', { days: p.processingDays }, !!p.processingDays),
      para(c, 'marketing.service'),
    ];
  },
  children: (p, c) => [para(c, 'children.text', { age: p.minimumAge ?? 13 })],
  california: (p, c) => {
    const email = writeTo(c, p.email);
    const shares = p.shares ?? c.config.categories.some((x) => x.id === 'advertising' || x.saleOrShare);
    return [
      para(c, 'california.text'),
      sub(c, 'california.collected'),
      para(c, 'california.categories'),
      list(c, p.categories, 'california.categories.items'),
      para(c, 'california.sources'),
      list(c, p.sources, 'california.sources.items'),
      para(c, 'california.purposes'),
      list(c, p.purposes, 'california.purposes.items'),
      para(c, 'california.recipients'),
      list(c, p.recipients, 'california.recipients.items'),
      para(c, 'california.retention'),
      sub(c, 'california.sale'),
      para(c, 'california.noSale', {}, !p.sells && !shares),
      para(c, 'california.sells', {}, p.sells === true),
      para(c, 'california.shares', {}, shares),
      para(c, 'california.optOut', {}, p.sells === true || shares),
      para(c, 'california.gpc', {}, (p.sells === true || shares) && c.config.honorGpc),
      para(c, 'california.minorsSale'),
      para(c, p.sensitive ? 'california.sensitiveYes' : 'california.sensitive'),
      sub(c, 'california.rights'),
      list(c, undefined, 'california.rights.items'),
      sub(c, 'california.how'),
      para(c, 'california.email', { email: email && mail(c, email) }, !!email),
      para(c, 'california.requestUrl', p, !!p.requestUrl),
      para(c, 'california.phone', p, !!p.phone),
      para(c, 'california.verify', { days: p.responseDays ?? 45 }),
      para(c, 'california.agent'),
      para(c, 'california.fair'),
      para(c, 'california.shineTheLight', {}, p.shineTheLight !== false),
      para(c, 'california.minors', {}, p.minors !== false),
    ];
  },
  'do-not-track': (_, c) => [para(c, 'do-not-track.text')],
  certifications: (p, c) => {
    const programmes = (p.programmes ?? []) as Array<{ name: string; url?: string; disputeUrl?: string; scope?: string }>;
    if (!programmes.length) return [para(c, 'certifications.none')];
    return [
      para(c, 'certifications.text'),
      c.html`<ul>${programmes.map(
        (x) =>
          c.html`<li>${x.url ? c.html`<a href=${x.url}>${x.name}</a>` : x.name}${x.scope ? [' ', c.t('certifications.scope', x)] : ''}${
            x.disputeUrl ? [' ', c.rich('certifications.dispute', x)] : ''
          }</li>`,
      )}</ul>`,
    ];
  },
  changes: (p, c) => [para(c, 'changes.text'), para(c, 'changes.notify', { notify: join(c, p.notify ?? []) }, !!p.notify?.length)],
  sources: (p, c) => (p.sources?.length ? [para(c, 'sources.text'), list(c, p.sources)] : [para(c, 'sources.none')]),
  'automated-decisions': (p, c) => [p.used && p.description ? para(c, 'automated-decisions.used', p) : para(c, 'automated-decisions.text')],
};

/** The analytics facts: Google Analytics unless another provider is named. */
export function analyticsFacts(p: Params, c: Ctx) {
  const google = !p.provider || /google/i.test(p.provider);
  const category = p.category ?? 'analytics';
  return {
    google,
    provider: p.provider ?? 'Google Analytics',
    company: p.company ?? (google ? GOOGLE.company : undefined),
    termsUrl: p.termsUrl ?? (google ? GOOGLE.termsUrl : undefined),
    privacyUrl: p.privacyUrl ?? (google ? GOOGLE.privacyUrl : undefined),
    optOutUrl: p.optOutUrl ?? (google ? GOOGLE.optOutUrl : undefined),
    category: c.label(category),
    categoryId: category,
  };
}
