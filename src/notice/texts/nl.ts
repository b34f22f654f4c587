import type { NoticeTexts } from './en.js';

/**
 * The privacy notice in Dutch: the keys and `{placeholders}` of `./en.ts`
 * (test/unit/i18n-notice.test.ts checks that none is missing or changed).
 */
export const nl = {
  contents: 'Inhoud',
  effective: 'Ingangsdatum: {date}.',
  date: '{day} {month} {year}',
  'date.months': 'januari februari maart april mei juni juli augustus september oktober november december',
  'list.two': '{a} en {b}',
  'list.end': '{a} en {b}',

  controller: 'Wie wij zijn en hoe u ons bereikt',
  'controller.text':
    '{controller} is verantwoordelijk voor de persoonsgegevens die in deze verklaring worden beschreven (de ‘verwerkingsverantwoordelijke’). U kunt ons daarover altijd schrijven.',
  'controller.scope': 'Deze verklaring geldt voor {scope}.',
  'controller.name': 'Naam',
  'controller.address': 'Postadres',
  'controller.email': 'E-mail',
  'controller.phone': 'Telefoon',
  'controller.fax': 'Fax',
  'controller.dpo': 'Functionaris voor gegevensbescherming',
  'controller.url': 'Website',
  'controller.contactUrl': 'Contactformulier',
  'controller.representative': 'Vertegenwoordiger',

  'information-provided': 'Gegevens die u ons geeft',
  'information-provided.text':
    'Wij verzamelen de gegevens die u ons zelf geeft, bijvoorbeeld wanneer u een formulier invult, een account aanmaakt, iets bij ons koopt of ons schrijft.',
  'information-provided.kinds': 'Dit kan zijn:',
  'information-provided.items': 'uw naam en contactgegevens\nde inhoud van uw berichten',
  'information-provided.occasions': 'U geeft ze ons wanneer:',
  'information-provided.voluntary': 'Of u ons deze gegevens geeft, bepaalt u zelf. Zonder die gegevens kunnen we mogelijk niet leveren wat u hebt gevraagd.',

  'information-logged': 'Automatisch vastgelegde gegevens',
  'information-logged.text': 'Wanneer u de site bezoekt, leggen onze servers technische gegevens over het bezoek vast:',
  'information-logged.items':
    'uw IP-adres\nhet type en de versie van uw browser en besturingssysteem\nde pagina die u naar ons verwees\nde pagina’s die u bekijkt, en de datum en tijd van elk bezoek\nuw bij benadering bepaalde locatie, afgeleid van uw IP-adres',
  'information-logged.linked': 'Wanneer u bent ingelogd, kunnen deze gegevens aan uw account worden gekoppeld.',
  'information-logged.aggregate': 'Wij kunnen statistieken die daaruit zijn afgeleid publiceren of delen, in geaggregeerde vorm die u niet identificeert.',

  use: 'Hoe wij gegevens gebruiken',
  'use.text':
    'Wij gebruiken persoonsgegevens alleen voor de onderstaande doelen, of voor een doel dat daarmee verenigbaar is. Voor elk ander doel vragen we het u eerst.',
  'use.items':
    'om de producten en diensten te leveren waar u om vraagt, inclusief facturering en ondersteuning\nom de site en onze diensten te laten werken, te beveiligen en te verbeteren\nom uw vragen en verzoeken te beantwoorden\nom aan onze wettelijke verplichtingen te voldoen',

  'legal-basis': 'Rechtsgrond (EER en Verenigd Koninkrijk)',
  'legal-basis.text':
    'Als u zich in de Europese Economische Ruimte of het Verenigd Koninkrijk bevindt, verwerken wij uw persoonsgegevens alleen wanneer de wet dat toestaat. Wij baseren ons op:',
  'legal-basis.consent': 'uw toestemming, die u altijd kunt intrekken zonder dat dit gevolgen heeft voor de verwerking daarvoor',
  'legal-basis.contract': 'de uitvoering van een overeenkomst met u, of stappen die u vóór het sluiten ervan vraagt',
  'legal-basis.legal-obligation': 'het nakomen van een wettelijke verplichting',
  'legal-basis.legitimate-interests': 'onze gerechtvaardigde belangen, voor zover uw belangen, grondrechten en fundamentele vrijheden niet zwaarder wegen',
  'legal-basis.vital-interests': 'de bescherming van iemands vitale belangen',
  'legal-basis.public-task': 'de vervulling van een taak van algemeen belang',
  'legal-basis.interests': 'Onze gerechtvaardigde belangen zijn: {interests}.',

  cookies: 'Cookies en vergelijkbare technieken',
  'cookies.text':
    'Cookies zijn kleine bestanden die een website in uw browser opslaat; vergelijkbare technieken bewaren gegevens in de opslag van uw browser. De tabel vermeldt per categorie elke cookie en elke opslagsleutel die de site opgeeft.',
  'cookies.opt-in':
    'Strikt noodzakelijke staan altijd aan. Alle andere worden pas gebruikt nadat u hun categorie hebt toegestaan, en u kunt uw keuzes altijd wijzigen.',
  'cookies.opt-out': 'Strikt noodzakelijke staan altijd aan. De andere worden gebruikt tenzij u bezwaar maakt: u kunt elke categorie altijd uitzetten.',
  'cookies.notice': 'Ze worden gebruikt om de site te laten werken en om te begrijpen hoe die wordt gebruikt. U kunt ze altijd bekijken.',
  'cookies.browser':
    'U kunt cookies ook in uw browser blokkeren of verwijderen; als u de strikt noodzakelijke blokkeert, werken delen van de site mogelijk niet meer.',
  'cookies.caption': 'Cookies en opslag op deze site',
  'cookies.name': 'Naam',
  'cookies.provider': 'Aanbieder',
  'cookies.purpose': 'Doel',
  'cookies.duration': 'Bewaartermijn',
  'cookies.category': 'Categorie',
  'cookies.consent': 'Onthoudt uw privacykeuzes',
  'cookies.days': '{days} dagen',
  'cookies.storage': 'Totdat u het verwijdert (browseropslag)',
  'cookies.unknown': 'Niet vermeld',
  'cookies.session': 'Tot u de browser sluit',
  'cookies.starts': 'Namen die beginnen met {text}',
  'cookies.ends': 'Namen die eindigen op {text}',
  'cookies.contains': 'Namen die {text} bevatten',
  'cookies.startsEnds': 'Namen die beginnen met {start} en eindigen op {end}',
  'cookies.matches': 'Namen volgens het patroon {text}',
  'cookies.choices': 'Uw huidige keuzes',
  'cookies.on': 'toegestaan',
  'cookies.off': 'niet toegestaan',
  'cookies.undecided': 'U hebt nog geen keuze gemaakt.',
  'cookies.settings': 'Uw privacyinstellingen wijzigen',

  'web-beacons': 'Webbakens',
  'web-beacons.text':
    'Een webbaken (ook wel clear GIF of pixel genoemd) is een piepkleine afbeelding die de afzender laat weten wanneer ze is geladen, met de gegevens die uw browser bij elk verzoek meestuurt.',
  'web-beacons.items': 'om bezoeken aan onze pagina’s te tellen\nom het effect van onze campagnes te meten',
  'web-beacons.purposes': 'Wij gebruiken ze:',
  'web-beacons.pages': 'Bakens op onze pagina’s worden alleen geladen als hun categorie in uw privacyinstellingen is toegestaan.',
  'web-beacons.thirdParty': 'Sommige bakens op onze pagina’s komen van derden, die de gegevens ontvangen die ze versturen.',
  'web-beacons.emails':
    'Onze e-mails kunnen bakens bevatten die ons laten weten of een bericht is geopend en op welke links is geklikt. U vermijdt ze door in uw e-mailprogramma geen afbeeldingen te laden, en u kunt zich altijd afmelden.',

  analytics: 'Webstatistieken',
  'analytics.text':
    'Wij gebruiken {provider} om te begrijpen hoe bezoekers de site gebruiken, zodat we die kunnen verbeteren. Het plaatst cookies en stuurt gegevens over uw bezoek naar de aanbieder. Het werkt alleen zolang de categorie ‘{category}’ is toegestaan.',
  'analytics.company': '{provider} wordt geleverd door {company}.',
  'analytics.anonymizeIp': 'Uw IP-adres wordt ingekort voordat het wordt opgeslagen.',
  'analytics.terms': 'Hoe de aanbieder deze gegevens mag gebruiken, wordt beperkt door de [voorwaarden van {provider}]({termsUrl}).',
  'analytics.privacy': 'Lees het [privacybeleid dat voor {provider} geldt]({privacyUrl}).',
  'analytics.addon': 'Om {provider} te stoppen op elke site die u bezoekt, kunt u de [browser-add-on voor afmelden bij {provider}]({optOutUrl}) installeren.',
  'analytics.optOutUrl': 'De aanbieder biedt ook een eigen [afmelding]({optOutUrl}).',
  'analytics.on': '{provider} is op deze site momenteel toegestaan.',
  'analytics.off': '{provider} is op deze site momenteel niet toegestaan.',
  'analytics.stop': '{provider} uitzetten',

  'session-recording': 'Sessie-opname',
  'session-recording.text':
    'Wij gebruiken {provider} om te zien hoe bezoekers onze pagina’s gebruiken en om te vinden wat niet werkt. Alleen zolang de categorie ‘{category}’ is toegestaan, kan het opnemen:',
  'session-recording.service': 'een dienst voor sessie-opname',
  'session-recording.company': '{provider} wordt geleverd door {company}.',
  'session-recording.items': 'klikken, muisbewegingen en scrollen\nde tekst die u op onze pagina’s typt',
  'session-recording.crossSite': 'Het volgt u niet op andere websites.',
  'session-recording.crossSiteYes': 'Het kan u herkennen op andere websites die het gebruiken.',
  'session-recording.privacy': 'Lees het [privacybeleid van {provider}]({privacyUrl}).',
  'session-recording.optOutUrl': 'U kunt het ook uitzetten met [de eigen afmelding]({optOutUrl}).',

  advertising: 'Advertenties',
  'advertising.text':
    'Advertentiepartners kunnen advertenties op de site tonen en meten. Ze kunnen cookies plaatsen en gegevens over uw bezoek ontvangen, die ze gebruiken volgens hun eigen privacybeleid.',
  'advertising.personalised': 'Advertenties kunnen worden gekozen op basis van uw interesses, afgeleid uit uw activiteit op deze en andere sites.',
  'advertising.partners': 'Onze partners zijn: {partners}.',
  'advertising.consent': 'Advertenties werken alleen zolang de categorie ‘{category}’ is toegestaan.',
  'advertising.gpc': 'Een Global Privacy Control-signaal van uw browser wordt behandeld als een weigering.',

  disclosure: 'Wie gegevens ontvangt',
  'disclosure.text': 'Wij delen persoonsgegevens alleen zoals hier beschreven.',
  'disclosure.processors':
    'Dienstverleners die voor ons werken ({processors}). Zij mogen de gegevens alleen gebruiken om hun dienst aan ons te leveren, op grond van een overeenkomst en met geheimhoudingsplicht.',
  'disclosure.processorsAny':
    'Dienstverleners die voor ons werken, zoals voor hosting en ondersteuning. Zij mogen de gegevens alleen gebruiken om hun dienst aan ons te leveren, op grond van een overeenkomst en met geheimhoudingsplicht.',
  'disclosure.payments': 'Betaaldienstverleners, die uw betalingen voor ons afhandelen: {processors}.',
  'disclosure.noCards': 'Wij bewaren het nummer van uw betaalkaart niet.',
  'disclosure.affiliates': 'Bedrijven binnen onze groep, die de gegevens beschermen zoals deze verklaring beschrijft.',
  'disclosure.authorities':
    'Rechtbanken, autoriteiten en anderen wanneer de wet dat vereist, of wanneer het nodig is om rechtsvorderingen in te stellen of ertegen te verweren of om iemands veiligheid te beschermen.',
  'disclosure.acquirers':
    'Een koper of opvolger als ons bedrijf wordt verkocht of fuseert. Wij laten het u weten voordat een andere verklaring op uw gegevens van toepassing wordt.',
  'disclosure.withConsent': 'Anderen, wanneer u ons daarom vraagt of ermee instemt.',
  'disclosure.aggregate': 'Wij kunnen statistieken delen die u niet identificeren.',

  'no-sale': 'Wij verkopen uw gegevens niet',
  'no-sale.text': 'Wij verkopen, verhuren of verhandelen uw persoonsgegevens niet, en wij geven ze niet aan anderen voor hun eigen marketing.',

  'public-areas': 'Openbare delen',
  'public-areas.text':
    'Wat u plaatst in openbare delen van de site ({areas}), kan door iedereen worden gelezen, gekopieerd en gebruikt. Denk na voordat u daar persoonsgegevens plaatst.',
  'public-areas.any':
    'Wat u plaatst in openbare delen van de site, zoals forums en reacties, kan door iedereen worden gelezen, gekopieerd en gebruikt. Denk na voordat u daar persoonsgegevens plaatst.',
  'public-areas.testimonials': 'Wij publiceren de ervaring van een klant met diens naam alleen na diens toestemming.',
  'public-areas.removal': 'Wilt u iets laten verwijderen wat u hebt geplaatst, schrijf dan naar {email}.',

  links: 'Links naar andere sites',
  'links.text':
    'De site linkt naar andere websites. De eigenaren van die websites bepalen welke gegevens zij verzamelen en hoe zij die gebruiken, volgens hun eigen privacyverklaringen; lees die verklaringen voordat u gegevens aan die websites verstrekt.',
  'links.coBranded':
    'Sommige pagina’s dragen onze naam maar worden beheerd door een partner: voor wat u daar opgeeft, geldt de verklaring van de partner, en de pagina vermeldt dat.',

  security: 'Beveiliging',
  'security.text': 'Wij beschermen persoonsgegevens tegen verlies, misbruik en onbevoegde toegang, wijziging of openbaarmaking, met maatregelen waaronder:',
  'security.items':
    'versleutelde verbindingen (HTTPS)\ntoegang alleen voor medewerkers en opdrachtnemers die die nodig hebben, gebonden aan geheimhouding\nfirewalls en bewaking van onze systemen',
  'security.limits':
    'Geen enkel systeem is volledig veilig. Als een inbreuk uw gegevens treft, laten we dat u weten, en de autoriteiten wanneer de wet dat vereist.',
  'security.passwords': 'Houd uw wachtwoord voor uzelf en meld u af wanneer u een computer deelt.',

  transfers: 'Internationale doorgifte',
  'transfers.text': 'Uw gegevens kunnen worden opgeslagen en verwerkt in andere landen dan uw eigen land, waarvan de wetten ze mogelijk anders beschermen.',
  'transfers.countries': 'Dit zijn: {countries}.',
  'transfers.mechanisms':
    'Wanneer wij persoonsgegevens doorgeven buiten de Europese Economische Ruimte, het Verenigd Koninkrijk of Zwitserland, beschermen wij ze met: {mechanisms}. U kunt ons om een kopie van deze waarborgen vragen.',

  retention: 'Hoe lang wij gegevens bewaren',
  'retention.text':
    'Wij bewaren persoonsgegevens alleen zolang we ze nodig hebben voor de doelen in deze verklaring, of zolang de wet dat vereist; daarna verwijderen of anonimiseren we ze.',
  'retention.consent': 'Uw privacykeuzes worden {days} dagen onthouden; daarna vragen we ze opnieuw.',

  rights: 'Uw rechten',
  'rights.text':
    'U kunt ons vragen om een kopie van de persoonsgegevens die wij over u hebben, en ons vragen die te corrigeren of te verwijderen. Wij verwijderen ze, tenzij we ze moeten bewaren, bijvoorbeeld om een dienst te leveren die u gebruikt of om aan een wettelijke verplichting te voldoen.',
  'rights.how': 'Schrijf naar {email}.',
  'rights.portal': 'U kunt uw gegevens ook zelf bijwerken op [{portalUrl}]({portalUrl}).',
  'rights.days': 'Wij antwoorden binnen {days} dagen.',
  'rights.verify': 'Om uw gegevens te beschermen, kunnen we u eerst vragen uw identiteit te bevestigen.',
  'rights.fair': 'Het gebruik van deze rechten kost u niets en leidt nooit tot een slechtere behandeling.',

  'eea-rights': 'Meer rechten in de EER en het Verenigd Koninkrijk',
  'eea-rights.text': 'Als u zich in de Europese Economische Ruimte of het Verenigd Koninkrijk bevindt, hebt u ook deze rechten:',
  'eea-rights.items':
    'wissing: uw gegevens laten verwijderen wanneer wij ze bijvoorbeeld niet meer nodig hebben\nbezwaar: bezwaar maken tegen verwerking op grond van onze gerechtvaardigde belangen, en direct marketing altijd stopzetten\nbeperking: de verwerking laten beperken, bijvoorbeeld terwijl de juistheid van uw gegevens wordt gecontroleerd\noverdraagbaarheid: de gegevens die u ons gaf ontvangen in een gestructureerde, machineleesbare vorm, of ze laten doorsturen naar een andere organisatie\nintrekking: uw toestemming altijd intrekken, net zo gemakkelijk als u die gaf',
  'eea-rights.complaint': 'U kunt een klacht indienen bij een toezichthouder voor gegevensbescherming, met name in het land waar u woont of werkt.',
  'eea-rights.authority': 'Onze leidende toezichthouder is {authority}.',
  'eea-rights.authorityUrl': 'Onze leidende toezichthouder is [{authority}]({authorityUrl}).',

  marketing: 'Marketingberichten',
  'marketing.text': 'Wij sturen u alleen marketing wanneer de wet dat toestaat, bijvoorbeeld als u ermee hebt ingestemd of al klant bent.',
  'marketing.channels': 'Wij kunnen contact met u opnemen via: {channels}.',
  'marketing.unsubscribe': 'Elke marketingmail bevat een afmeldlink. U kunt ook altijd schrijven naar {email}.',
  'marketing.unsubscribeAny': 'Elke marketingmail bevat een afmeldlink, en u kunt ons altijd vragen ermee te stoppen.',
  'marketing.subject': 'Vermeld ‘{subject}’ in de onderwerpregel.',
  'marketing.days': 'Het kan tot {days} werkdagen duren voordat de berichten stoppen.',
  'marketing.service': 'Berichten die u nodig hebt over uw bestellingen, account of diensten blijven we sturen.',

  children: 'Kinderen',
  'children.text':
    'De site is niet bedoeld voor kinderen jonger dan {age} jaar, en wij verzamelen niet bewust hun persoonsgegevens. Denkt u dat een kind ons gegevens heeft gegeven, laat het ons weten en wij verwijderen ze.',

  california: 'Uw privacyrechten in Californië',
  'california.text': 'Als u in Californië woont, geeft de California Consumer Privacy Act, zoals gewijzigd, u de onderstaande rechten.',
  'california.collected': 'Wat wij verzamelen',
  'california.categories': 'In de afgelopen 12 maanden hebben wij deze categorieën persoonsgegevens verzameld:',
  'california.categories.items':
    'identificatiegegevens, zoals uw naam, e-mailadres en IP-adres\ninternetactiviteit, zoals bekeken pagina’s en interacties met de site\ncommerciële gegevens, zoals gekochte producten',
  'california.sources': 'Wij verzamelen ze van:',
  'california.sources.items': 'uzelf\nuw browser en apparaat\ndienstverleners die voor ons werken',
  'california.purposes': 'Wij gebruiken ze voor:',
  'california.purposes.items': 'de doelen beschreven in ‘Hoe wij gegevens gebruiken’',
  'california.recipients': 'Wij verstrekken ze aan:',
  'california.recipients.items': 'de ontvangers beschreven in ‘Wie gegevens ontvangt’',
  'california.retention': 'Hoe lang wij elke categorie bewaren, staat in ‘Hoe lang wij gegevens bewaren’.',
  'california.sale': 'Verkopen en delen',
  'california.noSale': 'Wij verkopen uw persoonsgegevens niet en delen ze niet voor contextoverschrijdende gedragsgerichte advertenties.',
  'california.sells': 'Wij verkopen persoonsgegevens.',
  'california.shares':
    'Wanneer advertenties zijn toegestaan, kunnen advertentiepartners persoonsgegevens ontvangen voor contextoverschrijdende gedragsgerichte advertenties, wat de wet delen noemt.',
  'california.optOut': 'U kunt zich altijd afmelden in uw privacyinstellingen.',
  'california.gpc': 'Een Global Privacy Control-signaal van uw browser wordt gerespecteerd als afmelding.',
  'california.minorsSale': 'Wij verkopen of delen geen persoonsgegevens van iemand van wie wij weten dat die jonger is dan 16 jaar.',
  'california.sensitive': 'Wij gebruiken gevoelige persoonsgegevens niet voor doelen die u het recht zouden geven het gebruik ervan te beperken.',
  'california.sensitiveYes': 'U kunt ons vragen het gebruik van gevoelige persoonsgegevens te beperken tot wat nodig is om onze diensten te leveren.',
  'california.rights': 'Uw rechten',
  'california.rights.items':
    'weten welke persoonsgegevens wij over u verzamelen, gebruiken en verstrekken, en een kopie ontvangen\nde persoonsgegevens laten verwijderen die wij van u hebben verzameld\nonjuiste persoonsgegevens laten corrigeren\nu afmelden voor het verkopen of delen van uw persoonsgegevens',
  'california.how': 'Hoe u een verzoek indient',
  'california.email': 'Schrijf naar {email}.',
  'california.requestUrl': 'Gebruik ons [aanvraagformulier]({requestUrl}).',
  'california.phone': 'Bel {phone}.',
  'california.verify': 'Wij bevestigen uw identiteit door gegevens die u ons geeft te vergelijken met wat wij hebben, en antwoorden binnen {days} dagen.',
  'california.agent':
    'Een gemachtigde kan met uw ondertekende toestemming een verzoek voor u indienen; wij kunnen u vragen uw identiteit rechtstreeks te bevestigen.',
  'california.fair': 'Wij behandelen u niet anders omdat u deze rechten gebruikt: geen andere prijzen en geen andere kwaliteit van dienstverlening.',
  'california.shineTheLight':
    'Op grond van sectie 1798.83 van de California Civil Code (‘Shine the Light’) kunt u ons eenmaal per jaar vragen welke persoonsgegevens wij het voorgaande jaar aan derden hebben verstrekt voor hun direct marketing, en aan wie.',
  'california.minors':
    'Bent u jonger dan 18 jaar en geregistreerd gebruiker, dan kunt u ons op grond van sectie 22581 van de California Business and Professions Code vragen inhoud te verwijderen die u op de site hebt geplaatst. Verwijdering is mogelijk niet volledig, bijvoorbeeld wanneer anderen de inhoud hebben gekopieerd.',

  'do-not-track': 'Do Not Track en Global Privacy Control',
  'do-not-track.text':
    'Browsers kunnen signalen sturen die sites vragen u niet te volgen of uw gegevens niet te verkopen of te delen. Zo gaat de site ermee om, en dit stuurt uw browser nu.',
  'do-not-track.gpc': 'Global Privacy Control',
  'do-not-track.dnt': 'Do Not Track',
  'do-not-track.sent': 'Uw browser stuurt dit signaal.',
  'do-not-track.notSent': 'Uw browser stuurt dit signaal niet.',
  'do-not-track.gpcHonoured':
    'Wij behandelen het, zonder het u te vragen, als een weigering van advertenties en van elke verkoop of elk delen van uw persoonsgegevens.',
  'do-not-track.gpcIgnored': 'Wij doen er niets mee. Gebruik uw privacyinstellingen om advertenties te weigeren.',
  'do-not-track.dntHonoured': 'Wij behandelen het als Global Privacy Control.',
  'do-not-track.dntIgnored':
    'Wij doen er niets mee, omdat er geen gemeenschappelijke standaard is voor wat het betekent. Gebruik in plaats daarvan uw privacyinstellingen.',

  certifications: 'Keurmerken en certificeringen',
  'certifications.text': 'Wij nemen deel aan deze programma’s:',
  'certifications.none': 'Wij nemen niet deel aan privacycertificeringsprogramma’s.',
  'certifications.scope': 'Het omvat {scope}.',
  'certifications.dispute': 'Als wij uw probleem niet oplossen, kunt u [contact opnemen met {name}]({disputeUrl}).',

  changes: 'Wijzigingen in deze verklaring',
  'changes.text':
    'Wanneer wij deze verklaring wijzigen, publiceren we de nieuwe versie hier met een nieuwe ingangsdatum en revisie, en vragen we bij uw volgende bezoek opnieuw naar uw privacykeuzes.',
  'changes.revision': 'Dit is revisie {revision} van de verklaring.',
  'changes.notify': 'Over belangrijke wijzigingen informeren wij u ook: {notify}.',

  sources: 'Waar gegevens vandaan komen',
  'sources.text': 'Naast wat u ons geeft en wat uw browser stuurt, ontvangen wij gegevens over u van:',
  'sources.none': 'Wij verzamelen gegevens alleen bij u en van uw browser; wij verkrijgen ze niet uit andere bronnen.',

  'automated-decisions': 'Geautomatiseerde besluiten en profilering',
  'automated-decisions.text':
    'Wij nemen geen besluiten over u die uitsluitend zijn gebaseerd op geautomatiseerde verwerking, waaronder profilering, en die rechtsgevolgen voor u hebben of u op vergelijkbare wijze aanmerkelijk treffen.',
  'automated-decisions.used':
    'Sommige besluiten over u nemen wij uitsluitend geautomatiseerd: {description}. U kunt vragen dat een mens zo’n besluit beoordeelt, uw standpunt geven en het besluit aanvechten.',
} satisfies Partial<NoticeTexts>;
