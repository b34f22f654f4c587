/**
 * The JSON Schema of the `notice` object (docs/privacy-notice.md), as data. It is both what
 * editors complete from (it is part of `dist/consentry.schema.json`) and what the notice
 * checks a configuration against at run time (src/notice/validate.ts): the practice ids, their
 * order, their parameters and the parameters' types are defined here and nowhere else.
 */
import { ID } from '../core/ids.js';
import { en } from '../notice/texts/en.js';

/** A JSON Schema node (the subset Consentry uses). */
export type Schema = Record<string, any>;

export const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
export const bool = (description: string): Schema => ({ type: 'boolean', description });
const int = (description: string, minimum: number, maximum: number): Schema => ({ type: 'integer', description, minimum, maximum });
/** A link the notice shows: http(s), mailto, or a path or fragment of this site; nothing else becomes a link. */
const url = (description: string): Schema => str(description, { format: 'uri-reference', pattern: '^(https?://[^\\s/]|mailto:|/(?!/)|#)' });
const email = (description: string): Schema => str(description, { format: 'email' });
const list = (description: string): Schema => ({ type: 'array', items: { type: 'string' }, description });
/** A category id of the consent configuration. */
const category = (description: string): Schema => str(description, { pattern: ID.source });

/** A BCP 47 language tag, as `Intl` accepts it. */
export const LANG = '^[a-zA-Z]{2,3}(-[a-zA-Z\\d]{2,8})*$';

/** Parameters every practice takes. */
const common = {
  title: str('Heading of the section, replacing the default one (same in every language).'),
  text: str('Body text replacing the default one (same in every language; `[label](url)` makes a link). Live parts (tables, buttons) stay.'),
  more: list('Extra paragraphs after the default text (`[label](url)` makes a link).'),
};

/**
 * Every practice, in the order of docs/privacy-notice.md's practices table, with its own parameters. A practice in
 * the configuration is its id alone or `{ "id": …, …parameters }`.
 */
const PRACTICES = {
  controller: {
    description: 'Who is responsible for the information and how to reach them (facts come from `notice.controller`).',
    params: {
      scope: str('What the notice covers, e.g. "www.example.com and product registrations".'),
      representative: str('Representative in the EU or UK, with contact details.'),
    },
  },
  'information-provided': {
    description: 'Information visitors give: forms, accounts, purchases, messages.',
    params: {
      items: list('Kinds of information collected, e.g. "name", "postal address".'),
      occasions: list('When it is collected, e.g. "when you register", "when you buy a licence".'),
      voluntary: bool('Giving it is optional (default true): say what happens without it.'),
    },
  },
  'information-logged': {
    description: 'Information recorded automatically: IP address, browser, referrer, pages, approximate location.',
    params: {
      items: list('What is logged; replaces the default list.'),
      linked: bool('Logs are linked to the account of a signed-in visitor (default false).'),
      aggregate: bool('Aggregate, non-identifying statistics may be published or shared (default false).'),
    },
  },
  use: {
    description: 'What the information is used for.',
    params: { purposes: list('Purposes; replaces the default list.') },
  },
  'legal-basis': {
    description: 'Legal bases for processing (EEA and UK).',
    params: {
      bases: {
        type: 'array',
        description: 'Legal bases relied on.',
        items: { enum: ['consent', 'contract', 'legal-obligation', 'legitimate-interests', 'vital-interests', 'public-task'] },
      },
      interests: str('The legitimate interests pursued.'),
    },
  },
  cookies: {
    description:
      "Cookies and similar storage: the live table of the configured categories, services and cookies, the visitor's current choices and a button to change them.",
    params: {},
  },
  'web-beacons': {
    description: 'Web beacons (clear GIFs, pixels) in pages and emails.',
    params: {
      emails: bool('Emails contain beacons that show whether they were opened (default false).'),
      thirdParty: bool('Third parties place beacons on the pages (default false).'),
      purposes: list('What the beacons are used for; replaces the default.'),
    },
  },
  analytics: {
    description: "Web analytics, with links to the provider's terms and privacy policy, the opt-out add-on and an on-page opt-out.",
    params: {
      provider: str('Name of the service (default "Google Analytics").'),
      company: str('Company providing it (default "Google LLC" for Google Analytics).'),
      termsUrl: url('Terms of the service (default: Google Analytics terms for Google Analytics).'),
      privacyUrl: url("Privacy policy of the provider (default: Google's for Google Analytics)."),
      optOutUrl: url('Opt-out offered by the provider (default: the Google Analytics opt-out browser add-on).'),
      category: category('Consent category the service runs under (default "analytics").'),
      anonymizeIp: bool('IP addresses are truncated before storage (default false).'),
    },
  },
  'session-recording': {
    description: 'Session recording and usage analytics (clicks, mouse movements, scrolling, typing).',
    params: {
      provider: str('Name of the service.'),
      company: str('Company providing it.'),
      privacyUrl: url('Privacy policy of the service.'),
      optOutUrl: url("The provider's own opt-out page."),
      records: list('What is recorded; replaces the default list.'),
      category: category('Consent category the service runs under (default "analytics").'),
      crossSite: bool('The provider follows visitors across other sites (default false).'),
    },
  },
  advertising: {
    description: 'Third-party advertising and ad measurement.',
    params: {
      partners: list('Advertising partners.'),
      personalised: bool("Ads are chosen from the visitor's interests (default true)."),
      category: category('Consent category advertising runs under (default "advertising").'),
    },
  },
  disclosure: {
    description: 'Who receives information: service providers, payment processors, affiliates, authorities, acquirers.',
    params: {
      processors: list('Kinds of service providers, e.g. "hosting", "email delivery".'),
      paymentProcessors: {
        type: 'array',
        description: 'Payment processors: a name or `{ "name", "privacyUrl" }`.',
        items: {
          anyOf: [
            { type: 'string' },
            { type: 'object', properties: { name: str('Name.'), privacyUrl: url('Privacy policy.') }, required: ['name'], additionalProperties: false },
          ],
        },
      },
      storesCards: bool('The site itself stores payment card numbers (default false).'),
      affiliates: bool('Shared within the group of companies (default false).'),
      authorities: bool('Disclosed when the law requires it (default true).'),
      acquirers: bool('Transferred in a merger or acquisition (default true).'),
      withConsent: bool('Shared with others when the visitor asks or agrees (default true).'),
      aggregate: bool('Aggregate, non-identifying statistics may be shared (default false).'),
    },
  },
  'no-sale': {
    description: 'A statement that personal information is not sold or rented.',
    params: {},
  },
  'public-areas': {
    description: 'Forums, blogs, comments and testimonials: what is posted is public.',
    params: {
      areas: list('Public areas, e.g. "forums", "blog comments".'),
      testimonials: bool("Customer testimonials are published, with the customer's consent (default false)."),
      removalEmail: email("Address for removal requests (default: the controller's email)."),
    },
  },
  links: {
    description: 'Links to other sites and co-branded pages.',
    params: { coBranded: bool('Some pages are run by partners under their own notice (default false).') },
  },
  security: {
    description: 'Security measures.',
    params: {
      measures: list('Measures taken; replaces the default list.'),
      passwords: bool('Advice on account passwords (default false).'),
    },
  },
  transfers: {
    description: 'International transfers and their safeguards.',
    params: {
      countries: list('Countries where information is processed.'),
      mechanisms: list('Transfer safeguards, e.g. "EU standard contractual clauses".'),
    },
  },
  retention: {
    description: 'How long information is kept.',
    params: {
      periods: {
        type: 'array',
        description: 'Retention periods: `{ "data", "period" }`.',
        items: {
          type: 'object',
          properties: { data: str('Kind of information.'), period: str('How long it is kept.') },
          required: ['data', 'period'],
          additionalProperties: false,
        },
      },
    },
  },
  rights: {
    description: 'Access, correction and deletion.',
    params: {
      portalUrl: url('Page where visitors update their own information.'),
      email: email("Address for requests (default: the controller's email)."),
      responseDays: int('Days within which requests are answered.', 1, 90),
      verify: bool('Identity is verified before a request is fulfilled (default true).'),
    },
  },
  'eea-rights': {
    description: 'Further rights in the EEA and UK: erasure, objection, restriction, portability, withdrawal, complaint.',
    params: {
      authority: str('The lead supervisory authority.'),
      authorityUrl: url('Its website.'),
    },
  },
  marketing: {
    description: 'Marketing communications and how to stop them.',
    params: {
      channels: list('Channels used, e.g. "email", "post".'),
      unsubscribeEmail: email("Address that takes unsubscribe requests (default: the controller's email)."),
      subject: str('Subject line to use for such a request.'),
      processingDays: int('Working days an unsubscribe request may take.', 1, 30),
    },
  },
  children: {
    description: "Children: minimum age and what happens to a child's information.",
    params: { minimumAge: int('Minimum age (default 13).', 1, 21) },
  },
  california: {
    description:
      "California: categories, sources, purposes, recipients, rights to know, delete, correct and opt out, how to use them, authorised agents, non-discrimination, Shine the Light, minors' removal.",
    params: {
      categories: list('Categories of personal information collected in the last 12 months.'),
      sources: list('Categories of sources.'),
      purposes: list('Business or commercial purposes.'),
      recipients: list('Categories of recipients.'),
      sells: bool('Personal information is sold (default false).'),
      shares: bool(
        'Personal information is shared for cross-context behavioural advertising (default: true when an advertising or sale-or-share category is configured).',
      ),
      sensitive: bool('Sensitive personal information is used beyond what the law permits without a right to limit (default false).'),
      requestUrl: url('Web form for requests.'),
      email: email("Address for requests (default: the controller's email)."),
      phone: str('Toll-free number for requests.'),
      responseDays: int('Days within which requests are answered (default 45).', 1, 90),
      shineTheLight: bool('Include the Shine the Light statement (default true).'),
      minors: bool("Include the minors' removal right (default true)."),
    },
  },
  'do-not-track': {
    description: "What the visitor's browser sends (Global Privacy Control, Do Not Track) and what the site does with it: follows `honorGpc` and `honorDnt`.",
    params: {},
  },
  certifications: {
    description: 'Trust programmes and certifications: only those configured are named; no seal is shown.',
    params: {
      programmes: {
        type: 'array',
        description: 'Programmes: `{ "name", "url", "disputeUrl", "scope" }`.',
        items: {
          type: 'object',
          properties: {
            name: str('Programme.'),
            url: url('Its website or the certificate.'),
            disputeUrl: url('Where to take an unresolved complaint.'),
            scope: str('What it covers.'),
          },
          required: ['name'],
          additionalProperties: false,
        },
      },
    },
  },
  changes: {
    description: 'Changes to the notice: the revision, and visitors are asked again.',
    params: { notify: list('Other ways visitors are told, e.g. "by email".') },
  },
  sources: {
    description: 'Where information comes from when not from the visitor.',
    params: { sources: list('Sources; none means only the visitor and their browser.') },
  },
  'automated-decisions': {
    description: 'Automated decision-making and profiling, or that there is none.',
    params: {
      used: bool('Decisions with legal or similar effects are made solely by automated means (default false).'),
      description: str('What is decided, the logic involved and its consequences.'),
    },
  },
} satisfies Record<string, { description: string; params: Record<string, Schema> }>;

/** A practice id. */
export type PracticeId = keyof typeof PRACTICES;
/** Practice ids in the order of docs/privacy-notice.md's practices table. */
export const PRACTICE_IDS = Object.keys(PRACTICES) as PracticeId[];

/** The `$defs` of the notice: `notice`, `controller`, and one `practice-<id>` per practice. */
export const noticeDefs: Record<string, Schema> = {
  notice: {
    type: 'object',
    description: 'The privacy notice rendered by `<privacy-notice>`.',
    properties: {
      controller: { $ref: '#/$defs/controller' },
      effectiveDate: str('Date the notice takes effect, YYYY-MM-DD.', { format: 'date' }),
      texts: {
        type: 'object',
        description: 'Notice texts per language (`en`, `de`, …), overriding the built-in ones key by key.',
        propertyNames: { pattern: LANG },
        additionalProperties: {
          type: 'object',
          properties: Object.fromEntries(Object.keys(en).map((k) => [k, { type: 'string' }])),
          additionalProperties: false,
        },
      },
      practices: {
        type: 'array',
        description: 'The practices of the notice, in the order they render: an id, or an object with `id` and parameters.',
        items: { anyOf: [{ enum: PRACTICE_IDS }, ...PRACTICE_IDS.map((id) => ({ $ref: '#/$defs/practice-' + id }))] },
      },
    },
    additionalProperties: false,
  },
  controller: {
    type: 'object',
    description: 'The organisation responsible for the information.',
    properties: {
      name: str('Legal name.'),
      address: str('Postal address; lines separated by "\\n".'),
      email: email('Privacy contact address.'),
      phone: str('Telephone.'),
      fax: str('Fax.'),
      dpo: str('Data protection officer: name and/or email address.'),
      url: url('Website.'),
      contactUrl: url('Contact form.'),
    },
    required: ['name'],
    additionalProperties: false,
  },
  ...Object.fromEntries(
    PRACTICE_IDS.map((id) => [
      'practice-' + id,
      {
        type: 'object',
        description: PRACTICES[id].description,
        properties: { id: { const: id }, ...common, ...PRACTICES[id].params },
        required: ['id'],
        additionalProperties: false,
      },
    ]),
  ),
};
