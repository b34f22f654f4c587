import type { NoticeTexts } from './en.js';

/**
 * The privacy notice in French: the keys and `{placeholders}` of `./en.ts`
 * (test/unit/i18n-notice.test.ts checks that none is missing or changed).
 */
export const fr = {
  contents: 'Sommaire',
  effective: 'Date d’entrée en vigueur : {date}.',
  date: '{day} {month} {year}',
  'date.months': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'list.two': '{a} et {b}',
  'list.end': '{a} et {b}',

  controller: 'Qui nous sommes et comment nous contacter',
  'controller.text':
    '{controller} est responsable des données personnelles décrites dans la présente politique (le « responsable du traitement »). Vous pouvez nous écrire à ce sujet à tout moment.',
  'controller.scope': 'La présente politique couvre {scope}.',
  'controller.name': 'Nom',
  'controller.address': 'Adresse postale',
  'controller.email': 'E-mail',
  'controller.phone': 'Téléphone',
  'controller.fax': 'Fax',
  'controller.dpo': 'Délégué à la protection des données',
  'controller.url': 'Site web',
  'controller.contactUrl': 'Formulaire de contact',
  'controller.representative': 'Représentant',

  'information-provided': 'Les informations que vous nous donnez',
  'information-provided.text':
    'Nous collectons les informations que vous choisissez de nous donner, par exemple lorsque vous remplissez un formulaire, créez un compte, effectuez un achat ou nous écrivez.',
  'information-provided.kinds': 'Il peut s’agir :',
  'information-provided.items': 'de vos nom et coordonnées\ndu contenu de vos messages',
  'information-provided.occasions': 'Vous nous les donnez lorsque :',
  'information-provided.voluntary':
    'Vous êtes libre de nous donner ces informations. Sans elles, nous ne pourrons peut-être pas fournir ce que vous avez demandé.',

  'information-logged': 'Les informations enregistrées automatiquement',
  'information-logged.text': 'Lorsque vous visitez le site, nos serveurs enregistrent des informations techniques sur la visite :',
  'information-logged.items':
    'votre adresse IP\nle type et la version de votre navigateur et de votre système d’exploitation\nla page qui vous a mené jusqu’à nous\nles pages que vous consultez, ainsi que la date et l’heure de chaque visite\nvotre localisation approximative, déduite de votre adresse IP',
  'information-logged.linked': 'Lorsque vous êtes connecté, ces informations peuvent être associées à votre compte.',
  'information-logged.aggregate': 'Nous pouvons publier ou partager des statistiques qui en sont tirées, sous une forme agrégée qui ne vous identifie pas.',

  use: 'Comment nous utilisons les informations',
  'use.text':
    'Nous utilisons les données personnelles uniquement pour les finalités ci-dessous, ou pour une finalité compatible. Pour toute autre finalité, nous vous demandons d’abord votre accord.',
  'use.items':
    'fournir les produits et services que vous demandez, y compris la facturation et l’assistance\nexploiter, sécuriser et améliorer le site et nos services\nrépondre à vos questions et demandes\nrespecter nos obligations légales',

  'legal-basis': 'Bases juridiques (EEE et Royaume-Uni)',
  'legal-basis.text':
    'Si vous vous trouvez dans l’Espace économique européen ou au Royaume-Uni, nous ne traitons vos données personnelles que lorsque la loi le permet. Nous nous fondons sur :',
  'legal-basis.consent': 'votre consentement, que vous pouvez retirer à tout moment sans remettre en cause le traitement effectué auparavant',
  'legal-basis.contract': 'l’exécution d’un contrat conclu avec vous, ou de mesures précontractuelles prises à votre demande',
  'legal-basis.legal-obligation': 'le respect d’une obligation légale',
  'legal-basis.legitimate-interests': 'nos intérêts légitimes, lorsque vos intérêts et vos libertés et droits fondamentaux ne prévalent pas',
  'legal-basis.vital-interests': 'la sauvegarde des intérêts vitaux d’une personne',
  'legal-basis.public-task': 'l’exécution d’une mission d’intérêt public',
  'legal-basis.interests': 'Nos intérêts légitimes sont : {interests}.',

  cookies: 'Cookies et technologies similaires',
  'cookies.text':
    'Les cookies sont de petits fichiers qu’un site web enregistre dans votre navigateur ; des technologies similaires conservent des informations dans le stockage de votre navigateur. Le tableau liste, par catégorie, chaque cookie et chaque clé de stockage déclarés par le site.',
  'cookies.opt-in':
    'Ceux qui sont strictement nécessaires sont toujours actifs. Tous les autres ne sont utilisés qu’après que vous avez autorisé leur catégorie, et vous pouvez modifier vos choix à tout moment.',
  'cookies.opt-out':
    'Ceux qui sont strictement nécessaires sont toujours actifs. Les autres sont utilisés sauf si vous vous y opposez : vous pouvez désactiver chaque catégorie à tout moment.',
  'cookies.notice': 'Ils servent à faire fonctionner le site et à comprendre comment il est utilisé. Vous pouvez les consulter à tout moment.',
  'cookies.browser':
    'Vous pouvez aussi bloquer ou supprimer les cookies dans votre navigateur ; si vous bloquez ceux qui sont strictement nécessaires, certaines parties du site risquent de ne plus fonctionner.',
  'cookies.caption': 'Cookies et stockage utilisés sur ce site',
  'cookies.name': 'Nom',
  'cookies.provider': 'Fournisseur',
  'cookies.purpose': 'Finalité',
  'cookies.duration': 'Durée',
  'cookies.category': 'Catégorie',
  'cookies.consent': 'Mémorise vos choix de confidentialité',
  'cookies.days': '{days} jours',
  'cookies.storage': 'Jusqu’à ce que vous la supprimiez (stockage du navigateur)',
  'cookies.unknown': 'Non précisée',
  'cookies.session': 'Jusqu’à la fermeture du navigateur',
  'cookies.starts': 'Noms commençant par {text}',
  'cookies.ends': 'Noms se terminant par {text}',
  'cookies.contains': 'Noms contenant {text}',
  'cookies.startsEnds': 'Noms commençant par {start} et se terminant par {end}',
  'cookies.matches': 'Noms suivant le motif {text}',
  'cookies.choices': 'Vos choix actuels',
  'cookies.on': 'autorisé',
  'cookies.off': 'non autorisé',
  'cookies.undecided': 'Vous n’avez pas encore fait de choix.',
  'cookies.settings': 'Modifier vos paramètres de confidentialité',

  'web-beacons': 'Balises web',
  'web-beacons.text':
    'Une balise web (aussi appelée GIF invisible ou pixel) est une minuscule image qui signale à son émetteur le moment où elle a été chargée, avec les informations que votre navigateur envoie avec toute requête.',
  'web-beacons.items': 'compter les visites de nos pages\nmesurer l’effet de nos campagnes',
  'web-beacons.purposes': 'Nous les utilisons pour :',
  'web-beacons.pages': 'Les balises de nos pages ne se chargent que si leur catégorie est autorisée dans vos paramètres de confidentialité.',
  'web-beacons.thirdParty': 'Certaines balises de nos pages proviennent de tiers, qui reçoivent les informations qu’elles envoient.',
  'web-beacons.emails':
    'Nos e-mails peuvent contenir des balises qui nous indiquent si un message a été ouvert et quels liens ont été suivis. Vous pouvez les éviter en ne chargeant pas les images dans votre messagerie, et vous pouvez vous désabonner à tout moment.',

  analytics: 'Mesure d’audience',
  'analytics.text':
    'Nous utilisons {provider} pour comprendre comment les visiteurs utilisent le site afin de l’améliorer. Ce service dépose des cookies et envoie des informations sur votre visite à son fournisseur. Il ne fonctionne que tant que la catégorie « {category} » est autorisée.',
  'analytics.company': '{provider} est fourni par {company}.',
  'analytics.anonymizeIp': 'Votre adresse IP est tronquée avant d’être enregistrée.',
  'analytics.terms': 'L’usage que le fournisseur peut faire de ces informations est limité par les [conditions d’utilisation de {provider}]({termsUrl}).',
  'analytics.privacy': 'Consultez la [politique de confidentialité applicable à {provider}]({privacyUrl}).',
  'analytics.addon':
    'Pour bloquer {provider} sur tous les sites que vous visitez, vous pouvez installer le [module complémentaire de désactivation de {provider}]({optOutUrl}).',
  'analytics.optOutUrl': 'Le fournisseur propose aussi sa propre [désactivation]({optOutUrl}).',
  'analytics.on': '{provider} est actuellement autorisé sur ce site.',
  'analytics.off': '{provider} n’est actuellement pas autorisé sur ce site.',
  'analytics.stop': 'Désactiver {provider}',

  'session-recording': 'Enregistrement de sessions',
  'session-recording.text':
    'Nous utilisons {provider} pour voir comment les visiteurs utilisent nos pages et repérer ce qui ne fonctionne pas. Uniquement tant que la catégorie « {category} » est autorisée, il peut enregistrer :',
  'session-recording.service': 'un service d’enregistrement de sessions',
  'session-recording.company': '{provider} est fourni par {company}.',
  'session-recording.items': 'les clics, les mouvements de la souris et le défilement\nle texte que vous saisissez sur nos pages',
  'session-recording.crossSite': 'Il ne vous suit pas sur d’autres sites web.',
  'session-recording.crossSiteYes': 'Il peut vous reconnaître sur d’autres sites web qui l’utilisent.',
  'session-recording.privacy': 'Consultez la [politique de confidentialité de {provider}]({privacyUrl}).',
  'session-recording.optOutUrl': 'Vous pouvez aussi le désactiver grâce à [sa propre désactivation]({optOutUrl}).',

  advertising: 'Publicité',
  'advertising.text':
    'Des partenaires publicitaires peuvent afficher et mesurer des annonces sur le site. Ils peuvent déposer des cookies et recevoir des informations sur votre visite, qu’ils utilisent selon leurs propres politiques de confidentialité.',
  'advertising.personalised': 'Les annonces peuvent être choisies selon vos centres d’intérêt, déduits de votre activité sur ce site et sur d’autres.',
  'advertising.partners': 'Nos partenaires sont : {partners}.',
  'advertising.consent': 'La publicité ne fonctionne que tant que la catégorie « {category} » est autorisée.',
  'advertising.gpc': 'Un signal Global Privacy Control de votre navigateur est traité comme un refus.',

  disclosure: 'Qui reçoit les informations',
  'disclosure.text': 'Nous ne partageons les données personnelles que de la manière décrite ici.',
  'disclosure.processors':
    'Les prestataires qui travaillent pour nous ({processors}). Ils ne peuvent les utiliser que pour nous fournir leur service, dans le cadre d’un contrat et sous obligation de confidentialité.',
  'disclosure.processorsAny':
    'Les prestataires qui travaillent pour nous, par exemple pour l’hébergement et l’assistance. Ils ne peuvent les utiliser que pour nous fournir leur service, dans le cadre d’un contrat et sous obligation de confidentialité.',
  'disclosure.payments': 'Les prestataires de paiement, qui traitent vos paiements pour nous : {processors}.',
  'disclosure.noCards': 'Nous ne conservons pas le numéro de votre carte de paiement.',
  'disclosure.affiliates': 'Les sociétés de notre groupe, qui les protègent comme le décrit la présente politique.',
  'disclosure.authorities':
    'Les tribunaux, les autorités et d’autres personnes lorsque la loi l’exige, ou lorsque c’est nécessaire pour constater, exercer ou défendre des droits en justice ou pour protéger la sécurité de quiconque.',
  'disclosure.acquirers':
    'Un acquéreur ou successeur en cas de vente ou de fusion de notre entreprise. Nous vous en informerons avant que vos informations ne relèvent d’une autre politique.',
  'disclosure.withConsent': 'Toute autre personne, lorsque vous nous le demandez ou l’acceptez.',
  'disclosure.aggregate': 'Nous pouvons partager des statistiques qui ne vous identifient pas.',

  'no-sale': 'Nous ne vendons pas vos informations',
  'no-sale.text':
    'Nous ne vendons, ne louons et n’échangeons pas vos données personnelles, et nous ne les transmettons pas à d’autres pour leur propre prospection commerciale.',

  'public-areas': 'Espaces publics',
  'public-areas.text':
    'Ce que vous publiez dans les espaces publics du site ({areas}) peut être lu, copié et utilisé par n’importe qui. Réfléchissez avant d’y publier des données personnelles.',
  'public-areas.any':
    'Ce que vous publiez dans les espaces publics du site, comme les forums et les commentaires, peut être lu, copié et utilisé par n’importe qui. Réfléchissez avant d’y publier des données personnelles.',
  'public-areas.testimonials': 'Nous ne publions le témoignage d’un client avec son nom qu’avec son accord.',
  'public-areas.removal': 'Pour faire retirer un contenu que vous avez publié, écrivez à {email}.',

  links: 'Liens vers d’autres sites',
  'links.text':
    'Le site contient des liens vers d’autres sites web. Leurs propriétaires décident des informations qu’ils collectent et de leur usage, selon leurs propres politiques de confidentialité ; lisez-les avant de leur transmettre des informations.',
  'links.coBranded':
    'Certaines pages peuvent porter notre nom tout en étant gérées par un partenaire : la politique du partenaire s’applique à ce que vous y communiquez, et la page l’indique.',

  security: 'Sécurité',
  'security.text':
    'Nous protégeons les données personnelles contre la perte, l’utilisation abusive et l’accès, la modification ou la divulgation non autorisés, par des mesures qui comprennent :',
  'security.items':
    'des connexions chiffrées (HTTPS)\nun accès réservé au personnel et aux sous-traitants qui en ont besoin, tenus à la confidentialité\ndes pare-feu et la surveillance de nos systèmes',
  'security.limits':
    'Aucun système n’est totalement sûr. Si une violation concerne vos informations, nous vous en informerons, ainsi que les autorités lorsque la loi l’exige.',
  'security.passwords': 'Gardez votre mot de passe pour vous et déconnectez-vous lorsque vous partagez un ordinateur.',

  transfers: 'Transferts internationaux',
  'transfers.text': 'Vos informations peuvent être stockées et traitées dans d’autres pays que le vôtre, dont les lois peuvent les protéger différemment.',
  'transfers.countries': 'Il s’agit de : {countries}.',
  'transfers.mechanisms':
    'Lorsque nous transférons des données personnelles hors de l’Espace économique européen, du Royaume-Uni ou de la Suisse, nous les protégeons par : {mechanisms}. Vous pouvez nous demander une copie de ces garanties.',

  retention: 'Combien de temps nous conservons les informations',
  'retention.text':
    'Nous conservons les données personnelles uniquement le temps nécessaire aux finalités de la présente politique, ou aussi longtemps que la loi l’exige ; ensuite, nous les supprimons ou les anonymisons.',
  'retention.consent': 'Vos choix de confidentialité sont mémorisés pendant {days} jours ; ensuite, nous vous les demandons à nouveau.',

  rights: 'Vos droits',
  'rights.text':
    'Vous pouvez nous demander une copie des données personnelles que nous détenons sur vous, et nous demander de les rectifier ou de les supprimer. Nous les supprimons, sauf si nous devons les conserver, par exemple pour fournir un service que vous utilisez ou respecter une obligation légale.',
  'rights.how': 'Écrivez à {email}.',
  'rights.portal': 'Vous pouvez aussi mettre à jour vos informations vous-même sur [{portalUrl}]({portalUrl}).',
  'rights.days': 'Nous répondons sous {days} jours.',
  'rights.verify': 'Pour protéger vos informations, nous pouvons d’abord vous demander de confirmer votre identité.',
  'rights.fair': 'L’exercice de ces droits est gratuit et n’entraînera jamais de traitement moins favorable.',

  'eea-rights': 'Droits supplémentaires dans l’EEE et au Royaume-Uni',
  'eea-rights.text': 'Si vous vous trouvez dans l’Espace économique européen ou au Royaume-Uni, vous disposez également des droits suivants :',
  'eea-rights.items':
    'effacement : faire supprimer vos informations lorsque, par exemple, nous n’en avons plus besoin\nopposition : vous opposer au traitement fondé sur nos intérêts légitimes, et faire cesser la prospection à tout moment\nlimitation : faire limiter le traitement, par exemple pendant la vérification de l’exactitude de vos informations\nportabilité : recevoir les informations que vous nous avez fournies dans un format structuré et lisible par machine, ou les faire transmettre à un autre organisme\nretrait : retirer votre consentement à tout moment, aussi facilement que vous l’avez donné',
  'eea-rights.complaint':
    'Vous pouvez introduire une réclamation auprès d’une autorité de protection des données, notamment dans le pays où vous vivez ou travaillez.',
  'eea-rights.authority': 'Notre autorité chef de file est {authority}.',
  'eea-rights.authorityUrl': 'Notre autorité chef de file est [{authority}]({authorityUrl}).',

  marketing: 'Communications commerciales',
  'marketing.text':
    'Nous ne vous envoyons de communications commerciales que lorsque la loi le permet, par exemple si vous l’avez accepté ou si vous êtes déjà client.',
  'marketing.channels': 'Nous pouvons vous contacter par : {channels}.',
  'marketing.unsubscribe': 'Chaque e-mail commercial contient un lien de désabonnement. Vous pouvez aussi écrire à {email} à tout moment.',
  'marketing.unsubscribeAny': 'Chaque e-mail commercial contient un lien de désabonnement, et vous pouvez nous demander d’arrêter à tout moment.',
  'marketing.subject': 'Indiquez « {subject} » en objet.',
  'marketing.days': 'Il peut s’écouler jusqu’à {days} jours ouvrés avant que les messages ne cessent.',
  'marketing.service': 'Nous continuons à vous envoyer les messages nécessaires concernant vos commandes, votre compte ou vos services.',

  children: 'Enfants',
  'children.text':
    'Le site ne s’adresse pas aux enfants de moins de {age} ans, et nous ne collectons pas sciemment leurs données personnelles. Si vous pensez qu’un enfant nous a communiqué des informations, dites-le-nous et nous les supprimerons.',

  california: 'Vos droits en Californie',
  'california.text': 'Si vous résidez en Californie, le California Consumer Privacy Act, tel que modifié, vous accorde les droits ci-dessous.',
  'california.collected': 'Ce que nous collectons',
  'california.categories': 'Au cours des 12 derniers mois, nous avons collecté ces catégories de données personnelles :',
  'california.categories.items':
    'des identifiants, comme votre nom, votre adresse e-mail et votre adresse IP\nl’activité sur internet, comme les pages consultées et les interactions avec le site\ndes informations commerciales, comme les produits achetés',
  'california.sources': 'Nous les collectons auprès des sources suivantes :',
  'california.sources.items': 'vous-même\nvotre navigateur et votre appareil\nles prestataires qui travaillent pour nous',
  'california.purposes': 'Nous les utilisons aux fins suivantes :',
  'california.purposes.items': 'celles décrites dans « Comment nous utilisons les informations »',
  'california.recipients': 'Nous les communiquons aux destinataires suivants :',
  'california.recipients.items': 'ceux décrits dans « Qui reçoit les informations »',
  'california.retention': 'La durée de conservation de chaque catégorie est décrite dans « Combien de temps nous conservons les informations ».',
  'california.sale': 'Vente et partage',
  'california.noSale': 'Nous ne vendons pas vos données personnelles et ne les partageons pas à des fins de publicité comportementale intercontextuelle.',
  'california.sells': 'Nous vendons des données personnelles.',
  'california.shares':
    'Lorsque la publicité est autorisée, des partenaires publicitaires peuvent recevoir des données personnelles à des fins de publicité comportementale intercontextuelle, ce que la loi appelle un partage.',
  'california.optOut': 'Vous pouvez vous y opposer à tout moment dans vos paramètres de confidentialité.',
  'california.gpc': 'Un signal Global Privacy Control de votre navigateur est respecté comme une opposition.',
  'california.minorsSale': 'Nous ne vendons ni ne partageons les données personnelles de quiconque dont nous savons qu’il a moins de 16 ans.',
  'california.sensitive': 'Nous n’utilisons pas de données personnelles sensibles à des fins qui vous donneraient le droit d’en limiter l’usage.',
  'california.sensitiveYes':
    'Vous pouvez nous demander de limiter l’usage de vos données personnelles sensibles à ce qui est nécessaire pour fournir nos services.',
  'california.rights': 'Vos droits',
  'california.rights.items':
    'savoir quelles données personnelles nous collectons, utilisons et communiquons à votre sujet, et en recevoir une copie\nfaire supprimer les données personnelles que nous avons collectées auprès de vous\nfaire rectifier des données personnelles inexactes\nvous opposer à la vente ou au partage de vos données personnelles',
  'california.how': 'Comment faire une demande',
  'california.email': 'Écrivez à {email}.',
  'california.requestUrl': 'Utilisez notre [formulaire de demande]({requestUrl}).',
  'california.phone': 'Appelez le {phone}.',
  'california.verify':
    'Nous vérifions votre identité en comparant les informations que vous nous donnez avec celles que nous détenons, et nous répondons sous {days} jours.',
  'california.agent':
    'Un mandataire autorisé peut faire une demande pour vous avec votre autorisation signée ; nous pouvons vous demander de confirmer directement votre identité.',
  'california.fair': 'Nous ne vous traiterons pas différemment parce que vous exercez ces droits : ni autres prix, ni autre qualité de service.',
  'california.shineTheLight':
    'En vertu de la section 1798.83 du California Civil Code (« Shine the Light »), vous pouvez nous demander une fois par an quelles données personnelles nous avons communiquées à des tiers pour leur prospection directe l’année précédente, et à qui.',
  'california.minors':
    'Si vous avez moins de 18 ans et êtes un utilisateur inscrit, la section 22581 du California Business and Professions Code vous permet de nous demander de retirer un contenu que vous avez publié sur le site. Le retrait peut ne pas être complet, par exemple lorsque d’autres l’ont copié.',

  'do-not-track': 'Do Not Track et Global Privacy Control',
  'do-not-track.text':
    'Les navigateurs peuvent envoyer des signaux demandant aux sites de ne pas vous suivre ou de ne pas vendre ni partager vos informations. Voici ce que le site en fait, et ce que votre navigateur envoie actuellement.',
  'do-not-track.gpc': 'Global Privacy Control',
  'do-not-track.dnt': 'Do Not Track',
  'do-not-track.sent': 'Votre navigateur envoie ce signal.',
  'do-not-track.notSent': 'Votre navigateur n’envoie pas ce signal.',
  'do-not-track.gpcHonoured':
    'Nous le traitons, sans vous le demander, comme un refus de la publicité et de toute vente ou tout partage de vos données personnelles.',
  'do-not-track.gpcIgnored': 'Nous n’en tenons pas compte. Utilisez vos paramètres de confidentialité pour refuser la publicité.',
  'do-not-track.dntHonoured': 'Nous le traitons comme Global Privacy Control.',
  'do-not-track.dntIgnored':
    'Nous n’en tenons pas compte, car il n’existe pas de norme commune sur sa signification. Utilisez plutôt vos paramètres de confidentialité.',

  certifications: 'Programmes de confiance et certifications',
  'certifications.text': 'Nous participons à ces programmes :',
  'certifications.none': 'Nous ne participons à aucun programme de certification en matière de confidentialité.',
  'certifications.scope': 'Il couvre {scope}.',
  'certifications.dispute': 'Si nous ne résolvons pas votre problème, vous pouvez [contacter {name}]({disputeUrl}).',

  changes: 'Modifications de la présente politique',
  'changes.text':
    'Lorsque nous modifions la présente politique, nous publions ici la nouvelle version avec une nouvelle date d’entrée en vigueur et une nouvelle révision, et nous vous redemandons vos choix de confidentialité lors de votre prochaine visite.',
  'changes.revision': 'Ceci est la révision {revision} de la politique.',
  'changes.notify': 'Nous vous informerons aussi des changements importants : {notify}.',

  sources: 'D’où viennent les informations',
  'sources.text': 'Outre ce que vous nous donnez et ce que votre navigateur envoie, nous recevons des informations vous concernant de :',
  'sources.none': 'Nous ne collectons des informations qu’auprès de vous et de votre navigateur ; nous n’en obtenons pas d’autres sources.',

  'automated-decisions': 'Décisions automatisées et profilage',
  'automated-decisions.text':
    'Nous ne prenons à votre sujet aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',
  'automated-decisions.used':
    'Nous prenons certaines décisions vous concernant par des moyens exclusivement automatisés : {description}. Vous pouvez demander qu’une personne réexamine une telle décision, exprimer votre point de vue et la contester.',
} satisfies Partial<NoticeTexts>;
