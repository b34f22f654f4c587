import type { NoticeTexts } from './en.js';

/**
 * The privacy notice in Italian: the keys and `{placeholders}` of `./en.ts`
 * (test/unit/i18n-notice.test.ts checks that none is missing or changed).
 */
export const it = {
  contents: 'Indice',
  effective: 'Data di entrata in vigore: {date}.',
  date: '{day} {month} {year}',
  'date.months': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'list.two': '{a} e {b}',
  'list.end': '{a} e {b}',

  controller: 'Chi siamo e come contattarci',
  'controller.text':
    '{controller} è responsabile dei dati personali descritti in questa informativa (il «titolare del trattamento»). Puoi scriverci in proposito in qualsiasi momento.',
  'controller.scope': 'Questa informativa riguarda {scope}.',
  'controller.name': 'Nome',
  'controller.address': 'Indirizzo postale',
  'controller.email': 'E-mail',
  'controller.phone': 'Telefono',
  'controller.fax': 'Fax',
  'controller.dpo': 'Responsabile della protezione dei dati',
  'controller.url': 'Sito web',
  'controller.contactUrl': 'Modulo di contatto',
  'controller.representative': 'Rappresentante',

  'information-provided': 'Informazioni che ci fornisci',
  'information-provided.text':
    'Raccogliamo le informazioni che scegli di fornirci, ad esempio quando compili un modulo, crei un account, fai un acquisto o ci scrivi.',
  'information-provided.kinds': 'Possono comprendere:',
  'information-provided.items': 'il tuo nome e i tuoi recapiti\nil contenuto dei tuoi messaggi',
  'information-provided.occasions': 'Ce le fornisci quando:',
  'information-provided.voluntary': 'Fornirci queste informazioni è una tua scelta. Senza di esse potremmo non riuscire a fornirti ciò che hai chiesto.',

  'information-logged': 'Informazioni registrate automaticamente',
  'information-logged.text': 'Quando visiti il sito, i nostri server registrano informazioni tecniche sulla visita:',
  'information-logged.items':
    'il tuo indirizzo IP\nil tipo e la versione del tuo browser e del tuo sistema operativo\nla pagina da cui sei arrivato da noi\nle pagine che visualizzi, con data e ora di ogni visita\nla tua posizione approssimativa, ricavata dal tuo indirizzo IP',
  'information-logged.linked': 'Quando hai effettuato l’accesso, queste informazioni possono essere collegate al tuo account.',
  'information-logged.aggregate': 'Possiamo pubblicare o condividere statistiche ricavate da esse in forma aggregata, che non ti identifica.',

  use: 'Come usiamo le informazioni',
  'use.text': 'Usiamo i dati personali solo per le finalità seguenti o per una finalità compatibile. Per qualsiasi altra finalità te lo chiediamo prima.',
  'use.items':
    'fornire i prodotti e i servizi che richiedi, compresi fatturazione e assistenza\ngestire, proteggere e migliorare il sito e i nostri servizi\nrispondere alle tue domande e richieste\nadempiere ai nostri obblighi di legge',

  'legal-basis': 'Base giuridica (SEE e Regno Unito)',
  'legal-basis.text':
    'Se ti trovi nello Spazio economico europeo o nel Regno Unito, trattiamo i tuoi dati personali solo quando la legge lo consente. Ci basiamo su:',
  'legal-basis.consent': 'il tuo consenso, che puoi revocare in qualsiasi momento senza pregiudicare il trattamento precedente',
  'legal-basis.contract': 'l’esecuzione di un contratto con te o di misure precontrattuali adottate su tua richiesta',
  'legal-basis.legal-obligation': 'l’adempimento di un obbligo di legge',
  'legal-basis.legitimate-interests': 'i nostri legittimi interessi, purché non prevalgano i tuoi interessi, diritti e libertà',
  'legal-basis.vital-interests': 'la salvaguardia degli interessi vitali di una persona',
  'legal-basis.public-task': 'l’esecuzione di un compito di interesse pubblico',
  'legal-basis.interests': 'I nostri legittimi interessi sono: {interests}.',

  cookies: 'Cookie e tecnologie simili',
  'cookies.text':
    'I cookie sono piccoli file che un sito web memorizza nel tuo browser; tecnologie simili conservano informazioni nella memoria del browser. La tabella elenca, per categoria, ogni cookie e ogni chiave di memoria dichiarati dal sito.',
  'cookies.opt-in':
    'Quelli strettamente necessari sono sempre attivi. Tutti gli altri vengono usati solo dopo che hai consentito la loro categoria, e puoi cambiare le tue scelte in qualsiasi momento.',
  'cookies.opt-out':
    'Quelli strettamente necessari sono sempre attivi. Gli altri vengono usati a meno che tu non ti opponga: puoi disattivare qualsiasi categoria in qualsiasi momento.',
  'cookies.notice': 'Servono a far funzionare il sito e a capire come viene usato. Puoi consultarli in qualsiasi momento.',
  'cookies.browser':
    'Puoi anche bloccare o eliminare i cookie nel tuo browser; se blocchi quelli strettamente necessari, alcune parti del sito potrebbero smettere di funzionare.',
  'cookies.caption': 'Cookie e memoria usati su questo sito',
  'cookies.name': 'Nome',
  'cookies.provider': 'Fornitore',
  'cookies.purpose': 'Finalità',
  'cookies.duration': 'Durata',
  'cookies.category': 'Categoria',
  'cookies.consent': 'Ricorda le tue scelte sulla privacy',
  'cookies.days': '{days} giorni',
  'cookies.storage': 'Finché non la elimini (memoria del browser)',
  'cookies.unknown': 'Non indicata',
  'cookies.session': 'Fino alla chiusura del browser',
  'cookies.starts': 'Nomi che iniziano con {text}',
  'cookies.ends': 'Nomi che terminano con {text}',
  'cookies.contains': 'Nomi che contengono {text}',
  'cookies.startsEnds': 'Nomi che iniziano con {start} e terminano con {end}',
  'cookies.matches': 'Nomi che seguono lo schema {text}',
  'cookies.choices': 'Le tue scelte attuali',
  'cookies.on': 'consentito',
  'cookies.off': 'non consentito',
  'cookies.undecided': 'Non hai ancora fatto una scelta.',
  'cookies.settings': 'Modifica le impostazioni privacy',

  'web-beacons': 'Web beacon',
  'web-beacons.text':
    'Un web beacon (detto anche GIF trasparente o pixel) è un’immagine minuscola che segnala al mittente quando è stata caricata, insieme alle informazioni che il tuo browser invia con qualsiasi richiesta.',
  'web-beacons.items': 'contare le visite alle nostre pagine\nmisurare l’effetto delle nostre campagne',
  'web-beacons.purposes': 'Li usiamo per:',
  'web-beacons.pages': 'I beacon delle nostre pagine vengono caricati solo se la loro categoria è consentita nelle tue impostazioni privacy.',
  'web-beacons.thirdParty': 'Alcuni beacon delle nostre pagine provengono da terzi, che ricevono le informazioni che inviano.',
  'web-beacons.emails':
    'Le nostre e-mail possono contenere beacon che ci dicono se un messaggio è stato aperto e quali link sono stati seguiti. Puoi evitarli non caricando le immagini nel tuo programma di posta, e puoi annullare l’iscrizione in qualsiasi momento.',

  analytics: 'Analisi web',
  'analytics.text':
    'Usiamo {provider} per capire come i visitatori usano il sito, così da poterlo migliorare. Imposta cookie e invia informazioni sulla tua visita al suo fornitore. Funziona solo finché la categoria «{category}» è consentita.',
  'analytics.company': '{provider} è fornito da {company}.',
  'analytics.anonymizeIp': 'Il tuo indirizzo IP viene abbreviato prima di essere memorizzato.',
  'analytics.terms': 'L’uso che il fornitore può fare di queste informazioni è limitato dai [termini di {provider}]({termsUrl}).',
  'analytics.privacy': 'Leggi l’[informativa sulla privacy applicabile a {provider}]({privacyUrl}).',
  'analytics.addon':
    'Per bloccare {provider} su tutti i siti che visiti, puoi installare il [componente aggiuntivo del browser per la disattivazione di {provider}]({optOutUrl}).',
  'analytics.optOutUrl': 'Il fornitore offre anche una propria [disattivazione]({optOutUrl}).',
  'analytics.on': '{provider} è attualmente consentito su questo sito.',
  'analytics.off': '{provider} non è attualmente consentito su questo sito.',
  'analytics.stop': 'Disattiva {provider}',

  'session-recording': 'Registrazione delle sessioni',
  'session-recording.text':
    'Usiamo {provider} per vedere come i visitatori usano le nostre pagine e scoprire cosa non funziona. Solo finché la categoria «{category}» è consentita, può registrare:',
  'session-recording.service': 'un servizio di registrazione delle sessioni',
  'session-recording.company': '{provider} è fornito da {company}.',
  'session-recording.items': 'clic, movimenti del mouse e scorrimento\nil testo che digiti nelle nostre pagine',
  'session-recording.crossSite': 'Non ti segue su altri siti web.',
  'session-recording.crossSiteYes': 'Può riconoscerti su altri siti web che lo usano.',
  'session-recording.privacy': 'Leggi l’[informativa sulla privacy di {provider}]({privacyUrl}).',
  'session-recording.optOutUrl': 'Puoi anche disattivarlo con la [sua disattivazione]({optOutUrl}).',

  advertising: 'Pubblicità',
  'advertising.text':
    'I partner pubblicitari possono mostrare e misurare annunci sul sito. Possono impostare cookie e ricevere informazioni sulla tua visita, che usano secondo le proprie informative sulla privacy.',
  'advertising.personalised': 'Gli annunci possono essere scelti in base ai tuoi interessi, dedotti dalla tua attività su questo e su altri siti.',
  'advertising.partners': 'I nostri partner sono: {partners}.',
  'advertising.consent': 'La pubblicità funziona solo finché la categoria «{category}» è consentita.',
  'advertising.gpc': 'Un segnale Global Privacy Control del tuo browser è trattato come un rifiuto.',

  disclosure: 'Chi riceve le informazioni',
  'disclosure.text': 'Condividiamo i dati personali solo come descritto qui.',
  'disclosure.processors':
    'Fornitori di servizi che lavorano per noi ({processors}). Possono usarli solo per fornirci il loro servizio, in base a un contratto e con obbligo di riservatezza.',
  'disclosure.processorsAny':
    'Fornitori di servizi che lavorano per noi, ad esempio per hosting e assistenza. Possono usarli solo per fornirci il loro servizio, in base a un contratto e con obbligo di riservatezza.',
  'disclosure.payments': 'Fornitori di servizi di pagamento, che gestiscono i tuoi pagamenti per nostro conto: {processors}.',
  'disclosure.noCards': 'Non conserviamo il numero della tua carta di pagamento.',
  'disclosure.affiliates': 'Società del nostro gruppo, che li proteggono come descritto in questa informativa.',
  'disclosure.authorities':
    'Tribunali, autorità e altri soggetti quando la legge lo richiede, o quando è necessario per accertare, esercitare o difendere un diritto in sede giudiziaria o per proteggere la sicurezza di chiunque.',
  'disclosure.acquirers':
    'Un acquirente o successore se la nostra attività viene venduta o fusa. Te lo comunicheremo prima che le tue informazioni siano soggette a un’informativa diversa.',
  'disclosure.withConsent': 'Chiunque altro, quando ce lo chiedi o acconsenti.',
  'disclosure.aggregate': 'Possiamo condividere statistiche che non ti identificano.',

  'no-sale': 'Non vendiamo le tue informazioni',
  'no-sale.text': 'Non vendiamo, affittiamo o scambiamo i tuoi dati personali, e non li cediamo ad altri per il loro marketing.',

  'public-areas': 'Aree pubbliche',
  'public-areas.text':
    'Ciò che pubblichi nelle aree pubbliche del sito ({areas}) può essere letto, copiato e usato da chiunque. Rifletti prima di pubblicarvi dati personali.',
  'public-areas.any':
    'Ciò che pubblichi nelle aree pubbliche del sito, come forum e commenti, può essere letto, copiato e usato da chiunque. Rifletti prima di pubblicarvi dati personali.',
  'public-areas.testimonials': 'Pubblichiamo la testimonianza di un cliente con il suo nome solo dopo il suo consenso.',
  'public-areas.removal': 'Per far rimuovere qualcosa che hai pubblicato, scrivi a {email}.',

  links: 'Link ad altri siti',
  'links.text':
    'Il sito contiene link ad altri siti web. I loro titolari decidono quali informazioni raccogliere e come usarle, secondo le proprie informative sulla privacy; leggile prima di fornire loro informazioni.',
  'links.coBranded':
    'Alcune pagine possono riportare il nostro nome ma essere gestite da un partner: a ciò che fornisci lì si applica l’informativa del partner, e la pagina lo indica.',

  security: 'Sicurezza',
  'security.text': 'Proteggiamo i dati personali da perdita, uso improprio e accesso, modifica o divulgazione non autorizzati, con misure che comprendono:',
  'security.items':
    'connessioni cifrate (HTTPS)\naccesso solo per il personale e i collaboratori che ne hanno bisogno, vincolati alla riservatezza\nfirewall e monitoraggio dei nostri sistemi',
  'security.limits':
    'Nessun sistema è completamente sicuro. Se una violazione riguarda le tue informazioni, lo comunicheremo a te e, quando la legge lo richiede, alle autorità.',
  'security.passwords': 'Non condividere la tua password ed esci dall’account quando usi un computer condiviso.',

  transfers: 'Trasferimenti internazionali',
  'transfers.text': 'Le tue informazioni possono essere conservate e trattate in paesi diversi dal tuo, le cui leggi possono proteggerle in modo diverso.',
  'transfers.countries': 'Si tratta di: {countries}.',
  'transfers.mechanisms':
    'Quando trasferiamo dati personali fuori dallo Spazio economico europeo, dal Regno Unito o dalla Svizzera, li proteggiamo con: {mechanisms}. Puoi chiederci una copia di queste garanzie.',

  retention: 'Per quanto tempo conserviamo le informazioni',
  'retention.text':
    'Conserviamo i dati personali solo per il tempo necessario alle finalità di questa informativa, o per quanto richiesto dalla legge; poi li cancelliamo o li rendiamo anonimi.',
  'retention.consent': 'Le tue scelte sulla privacy vengono ricordate per {days} giorni; dopo te le chiediamo di nuovo.',

  rights: 'I tuoi diritti',
  'rights.text':
    'Puoi chiederci una copia dei dati personali che conserviamo su di te e chiederci di correggerli o cancellarli. Li cancelliamo a meno che non dobbiamo conservarli, ad esempio per fornire un servizio che usi o per adempiere a un obbligo di legge.',
  'rights.how': 'Scrivi a {email}.',
  'rights.portal': 'Puoi anche aggiornare le tue informazioni da solo su [{portalUrl}]({portalUrl}).',
  'rights.days': 'Rispondiamo entro {days} giorni.',
  'rights.verify': 'Per proteggere le tue informazioni, potremmo chiederti prima di confermare la tua identità.',
  'rights.fair': 'Esercitare questi diritti non ti costa nulla e non comporterà mai un trattamento peggiore.',

  'eea-rights': 'Altri diritti nel SEE e nel Regno Unito',
  'eea-rights.text': 'Se ti trovi nello Spazio economico europeo o nel Regno Unito, hai anche questi diritti:',
  'eea-rights.items':
    'cancellazione: far cancellare le tue informazioni quando, ad esempio, non ci servono più\nopposizione: opporti al trattamento basato sui nostri legittimi interessi e interrompere il marketing diretto in qualsiasi momento\nlimitazione: far limitare il trattamento, ad esempio mentre si verifica l’esattezza delle tue informazioni\nportabilità: ricevere le informazioni che ci hai fornito in un formato strutturato e leggibile da dispositivo automatico, o farle trasmettere a un’altra organizzazione\nrevoca: revocare il consenso in qualsiasi momento, con la stessa facilità con cui lo hai dato',
  'eea-rights.complaint': 'Puoi proporre reclamo a un’autorità di protezione dei dati, in particolare nel paese in cui vivi o lavori.',
  'eea-rights.authority': 'La nostra autorità capofila è {authority}.',
  'eea-rights.authorityUrl': 'La nostra autorità capofila è [{authority}]({authorityUrl}).',

  marketing: 'Comunicazioni di marketing',
  'marketing.text': 'Ti inviamo comunicazioni di marketing solo quando la legge lo consente, ad esempio se hai acconsentito o sei già cliente.',
  'marketing.channels': 'Possiamo contattarti tramite: {channels}.',
  'marketing.unsubscribe': 'Ogni e-mail di marketing contiene un link per annullare l’iscrizione. Puoi anche scrivere a {email} in qualsiasi momento.',
  'marketing.unsubscribeAny': 'Ogni e-mail di marketing contiene un link per annullare l’iscrizione, e puoi chiederci di smettere in qualsiasi momento.',
  'marketing.subject': 'Indica «{subject}» nell’oggetto.',
  'marketing.days': 'Potrebbero volerci fino a {days} giorni lavorativi prima che i messaggi si interrompano.',
  'marketing.service': 'Continuiamo a inviarti i messaggi necessari relativi ai tuoi ordini, al tuo account o ai tuoi servizi.',

  children: 'Minori',
  'children.text':
    'Il sito non è destinato ai minori di {age} anni e non raccogliamo consapevolmente i loro dati personali. Se ritieni che un minore ci abbia fornito informazioni, diccelo e le cancelleremo.',

  california: 'I tuoi diritti sulla privacy in California',
  'california.text': 'Se vivi in California, il California Consumer Privacy Act, come modificato, ti riconosce i diritti seguenti.',
  'california.collected': 'Cosa raccogliamo',
  'california.categories': 'Negli ultimi 12 mesi abbiamo raccolto queste categorie di dati personali:',
  'california.categories.items':
    'identificativi, come il tuo nome, il tuo indirizzo e-mail e il tuo indirizzo IP\nattività su internet, come le pagine visualizzate e le interazioni con il sito\ninformazioni commerciali, come i prodotti acquistati',
  'california.sources': 'Li raccogliamo dalle seguenti fonti:',
  'california.sources.items': 'tu, quando ce li fornisci\nil tuo browser e il tuo dispositivo\ni fornitori di servizi che lavorano per noi',
  'california.purposes': 'Li usiamo per le seguenti finalità:',
  'california.purposes.items': 'quelle descritte in «Come usiamo le informazioni»',
  'california.recipients': 'Li comunichiamo ai seguenti destinatari:',
  'california.recipients.items': 'quelli descritti in «Chi riceve le informazioni»',
  'california.retention': 'Per quanto tempo conserviamo ciascuna categoria è descritto in «Per quanto tempo conserviamo le informazioni».',
  'california.sale': 'Vendita e condivisione',
  'california.noSale': 'Non vendiamo i tuoi dati personali e non li condividiamo per pubblicità comportamentale cross-contestuale.',
  'california.sells': 'Vendiamo dati personali.',
  'california.shares':
    'Quando la pubblicità è consentita, i partner pubblicitari possono ricevere dati personali per pubblicità comportamentale cross-contestuale, che la legge chiama condivisione.',
  'california.optOut': 'Puoi opporti in qualsiasi momento nelle tue impostazioni privacy.',
  'california.gpc': 'Un segnale Global Privacy Control del tuo browser è rispettato come opposizione.',
  'california.minorsSale': 'Non vendiamo né condividiamo i dati personali di chi sappiamo avere meno di 16 anni.',
  'california.sensitive': 'Non usiamo dati personali sensibili per finalità che ti darebbero il diritto di limitarne l’uso.',
  'california.sensitiveYes': 'Puoi chiederci di limitare l’uso dei tuoi dati personali sensibili a quanto necessario per fornire i nostri servizi.',
  'california.rights': 'I tuoi diritti',
  'california.rights.items':
    'sapere quali dati personali raccogliamo, usiamo e comunichiamo su di te, e riceverne una copia\nfar cancellare i dati personali che abbiamo raccolto da te\nfar correggere i dati personali inesatti\nopporti alla vendita o alla condivisione dei tuoi dati personali',
  'california.how': 'Come presentare una richiesta',
  'california.email': 'Scrivi a {email}.',
  'california.requestUrl': 'Usa il nostro [modulo di richiesta]({requestUrl}).',
  'california.phone': 'Chiama il numero {phone}.',
  'california.verify':
    'Confermiamo la tua identità confrontando le informazioni che ci fornisci con quelle in nostro possesso, e rispondiamo entro {days} giorni.',
  'california.agent':
    'Un agente autorizzato può presentare una richiesta per tuo conto con la tua autorizzazione firmata; potremmo chiederti di confermare direttamente la tua identità.',
  'california.fair': 'Non ti tratteremo diversamente perché eserciti questi diritti: né prezzi diversi né una diversa qualità del servizio.',
  'california.shineTheLight':
    'Ai sensi della sezione 1798.83 del California Civil Code («Shine the Light»), puoi chiederci una volta all’anno quali dati personali abbiamo comunicato a terzi per il loro marketing diretto nell’anno precedente, e a chi.',
  'california.minors':
    'Se hai meno di 18 anni e sei un utente registrato, la sezione 22581 del California Business and Professions Code ti consente di chiederci di rimuovere i contenuti che hai pubblicato sul sito. La rimozione potrebbe non essere completa, ad esempio se altri li hanno copiati.',

  'do-not-track': 'Do Not Track e Global Privacy Control',
  'do-not-track.text':
    'I browser possono inviare segnali che chiedono ai siti di non tracciarti o di non vendere né condividere le tue informazioni. Ecco cosa ne fa il sito, e cosa sta inviando ora il tuo browser.',
  'do-not-track.gpc': 'Global Privacy Control',
  'do-not-track.dnt': 'Do Not Track',
  'do-not-track.sent': 'Il tuo browser sta inviando questo segnale.',
  'do-not-track.notSent': 'Il tuo browser non sta inviando questo segnale.',
  'do-not-track.gpcHonoured':
    'Lo trattiamo, senza chiedertelo, come un rifiuto della pubblicità e di qualsiasi vendita o condivisione dei tuoi dati personali.',
  'do-not-track.gpcIgnored': 'Non ne teniamo conto. Usa le tue impostazioni privacy per rifiutare la pubblicità.',
  'do-not-track.dntHonoured': 'Lo trattiamo come Global Privacy Control.',
  'do-not-track.dntIgnored': 'Non ne teniamo conto, perché non esiste uno standard comune sul suo significato. Usa invece le tue impostazioni privacy.',

  certifications: 'Programmi di fiducia e certificazioni',
  'certifications.text': 'Partecipiamo a questi programmi:',
  'certifications.none': 'Non partecipiamo a programmi di certificazione sulla privacy.',
  'certifications.scope': 'Riguarda {scope}.',
  'certifications.dispute': 'Se non risolviamo il tuo problema, puoi [contattare {name}]({disputeUrl}).',

  changes: 'Modifiche a questa informativa',
  'changes.text':
    'Quando modifichiamo questa informativa, pubblichiamo qui la nuova versione con una nuova data di entrata in vigore e una nuova revisione, e alla tua prossima visita ti chiediamo di nuovo le tue scelte sulla privacy.',
  'changes.revision': 'Questa è la revisione {revision} dell’informativa.',
  'changes.notify': 'Ti informeremo anche delle modifiche importanti: {notify}.',

  sources: 'Da dove provengono le informazioni',
  'sources.text': 'Oltre a ciò che ci fornisci e a ciò che invia il tuo browser, riceviamo informazioni su di te da:',
  'sources.none': 'Raccogliamo informazioni solo da te e dal tuo browser; non le otteniamo da altre fonti.',

  'automated-decisions': 'Decisioni automatizzate e profilazione',
  'automated-decisions.text':
    'Non prendiamo decisioni che ti riguardano basate unicamente su un trattamento automatizzato, compresa la profilazione, che producano effetti giuridici che ti riguardano o che incidano in modo analogo significativamente su di te.',
  'automated-decisions.used':
    'Prendiamo alcune decisioni che ti riguardano con mezzi esclusivamente automatizzati: {description}. Puoi chiedere che una persona riesamini tale decisione, esprimere la tua opinione e contestarla.',
} satisfies Partial<NoticeTexts>;
