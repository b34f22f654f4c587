/**
 * The privacy notice's English texts. Every language is one file like this one,
 * `src/notice/texts/<lang>.ts`, exporting a table with the same keys (`NoticeTexts` checks it),
 * listed in `./index.ts`. A site overrides any key per language with
 * `notice.texts.<lang>.<key>` in its JSON configuration.
 *
 * `{name}` is filled with a fact (parameter) of the configuration; `[label](url)` makes a link.
 * Keys ending in `.items` are lists, one item per line. Texts state facts and choices: none may
 * say that using the site means consent, or offer browser settings as the only control.
 */
export const en = {
  // The notice as a whole.
  contents: 'Contents',
  effective: 'Effective date: {date}.',
  // How the effective date is written ({day} and {year} are numbers), and the months' names,
  // January first, space-separated: no `Intl` needed for a built-in language (docs/privacy-notice.md).
  date: '{month} {day}, {year}',
  'date.months': 'January February March April May June July August September October November December',
  // A list of two, and the last two of a longer list (the others are joined with commas).
  'list.two': '{a} and {b}',
  'list.end': '{a}, and {b}',

  controller: 'Who we are and how to contact us',
  'controller.text': '{controller} is responsible for the personal information described in this notice (the "controller"). Write to us about it at any time.',
  'controller.scope': 'This notice covers {scope}.',
  'controller.name': 'Name',
  'controller.address': 'Postal address',
  'controller.email': 'Email',
  'controller.phone': 'Telephone',
  'controller.fax': 'Fax',
  'controller.dpo': 'Data protection officer',
  'controller.url': 'Website',
  'controller.contactUrl': 'Contact form',
  'controller.representative': 'Representative',

  'information-provided': 'Information you give us',
  'information-provided.text':
    'We collect the information you choose to give us, for example when you fill in a form, create an account, buy from us or write to us.',
  'information-provided.kinds': 'This may include:',
  'information-provided.items': 'your name and contact details\nthe content of your messages',
  'information-provided.occasions': 'You give it to us when:',
  'information-provided.voluntary': 'Giving us this information is up to you. Without it, we may not be able to provide what you asked for.',

  'information-logged': 'Information recorded automatically',
  'information-logged.text': 'When you visit the site, our servers record technical information about the visit:',
  'information-logged.items':
    'your IP address\nthe type and version of your browser and operating system\nthe page that linked you to us\nthe pages you view, and the date and time of each visit\nyour approximate location, derived from your IP address',
  'information-logged.linked': 'When you are signed in, this information may be linked to your account.',
  'information-logged.aggregate': 'We may publish or share statistics made from it in an aggregate form that does not identify you.',

  use: 'How we use information',
  'use.text': 'We use personal information only for the purposes below, or for a purpose compatible with them. For any other purpose we ask you first.',
  'use.items':
    'to provide the products and services you ask for, including billing and support\nto operate, secure and improve the site and our services\nto answer your questions and requests\nto meet our legal obligations',

  'legal-basis': 'Legal basis (EEA and UK)',
  'legal-basis.text':
    'If you are in the European Economic Area or the United Kingdom, we process your personal information only where the law allows it. We rely on:',
  'legal-basis.consent': 'your consent, which you can withdraw at any time without affecting what happened before',
  'legal-basis.contract': 'the need to perform a contract with you, or to take steps you ask for before entering one',
  'legal-basis.legal-obligation': 'the need to comply with a legal obligation',
  'legal-basis.legitimate-interests': 'our legitimate interests, where they are not overridden by your interests, rights and freedoms',
  'legal-basis.vital-interests': "the need to protect someone's vital interests",
  'legal-basis.public-task': 'the need to perform a task in the public interest',
  'legal-basis.interests': 'Our legitimate interests are: {interests}.',

  cookies: 'Cookies and similar technologies',
  'cookies.text':
    "Cookies are small files that a website stores in your browser; similar technologies keep information in your browser's storage. The table lists every cookie and storage key the site declares, by category.",
  'cookies.opt-in':
    'Those that are strictly necessary are always on. All others are used only after you allow their category, and you can change your choices at any time.',
  'cookies.opt-out': 'Those that are strictly necessary are always on. The others are used unless you object: you can switch off any category at any time.',
  'cookies.notice': 'They are used to run the site and to understand how it is used. You can review them at any time.',
  'cookies.browser':
    'You can also block or delete cookies in your browser; if you block those that are strictly necessary, parts of the site may stop working.',
  'cookies.caption': 'Cookies and storage used on this site',
  'cookies.name': 'Name',
  'cookies.provider': 'Provider',
  'cookies.purpose': 'Purpose',
  'cookies.duration': 'Duration',
  'cookies.category': 'Category',
  'cookies.consent': 'Remembers your privacy choices',
  'cookies.days': '{days} days',
  'cookies.storage': 'Until you delete it (browser storage)',
  'cookies.unknown': 'Not stated',
  'cookies.session': 'Until you close the browser',
  'cookies.starts': 'Names starting with {text}',
  'cookies.ends': 'Names ending with {text}',
  'cookies.contains': 'Names containing {text}',
  'cookies.startsEnds': 'Names starting with {start} and ending with {end}',
  'cookies.matches': 'Names matching the pattern {text}',
  'cookies.choices': 'Your current choices',
  'cookies.on': 'allowed',
  'cookies.off': 'not allowed',
  'cookies.undecided': 'You have not made a choice yet.',
  'cookies.settings': 'Change your privacy settings',

  'web-beacons': 'Web beacons',
  'web-beacons.text':
    'A web beacon (also called a clear GIF or pixel) is a tiny image that tells its sender when it was loaded, with the information your browser sends with any request.',
  'web-beacons.items': 'to count visits to our pages\nto measure the effect of our campaigns',
  'web-beacons.purposes': 'We use them:',
  'web-beacons.pages': 'Beacons on our pages load only when their category is allowed in your privacy settings.',
  'web-beacons.thirdParty': 'Some beacons on our pages come from third parties, who receive the information they send.',
  'web-beacons.emails':
    'Our emails may contain beacons that tell us whether a message was opened and which links were followed. You can avoid them by not loading images in your email program, and you can unsubscribe at any time.',

  analytics: 'Web analytics',
  'analytics.text':
    'We use {provider} to understand how visitors use the site so that we can improve it. It sets cookies and sends information about your visit to its provider. It runs only while the category "{category}" is allowed.',
  'analytics.company': '{provider} is provided by {company}.',
  'analytics.anonymizeIp': 'Your IP address is shortened before it is stored.',
  'analytics.terms': 'How the provider may use this information is limited by the [terms of {provider}]({termsUrl}).',
  'analytics.privacy': 'Read the [privacy policy that applies to {provider}]({privacyUrl}).',
  'analytics.addon': 'To stop {provider} on every site you visit, you can install the [{provider} opt-out browser add-on]({optOutUrl}).',
  'analytics.optOutUrl': 'The provider also offers its own [opt-out]({optOutUrl}).',
  'analytics.on': '{provider} is currently allowed on this site.',
  'analytics.off': '{provider} is currently not allowed on this site.',
  'analytics.stop': 'Turn off {provider}',

  'session-recording': 'Session recording',
  'session-recording.text':
    'We use {provider} to see how visitors use our pages and to find what does not work. Only while the category "{category}" is allowed, it may record:',
  'session-recording.service': 'a session-recording service',
  'session-recording.company': '{provider} is provided by {company}.',
  'session-recording.items': 'clicks, mouse movements and scrolling\nthe text you type into our pages',
  'session-recording.crossSite': 'It does not follow you across other websites.',
  'session-recording.crossSiteYes': 'It may recognise you on other websites that use it.',
  'session-recording.privacy': 'Read the [privacy policy of {provider}]({privacyUrl}).',
  'session-recording.optOutUrl': 'You can also turn it off with [its own opt-out]({optOutUrl}).',

  advertising: 'Advertising',
  'advertising.text':
    'Advertising partners may show and measure ads on the site. They may set cookies and receive information about your visit, and they use it under their own privacy policies.',
  'advertising.personalised': 'Ads may be chosen according to your interests, as inferred from your activity on this and other sites.',
  'advertising.partners': 'Our partners are: {partners}.',
  'advertising.consent': 'Advertising runs only while the category "{category}" is allowed.',
  'advertising.gpc': 'A Global Privacy Control signal from your browser is treated as a refusal.',

  disclosure: 'Who receives information',
  'disclosure.text': 'We share personal information only as described here.',
  'disclosure.processors':
    'Service providers who work for us ({processors}). They may use it only to provide their service to us, under contract and confidentiality.',
  'disclosure.processorsAny':
    'Service providers who work for us, such as hosting and support. They may use it only to provide their service to us, under contract and confidentiality.',
  'disclosure.payments': 'Payment processors, who handle your payments for us: {processors}.',
  'disclosure.noCards': 'We do not store your payment card number.',
  'disclosure.affiliates': 'Companies in our group, which protect it as this notice describes.',
  'disclosure.authorities':
    "Courts, authorities and others where the law requires it, or where it is needed to establish or defend legal claims or to protect anyone's safety.",
  'disclosure.acquirers':
    'A buyer or successor if our business is sold or merged. We will tell you before your information becomes subject to a different notice.',
  'disclosure.withConsent': 'Anyone else, when you ask us to or agree to it.',
  'disclosure.aggregate': 'We may share statistics that do not identify you.',

  'no-sale': 'We do not sell your information',
  'no-sale.text': 'We do not sell, rent or trade your personal information, and we do not give it to others for their own marketing.',

  'public-areas': 'Public areas',
  'public-areas.text':
    'What you post in public areas of the site ({areas}) can be read, copied and used by anyone. Please think before you post personal information there.',
  'public-areas.any':
    'What you post in public areas of the site, such as forums and comments, can be read, copied and used by anyone. Please think before you post personal information there.',
  'public-areas.testimonials': "We publish a customer's testimonial with their name only after they agree.",
  'public-areas.removal': 'To have something you posted removed, write to {email}.',

  links: 'Links to other sites',
  'links.text':
    'The site links to other websites. Their owners decide what information they collect and how they use it, under their own privacy notices; please read those before you give them information.',
  'links.coBranded': "Some pages may carry our name but are run by a partner: the partner's notice applies to what you give there, and the page says so.",

  security: 'Security',
  'security.text': 'We protect personal information against loss, misuse and unauthorised access, change or disclosure, with measures that include:',
  'security.items':
    'encrypted connections (HTTPS)\naccess only for staff and contractors who need it, bound by confidentiality\nfirewalls and monitoring of our systems',
  'security.limits': 'No system is completely secure. If a breach affects your information, we will tell you and the authorities where the law requires it.',
  'security.passwords': 'Keep your password to yourself, and sign out when you share a computer.',

  transfers: 'International transfers',
  'transfers.text': 'Your information may be stored and processed in countries other than your own, whose laws may protect it differently.',
  'transfers.countries': 'These are: {countries}.',
  'transfers.mechanisms':
    'When we transfer personal information out of the European Economic Area, the United Kingdom or Switzerland, we protect it with: {mechanisms}. You can ask us for a copy of these safeguards.',

  retention: 'How long we keep information',
  'retention.text':
    'We keep personal information only as long as we need it for the purposes in this notice, or as the law requires; then we delete it or make it anonymous.',
  'retention.consent': 'Your privacy choices are remembered for {days} days; after that we ask you again.',

  rights: 'Your rights',
  'rights.text':
    'You can ask us for a copy of the personal information we hold about you, and ask us to correct it or to delete it. We delete it unless we must keep it, for example to provide a service you use or to meet a legal obligation.',
  'rights.how': 'Write to {email}.',
  'rights.portal': 'You can also update your information yourself at [{portalUrl}]({portalUrl}).',
  'rights.days': 'We answer within {days} days.',
  'rights.verify': 'To protect your information, we may ask you to confirm your identity first.',
  'rights.fair': 'Using these rights costs you nothing and will never lead to worse treatment.',

  'eea-rights': 'Further rights in the EEA and UK',
  'eea-rights.text': 'If you are in the European Economic Area or the United Kingdom, you also have these rights:',
  'eea-rights.items':
    'erasure: to have your information deleted when, for example, we no longer need it\nobjection: to object to processing based on our legitimate interests, and to stop direct marketing at any time\nrestriction: to have processing limited, for example while the accuracy of your information is checked\nportability: to receive the information you gave us in a structured, machine-readable format, or have it sent to another organisation\nwithdrawal: to withdraw your consent at any time, as easily as you gave it',
  'eea-rights.complaint': 'You can complain to a data protection authority, in particular in the country where you live or work.',
  'eea-rights.authority': 'Our lead authority is {authority}.',
  'eea-rights.authorityUrl': 'Our lead authority is [{authority}]({authorityUrl}).',

  marketing: 'Marketing communications',
  'marketing.text': 'We send you marketing only where the law allows it, for example when you have agreed or are already a customer.',
  'marketing.channels': 'We may contact you by: {channels}.',
  'marketing.unsubscribe': 'Every marketing email has an unsubscribe link. You can also write to {email} at any time.',
  'marketing.unsubscribeAny': 'Every marketing email has an unsubscribe link, and you can ask us to stop at any time.',
  'marketing.subject': 'Please put "{subject}" in the subject line.',
  'marketing.days': 'It may take up to {days} working days before the messages stop.',
  'marketing.service': 'We still send messages you need about your orders, account or services.',

  children: 'Children',
  'children.text':
    'The site is not meant for children under {age}, and we do not knowingly collect their personal information. If you believe a child has given us information, tell us and we will delete it.',

  california: 'Your California privacy rights',
  'california.text': 'If you live in California, the California Consumer Privacy Act, as amended, gives you the rights below.',
  'california.collected': 'What we collect',
  'california.categories': 'In the last 12 months we collected these categories of personal information:',
  'california.categories.items':
    'identifiers, such as your name, email address and IP address\ninternet activity, such as pages viewed and interactions with the site\ncommercial information, such as products bought',
  'california.sources': 'We collect it from:',
  'california.sources.items': 'you\nyour browser and device\nservice providers who work for us',
  'california.purposes': 'We use it for:',
  'california.purposes.items': 'the purposes described in "How we use information"',
  'california.recipients': 'We disclose it to:',
  'california.recipients.items': 'the recipients described in "Who receives information"',
  'california.retention': 'How long we keep each category is described in "How long we keep information".',
  'california.sale': 'Selling and sharing',
  'california.noSale': 'We do not sell your personal information, and we do not share it for cross-context behavioural advertising.',
  'california.sells': 'We sell personal information.',
  'california.shares':
    'When advertising is allowed, advertising partners may receive personal information for cross-context behavioural advertising, which the law calls sharing.',
  'california.optOut': 'You can opt out at any time in your privacy settings.',
  'california.gpc': 'A Global Privacy Control signal from your browser is honoured as an opt-out.',
  'california.minorsSale': 'We do not sell or share the personal information of anyone we know to be under 16.',
  'california.sensitive': 'We do not use sensitive personal information for purposes that would give you a right to limit its use.',
  'california.sensitiveYes': 'You can ask us to limit our use of sensitive personal information to what is needed to provide our services.',
  'california.rights': 'Your rights',
  'california.rights.items':
    'to know what personal information we collect, use and disclose about you, and to receive a copy\nto delete the personal information we collected from you\nto correct inaccurate personal information\nto opt out of the sale or sharing of your personal information',
  'california.how': 'How to make a request',
  'california.email': 'Write to {email}.',
  'california.requestUrl': 'Use our [request form]({requestUrl}).',
  'california.phone': 'Call {phone}.',
  'california.verify': 'We confirm your identity by matching information you give us with what we hold, and answer within {days} days.',
  'california.agent': 'An authorised agent may make a request for you with your signed permission; we may ask you to confirm your identity directly.',
  'california.fair': 'We will not treat you differently for using these rights: no other prices or quality of service.',
  'california.shineTheLight':
    'Under California Civil Code section 1798.83 ("Shine the Light"), you can ask us once a year which personal information we disclosed to third parties for their direct marketing in the previous year, and to whom.',
  'california.minors':
    'If you are under 18 and a registered user, California Business and Professions Code section 22581 lets you ask us to remove content you posted on the site. Removal may not be complete, for example when others copied it.',

  'do-not-track': 'Do Not Track and Global Privacy Control',
  'do-not-track.text':
    'Browsers can send signals asking sites not to track you or not to sell or share your information. This is what the site does with them, and what your browser is sending now.',
  'do-not-track.gpc': 'Global Privacy Control',
  'do-not-track.dnt': 'Do Not Track',
  'do-not-track.sent': 'Your browser is sending this signal.',
  'do-not-track.notSent': 'Your browser is not sending this signal.',
  'do-not-track.gpcHonoured': 'We treat it as a refusal of advertising and of any sale or sharing of your personal information, without asking.',
  'do-not-track.gpcIgnored': 'We do not act on it. Use your privacy settings to refuse advertising.',
  'do-not-track.dntHonoured': 'We treat it like Global Privacy Control.',
  'do-not-track.dntIgnored': 'We do not act on it, because there is no common standard for what it means. Use your privacy settings instead.',

  certifications: 'Trust programmes and certifications',
  'certifications.text': 'We take part in these programmes:',
  'certifications.none': 'We do not take part in privacy certification programmes.',
  'certifications.scope': 'It covers {scope}.',
  'certifications.dispute': 'If we do not resolve your concern, you can [contact {name}]({disputeUrl}).',

  changes: 'Changes to this notice',
  'changes.text':
    'When we change this notice, we publish the new version here with a new effective date and revision, and we ask for your privacy choices again on your next visit.',
  'changes.revision': 'This is revision {revision} of the notice.',
  'changes.notify': 'We will also tell you about important changes: {notify}.',

  sources: 'Where information comes from',
  'sources.text': 'Besides what you give us and what your browser sends, we receive information about you from:',
  'sources.none': 'We collect information only from you and from your browser; we do not obtain it from other sources.',

  'automated-decisions': 'Automated decisions and profiling',
  'automated-decisions.text':
    'We do not make decisions about you based solely on automated processing, including profiling, that have legal or similarly significant effects on you.',
  'automated-decisions.used':
    'We make some decisions about you by automated means alone: {description}. You can ask for a person to review such a decision, give your point of view and contest it.',
};

/** The keys every notice language table has. */
export type NoticeTexts = typeof en;
export type NoticeKey = keyof NoticeTexts;
