import type { NoticeTexts } from './en.js';

/**
 * The privacy notice in German: the keys and `{placeholders}` of `./en.ts`
 * (test/unit/i18n-notice.test.ts checks that none is missing or changed).
 */
export const de = {
  contents: 'Inhalt',
  effective: 'Gültig ab: {date}.',
  date: '{day}. {month} {year}',
  'date.months': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
  'list.two': '{a} und {b}',
  'list.end': '{a} und {b}',

  controller: 'Wer wir sind und wie Sie uns erreichen',
  'controller.text':
    '{controller} ist für die in dieser Erklärung beschriebenen personenbezogenen Daten verantwortlich („Verantwortlicher“). Sie können uns dazu jederzeit schreiben.',
  'controller.scope': 'Diese Erklärung gilt für {scope}.',
  'controller.name': 'Name',
  'controller.address': 'Postanschrift',
  'controller.email': 'E-Mail',
  'controller.phone': 'Telefon',
  'controller.fax': 'Fax',
  'controller.dpo': 'Datenschutzbeauftragte(r)',
  'controller.url': 'Website',
  'controller.contactUrl': 'Kontaktformular',
  'controller.representative': 'Vertreter',

  'information-provided': 'Daten, die Sie uns geben',
  'information-provided.text':
    'Wir erheben die Daten, die Sie uns selbst geben, zum Beispiel wenn Sie ein Formular ausfüllen, ein Konto anlegen, bei uns kaufen oder uns schreiben.',
  'information-provided.kinds': 'Dazu können gehören:',
  'information-provided.items': 'Ihr Name und Ihre Kontaktdaten\nder Inhalt Ihrer Nachrichten',
  'information-provided.occasions': 'Sie geben sie uns, wenn:',
  'information-provided.voluntary': 'Ob Sie uns diese Daten geben, entscheiden Sie. Ohne sie können wir das Gewünschte möglicherweise nicht bereitstellen.',

  'information-logged': 'Automatisch erfasste Daten',
  'information-logged.text': 'Wenn Sie die Website besuchen, erfassen unsere Server technische Daten zum Besuch:',
  'information-logged.items':
    'Ihre IP-Adresse\nTyp und Version Ihres Browsers und Betriebssystems\ndie Seite, von der Sie zu uns gekommen sind\ndie Seiten, die Sie aufrufen, sowie Datum und Uhrzeit jedes Besuchs\nIhren ungefähren Standort, abgeleitet aus Ihrer IP-Adresse',
  'information-logged.linked': 'Wenn Sie angemeldet sind, können diese Daten mit Ihrem Konto verknüpft werden.',
  'information-logged.aggregate':
    'Wir können daraus erstellte Statistiken in zusammengefasster Form veröffentlichen oder weitergeben, die Sie nicht identifizieren.',

  use: 'Wie wir Daten verwenden',
  'use.text':
    'Wir verwenden personenbezogene Daten nur für die folgenden Zwecke oder für damit vereinbare Zwecke. Für jeden anderen Zweck fragen wir Sie vorher.',
  'use.items':
    'um die Produkte und Dienste bereitzustellen, die Sie anfragen, einschließlich Abrechnung und Support\num die Website und unsere Dienste zu betreiben, zu sichern und zu verbessern\num Ihre Fragen und Anliegen zu beantworten\num unsere gesetzlichen Pflichten zu erfüllen',

  'legal-basis': 'Rechtsgrundlagen (EWR und Vereinigtes Königreich)',
  'legal-basis.text':
    'Wenn Sie sich im Europäischen Wirtschaftsraum oder im Vereinigten Königreich befinden, verarbeiten wir Ihre personenbezogenen Daten nur, soweit das Gesetz es erlaubt. Wir stützen uns auf:',
  'legal-basis.consent': 'Ihre Einwilligung, die Sie jederzeit widerrufen können, ohne dass die bis dahin erfolgte Verarbeitung berührt wird',
  'legal-basis.contract': 'die Erfüllung eines Vertrags mit Ihnen oder vorvertragliche Maßnahmen auf Ihre Anfrage',
  'legal-basis.legal-obligation': 'die Erfüllung einer rechtlichen Verpflichtung',
  'legal-basis.legitimate-interests': 'unsere berechtigten Interessen, sofern nicht Ihre Interessen, Grundrechte und Grundfreiheiten überwiegen',
  'legal-basis.vital-interests': 'den Schutz lebenswichtiger Interessen einer Person',
  'legal-basis.public-task': 'die Wahrnehmung einer Aufgabe im öffentlichen Interesse',
  'legal-basis.interests': 'Unsere berechtigten Interessen sind: {interests}.',

  cookies: 'Cookies und ähnliche Technologien',
  'cookies.text':
    'Cookies sind kleine Dateien, die eine Website in Ihrem Browser speichert; ähnliche Technologien legen Informationen im Speicher Ihres Browsers ab. Die Tabelle führt jedes Cookie und jeden Speicherschlüssel auf, den die Website angibt, nach Kategorie.',
  'cookies.opt-in':
    'Unbedingt erforderliche sind immer aktiv. Alle anderen werden erst verwendet, nachdem Sie ihre Kategorie erlaubt haben, und Sie können Ihre Auswahl jederzeit ändern.',
  'cookies.opt-out':
    'Unbedingt erforderliche sind immer aktiv. Die anderen werden verwendet, solange Sie nicht widersprechen: Sie können jede Kategorie jederzeit abschalten.',
  'cookies.notice': 'Sie dienen dem Betrieb der Website und dazu, ihre Nutzung zu verstehen. Sie können sie jederzeit einsehen.',
  'cookies.browser':
    'Sie können Cookies auch in Ihrem Browser blockieren oder löschen; blockieren Sie die unbedingt erforderlichen, funktionieren Teile der Website möglicherweise nicht mehr.',
  'cookies.caption': 'Auf dieser Website verwendete Cookies und Speicher',
  'cookies.name': 'Name',
  'cookies.provider': 'Anbieter',
  'cookies.purpose': 'Zweck',
  'cookies.duration': 'Speicherdauer',
  'cookies.category': 'Kategorie',
  'cookies.consent': 'Speichert Ihre Datenschutz-Auswahl',
  'cookies.days': '{days} Tage',
  'cookies.storage': 'Bis Sie ihn löschen (Browserspeicher)',
  'cookies.unknown': 'Nicht angegeben',
  'cookies.session': 'Bis Sie den Browser schließen',
  'cookies.starts': 'Namen, die mit {text} beginnen',
  'cookies.ends': 'Namen, die auf {text} enden',
  'cookies.contains': 'Namen, die {text} enthalten',
  'cookies.startsEnds': 'Namen, die mit {start} beginnen und auf {end} enden',
  'cookies.matches': 'Namen nach dem Muster {text}',
  'cookies.choices': 'Ihre aktuelle Auswahl',
  'cookies.on': 'erlaubt',
  'cookies.off': 'nicht erlaubt',
  'cookies.undecided': 'Sie haben noch keine Auswahl getroffen.',
  'cookies.settings': 'Datenschutz-Einstellungen ändern',

  'web-beacons': 'Web-Beacons',
  'web-beacons.text':
    'Ein Web-Beacon (auch Zählpixel oder Clear GIF genannt) ist ein winziges Bild, das seinem Absender meldet, wann es geladen wurde, zusammen mit den Informationen, die Ihr Browser bei jeder Anfrage sendet.',
  'web-beacons.items': 'um Besuche auf unseren Seiten zu zählen\num die Wirkung unserer Kampagnen zu messen',
  'web-beacons.purposes': 'Wir verwenden sie:',
  'web-beacons.pages': 'Beacons auf unseren Seiten werden nur geladen, wenn ihre Kategorie in Ihren Datenschutz-Einstellungen erlaubt ist.',
  'web-beacons.thirdParty': 'Einige Beacons auf unseren Seiten stammen von Dritten, die die damit gesendeten Informationen erhalten.',
  'web-beacons.emails':
    'Unsere E-Mails können Beacons enthalten, die uns zeigen, ob eine Nachricht geöffnet und welche Links angeklickt wurden. Sie vermeiden sie, indem Sie in Ihrem E-Mail-Programm keine Bilder laden, und Sie können sich jederzeit abmelden.',

  analytics: 'Webanalyse',
  'analytics.text':
    'Wir verwenden {provider}, um zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können. Der Dienst setzt Cookies und sendet Informationen über Ihren Besuch an seinen Anbieter. Er läuft nur, solange die Kategorie „{category}“ erlaubt ist.',
  'analytics.company': '{provider} wird von {company} bereitgestellt.',
  'analytics.anonymizeIp': 'Ihre IP-Adresse wird vor der Speicherung gekürzt.',
  'analytics.terms': 'Wie der Anbieter diese Informationen nutzen darf, begrenzen die [Nutzungsbedingungen von {provider}]({termsUrl}).',
  'analytics.privacy': 'Lesen Sie die [für {provider} geltende Datenschutzerklärung]({privacyUrl}).',
  'analytics.addon':
    'Um {provider} auf allen Websites zu stoppen, die Sie besuchen, können Sie das [Browser-Add-on zur Deaktivierung von {provider}]({optOutUrl}) installieren.',
  'analytics.optOutUrl': 'Der Anbieter bietet auch einen eigenen [Widerspruch]({optOutUrl}) an.',
  'analytics.on': '{provider} ist auf dieser Website derzeit erlaubt.',
  'analytics.off': '{provider} ist auf dieser Website derzeit nicht erlaubt.',
  'analytics.stop': '{provider} ausschalten',

  'session-recording': 'Sitzungsaufzeichnung',
  'session-recording.text':
    'Wir verwenden {provider}, um zu sehen, wie Besucher unsere Seiten nutzen, und um herauszufinden, was nicht funktioniert. Nur solange die Kategorie „{category}“ erlaubt ist, kann der Dienst aufzeichnen:',
  'session-recording.service': 'einen Dienst zur Sitzungsaufzeichnung',
  'session-recording.company': '{provider} wird von {company} bereitgestellt.',
  'session-recording.items': 'Klicks, Mausbewegungen und Scrollen\nden Text, den Sie auf unseren Seiten eingeben',
  'session-recording.crossSite': 'Er verfolgt Sie nicht über andere Websites hinweg.',
  'session-recording.crossSiteYes': 'Er kann Sie auf anderen Websites wiedererkennen, die ihn verwenden.',
  'session-recording.privacy': 'Lesen Sie die [Datenschutzerklärung von {provider}]({privacyUrl}).',
  'session-recording.optOutUrl': 'Sie können ihn auch über [seinen eigenen Widerspruch]({optOutUrl}) abschalten.',

  advertising: 'Werbung',
  'advertising.text':
    'Werbepartner können auf der Website Anzeigen einblenden und messen. Sie können Cookies setzen und Informationen über Ihren Besuch erhalten, die sie nach ihren eigenen Datenschutzerklärungen verwenden.',
  'advertising.personalised':
    'Anzeigen können nach Ihren Interessen ausgewählt werden, die aus Ihrer Aktivität auf dieser und anderen Websites abgeleitet werden.',
  'advertising.partners': 'Unsere Partner sind: {partners}.',
  'advertising.consent': 'Werbung läuft nur, solange die Kategorie „{category}“ erlaubt ist.',
  'advertising.gpc': 'Ein Global-Privacy-Control-Signal Ihres Browsers gilt als Ablehnung.',

  disclosure: 'Wer Daten erhält',
  'disclosure.text': 'Wir geben personenbezogene Daten nur wie hier beschrieben weiter.',
  'disclosure.processors':
    'Dienstleister, die für uns arbeiten ({processors}). Sie dürfen die Daten nur verwenden, um uns ihren Dienst zu erbringen, vertraglich gebunden und zur Vertraulichkeit verpflichtet.',
  'disclosure.processorsAny':
    'Dienstleister, die für uns arbeiten, etwa für Hosting und Support. Sie dürfen die Daten nur verwenden, um uns ihren Dienst zu erbringen, vertraglich gebunden und zur Vertraulichkeit verpflichtet.',
  'disclosure.payments': 'Zahlungsdienstleister, die Ihre Zahlungen für uns abwickeln: {processors}.',
  'disclosure.noCards': 'Wir speichern Ihre Kartennummer nicht.',
  'disclosure.affiliates': 'Unternehmen unserer Gruppe, die die Daten so schützen, wie diese Erklärung es beschreibt.',
  'disclosure.authorities':
    'Gerichte, Behörden und andere, wenn das Gesetz es verlangt oder wenn es nötig ist, um Rechtsansprüche geltend zu machen oder abzuwehren oder die Sicherheit von Personen zu schützen.',
  'disclosure.acquirers':
    'Einen Käufer oder Nachfolger, wenn unser Unternehmen verkauft oder fusioniert wird. Wir informieren Sie, bevor für Ihre Daten eine andere Erklärung gilt.',
  'disclosure.withConsent': 'Andere, wenn Sie uns darum bitten oder zustimmen.',
  'disclosure.aggregate': 'Wir können Statistiken weitergeben, die Sie nicht identifizieren.',

  'no-sale': 'Wir verkaufen Ihre Daten nicht',
  'no-sale.text': 'Wir verkaufen, vermieten oder tauschen Ihre personenbezogenen Daten nicht und geben sie nicht an andere für deren eigene Werbung weiter.',

  'public-areas': 'Öffentliche Bereiche',
  'public-areas.text':
    'Was Sie in öffentlichen Bereichen der Website ({areas}) veröffentlichen, kann jeder lesen, kopieren und verwenden. Überlegen Sie bitte, bevor Sie dort personenbezogene Daten veröffentlichen.',
  'public-areas.any':
    'Was Sie in öffentlichen Bereichen der Website, etwa in Foren und Kommentaren, veröffentlichen, kann jeder lesen, kopieren und verwenden. Überlegen Sie bitte, bevor Sie dort personenbezogene Daten veröffentlichen.',
  'public-areas.testimonials': 'Kundenstimmen veröffentlichen wir mit Namen nur, wenn die Person zugestimmt hat.',
  'public-areas.removal': 'Wenn Sie etwas entfernen lassen möchten, das Sie veröffentlicht haben, schreiben Sie an {email}.',

  links: 'Links zu anderen Websites',
  'links.text':
    'Die Website verlinkt auf andere Websites. Deren Betreiber entscheiden nach ihren eigenen Datenschutzerklärungen, welche Daten sie erheben und wie sie sie verwenden; lesen Sie diese bitte, bevor Sie ihnen Daten geben.',
  'links.coBranded':
    'Manche Seiten tragen unseren Namen, werden aber von einem Partner betrieben: Für das, was Sie dort angeben, gilt die Erklärung des Partners, und die Seite weist darauf hin.',

  security: 'Sicherheit',
  'security.text':
    'Wir schützen personenbezogene Daten vor Verlust, Missbrauch und unbefugtem Zugriff, unbefugter Änderung oder Offenlegung, unter anderem durch:',
  'security.items':
    'verschlüsselte Verbindungen (HTTPS)\nZugriff nur für Mitarbeitende und Auftragnehmer, die ihn benötigen und zur Vertraulichkeit verpflichtet sind\nFirewalls und Überwachung unserer Systeme',
  'security.limits':
    'Kein System ist vollkommen sicher. Betrifft eine Verletzung Ihre Daten, informieren wir Sie und, wo das Gesetz es verlangt, die Behörden.',
  'security.passwords': 'Behalten Sie Ihr Passwort für sich und melden Sie sich ab, wenn Sie einen Computer mit anderen teilen.',

  transfers: 'Übermittlungen in andere Länder',
  'transfers.text':
    'Ihre Daten können in anderen Ländern als Ihrem eigenen gespeichert und verarbeitet werden, deren Gesetze sie möglicherweise anders schützen.',
  'transfers.countries': 'Diese sind: {countries}.',
  'transfers.mechanisms':
    'Wenn wir personenbezogene Daten aus dem Europäischen Wirtschaftsraum, dem Vereinigten Königreich oder der Schweiz übermitteln, schützen wir sie durch: {mechanisms}. Sie können bei uns eine Kopie dieser Garantien anfordern.',

  retention: 'Wie lange wir Daten speichern',
  'retention.text':
    'Wir speichern personenbezogene Daten nur so lange, wie wir sie für die Zwecke dieser Erklärung benötigen oder das Gesetz es verlangt; danach löschen oder anonymisieren wir sie.',
  'retention.consent': 'Ihre Datenschutz-Auswahl wird {days} Tage gespeichert; danach fragen wir Sie erneut.',

  rights: 'Ihre Rechte',
  'rights.text':
    'Sie können von uns eine Kopie der personenbezogenen Daten verlangen, die wir über Sie speichern, und verlangen, dass wir sie berichtigen oder löschen. Wir löschen sie, sofern wir sie nicht aufbewahren müssen, etwa um einen Dienst zu erbringen, den Sie nutzen, oder um eine gesetzliche Pflicht zu erfüllen.',
  'rights.how': 'Schreiben Sie an {email}.',
  'rights.portal': 'Sie können Ihre Daten auch selbst unter [{portalUrl}]({portalUrl}) aktualisieren.',
  'rights.days': 'Wir antworten innerhalb von {days} Tagen.',
  'rights.verify': 'Zum Schutz Ihrer Daten können wir Sie zunächst bitten, Ihre Identität zu bestätigen.',
  'rights.fair': 'Die Ausübung dieser Rechte kostet Sie nichts und führt nie zu einer schlechteren Behandlung.',

  'eea-rights': 'Weitere Rechte im EWR und im Vereinigten Königreich',
  'eea-rights.text': 'Wenn Sie sich im Europäischen Wirtschaftsraum oder im Vereinigten Königreich befinden, haben Sie außerdem diese Rechte:',
  'eea-rights.items':
    'Löschung: Ihre Daten löschen zu lassen, zum Beispiel wenn wir sie nicht mehr benötigen\nWiderspruch: der Verarbeitung aufgrund unserer berechtigten Interessen zu widersprechen und Direktwerbung jederzeit zu beenden\nEinschränkung: die Verarbeitung einschränken zu lassen, zum Beispiel während die Richtigkeit Ihrer Daten geprüft wird\nDatenübertragbarkeit: die Daten, die Sie uns gegeben haben, in einem strukturierten, maschinenlesbaren Format zu erhalten oder an eine andere Stelle übermitteln zu lassen\nWiderruf: Ihre Einwilligung jederzeit so einfach zu widerrufen, wie Sie sie gegeben haben',
  'eea-rights.complaint': 'Sie können sich bei einer Datenschutzaufsichtsbehörde beschweren, insbesondere in dem Land, in dem Sie leben oder arbeiten.',
  'eea-rights.authority': 'Unsere federführende Aufsichtsbehörde ist {authority}.',
  'eea-rights.authorityUrl': 'Unsere federführende Aufsichtsbehörde ist [{authority}]({authorityUrl}).',

  marketing: 'Werbliche Mitteilungen',
  'marketing.text': 'Wir senden Ihnen Werbung nur, wo das Gesetz es erlaubt, zum Beispiel wenn Sie zugestimmt haben oder bereits Kunde sind.',
  'marketing.channels': 'Wir können Sie kontaktieren per: {channels}.',
  'marketing.unsubscribe': 'Jede Werbe-E-Mail enthält einen Abmeldelink. Sie können auch jederzeit an {email} schreiben.',
  'marketing.unsubscribeAny': 'Jede Werbe-E-Mail enthält einen Abmeldelink, und Sie können uns jederzeit bitten, damit aufzuhören.',
  'marketing.subject': 'Bitte geben Sie „{subject}“ in der Betreffzeile an.',
  'marketing.days': 'Es kann bis zu {days} Werktage dauern, bis keine Nachrichten mehr kommen.',
  'marketing.service': 'Nachrichten zu Ihren Bestellungen, Ihrem Konto oder Ihren Diensten, die Sie benötigen, senden wir weiterhin.',

  children: 'Kinder',
  'children.text':
    'Die Website richtet sich nicht an Kinder unter {age} Jahren, und wir erheben wissentlich keine personenbezogenen Daten von ihnen. Wenn Sie glauben, dass ein Kind uns Daten gegeben hat, teilen Sie es uns mit; wir löschen sie dann.',

  california: 'Ihre Datenschutzrechte in Kalifornien',
  'california.text': 'Wenn Sie in Kalifornien leben, gibt Ihnen der California Consumer Privacy Act in seiner geänderten Fassung die folgenden Rechte.',
  'california.collected': 'Was wir erheben',
  'california.categories': 'In den letzten 12 Monaten haben wir diese Kategorien personenbezogener Daten erhoben:',
  'california.categories.items':
    'Kennungen, etwa Ihren Namen, Ihre E-Mail-Adresse und IP-Adresse\nInternetaktivität, etwa aufgerufene Seiten und Interaktionen mit der Website\nkommerzielle Informationen, etwa gekaufte Produkte',
  'california.sources': 'Wir erheben sie von:',
  'california.sources.items': 'Ihnen\nIhrem Browser und Gerät\nDienstleistern, die für uns arbeiten',
  'california.purposes': 'Wir verwenden sie für:',
  'california.purposes.items': 'die unter „Wie wir Daten verwenden“ beschriebenen Zwecke',
  'california.recipients': 'Wir legen sie offen gegenüber:',
  'california.recipients.items': 'den unter „Wer Daten erhält“ beschriebenen Empfängern',
  'california.retention': 'Wie lange wir jede Kategorie speichern, steht unter „Wie lange wir Daten speichern“.',
  'california.sale': 'Verkauf und Weitergabe',
  'california.noSale': 'Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht für kontextübergreifende verhaltensbasierte Werbung weiter.',
  'california.sells': 'Wir verkaufen personenbezogene Daten.',
  'california.shares':
    'Wenn Werbung erlaubt ist, können Werbepartner personenbezogene Daten für kontextübergreifende verhaltensbasierte Werbung erhalten, was das Gesetz als Weitergabe („sharing“) bezeichnet.',
  'california.optOut': 'Sie können jederzeit in Ihren Datenschutz-Einstellungen widersprechen.',
  'california.gpc': 'Ein Global-Privacy-Control-Signal Ihres Browsers wird als Widerspruch beachtet.',
  'california.minorsSale': 'Wir verkaufen oder teilen keine personenbezogenen Daten von Personen, von denen wir wissen, dass sie unter 16 Jahre alt sind.',
  'california.sensitive': 'Wir verwenden sensible personenbezogene Daten nicht für Zwecke, die Ihnen ein Recht geben würden, ihre Verwendung einzuschränken.',
  'california.sensitiveYes':
    'Sie können verlangen, dass wir die Verwendung sensibler personenbezogener Daten auf das beschränken, was zur Erbringung unserer Dienste nötig ist.',
  'california.rights': 'Ihre Rechte',
  'california.rights.items':
    'zu erfahren, welche personenbezogenen Daten wir über Sie erheben, verwenden und offenlegen, und eine Kopie zu erhalten\ndie personenbezogenen Daten löschen zu lassen, die wir bei Ihnen erhoben haben\nunrichtige personenbezogene Daten berichtigen zu lassen\ndem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten zu widersprechen',
  'california.how': 'So stellen Sie einen Antrag',
  'california.email': 'Schreiben Sie an {email}.',
  'california.requestUrl': 'Nutzen Sie unser [Antragsformular]({requestUrl}).',
  'california.phone': 'Rufen Sie {phone} an.',
  'california.verify': 'Wir bestätigen Ihre Identität, indem wir Angaben von Ihnen mit unseren Daten abgleichen, und antworten innerhalb von {days} Tagen.',
  'california.agent':
    'Ein bevollmächtigter Vertreter kann mit Ihrer unterschriebenen Vollmacht einen Antrag für Sie stellen; wir können Sie bitten, Ihre Identität direkt zu bestätigen.',
  'california.fair': 'Wir behandeln Sie nicht anders, weil Sie diese Rechte ausüben: keine anderen Preise und keine andere Dienstqualität.',
  'california.shineTheLight':
    'Nach Abschnitt 1798.83 des California Civil Code („Shine the Light“) können Sie einmal im Jahr erfragen, welche personenbezogenen Daten wir im Vorjahr an Dritte für deren Direktwerbung weitergegeben haben, und an wen.',
  'california.minors':
    'Wenn Sie unter 18 Jahre alt und registriert sind, können Sie nach Abschnitt 22581 des California Business and Professions Code verlangen, dass wir Inhalte entfernen, die Sie auf der Website veröffentlicht haben. Die Entfernung ist möglicherweise nicht vollständig, etwa wenn andere sie kopiert haben.',

  'do-not-track': 'Do Not Track und Global Privacy Control',
  'do-not-track.text':
    'Browser können Signale senden, mit denen sie Websites bitten, Sie nicht zu verfolgen oder Ihre Daten nicht zu verkaufen oder weiterzugeben. So geht die Website damit um, und das sendet Ihr Browser gerade.',
  'do-not-track.gpc': 'Global Privacy Control',
  'do-not-track.dnt': 'Do Not Track',
  'do-not-track.sent': 'Ihr Browser sendet dieses Signal.',
  'do-not-track.notSent': 'Ihr Browser sendet dieses Signal nicht.',
  'do-not-track.gpcHonoured':
    'Wir behandeln es ohne Nachfrage als Ablehnung von Werbung und jedes Verkaufs oder jeder Weitergabe Ihrer personenbezogenen Daten.',
  'do-not-track.gpcIgnored': 'Wir reagieren nicht darauf. Lehnen Sie Werbung in Ihren Datenschutz-Einstellungen ab.',
  'do-not-track.dntHonoured': 'Wir behandeln es wie Global Privacy Control.',
  'do-not-track.dntIgnored':
    'Wir reagieren nicht darauf, weil es keinen gemeinsamen Standard für seine Bedeutung gibt. Nutzen Sie stattdessen Ihre Datenschutz-Einstellungen.',

  certifications: 'Vertrauensprogramme und Zertifizierungen',
  'certifications.text': 'Wir nehmen an diesen Programmen teil:',
  'certifications.none': 'Wir nehmen an keinen Datenschutz-Zertifizierungsprogrammen teil.',
  'certifications.scope': 'Es umfasst {scope}.',
  'certifications.dispute': 'Wenn wir Ihr Anliegen nicht lösen, können Sie sich [an {name} wenden]({disputeUrl}).',

  changes: 'Änderungen dieser Erklärung',
  'changes.text':
    'Wenn wir diese Erklärung ändern, veröffentlichen wir die neue Fassung hier mit neuem Gültigkeitsdatum und neuer Revision und fragen bei Ihrem nächsten Besuch erneut nach Ihrer Datenschutz-Auswahl.',
  'changes.revision': 'Dies ist Revision {revision} der Erklärung.',
  'changes.notify': 'Über wichtige Änderungen informieren wir Sie außerdem: {notify}.',

  sources: 'Woher Daten stammen',
  'sources.text': 'Neben dem, was Sie uns geben und was Ihr Browser sendet, erhalten wir Daten über Sie von:',
  'sources.none': 'Wir erheben Daten nur bei Ihnen und von Ihrem Browser; aus anderen Quellen beziehen wir keine.',

  'automated-decisions': 'Automatisierte Entscheidungen und Profiling',
  'automated-decisions.text':
    'Wir treffen keine ausschließlich auf automatisierter Verarbeitung, einschließlich Profiling, beruhenden Entscheidungen über Sie, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',
  'automated-decisions.used':
    'Manche Entscheidungen über Sie treffen wir ausschließlich automatisiert: {description}. Sie können verlangen, dass eine Person eine solche Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',
} satisfies Partial<NoticeTexts>;
