import type { NoticeTexts } from './en.js';

/**
 * The privacy notice in Spanish: the keys and `{placeholders}` of `./en.ts`
 * (test/unit/i18n-notice.test.ts checks that none is missing or changed).
 */
export const es = {
  contents: 'Índice',
  effective: 'Fecha de entrada en vigor: {date}.',
  date: '{day} de {month} de {year}',
  'date.months': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'list.two': '{a} y {b}',
  'list.end': '{a} y {b}',

  controller: 'Quiénes somos y cómo contactarnos',
  'controller.text':
    '{controller} es responsable de los datos personales descritos en este aviso (el «responsable del tratamiento»). Puede escribirnos al respecto en cualquier momento.',
  'controller.scope': 'Este aviso abarca {scope}.',
  'controller.name': 'Nombre',
  'controller.address': 'Dirección postal',
  'controller.email': 'Correo electrónico',
  'controller.phone': 'Teléfono',
  'controller.fax': 'Fax',
  'controller.dpo': 'Delegado de protección de datos',
  'controller.url': 'Sitio web',
  'controller.contactUrl': 'Formulario de contacto',
  'controller.representative': 'Representante',

  'information-provided': 'Información que usted nos da',
  'information-provided.text':
    'Recogemos la información que usted decide darnos, por ejemplo cuando rellena un formulario, crea una cuenta, nos compra algo o nos escribe.',
  'information-provided.kinds': 'Puede incluir:',
  'information-provided.items': 'su nombre y sus datos de contacto\nel contenido de sus mensajes',
  'information-provided.occasions': 'Nos la da cuando:',
  'information-provided.voluntary': 'Darnos esta información depende de usted. Sin ella, es posible que no podamos ofrecerle lo que ha pedido.',

  'information-logged': 'Información registrada automáticamente',
  'information-logged.text': 'Cuando visita el sitio, nuestros servidores registran información técnica sobre la visita:',
  'information-logged.items':
    'su dirección IP\nel tipo y la versión de su navegador y de su sistema operativo\nla página desde la que llegó hasta nosotros\nlas páginas que consulta, y la fecha y hora de cada visita\nsu ubicación aproximada, deducida de su dirección IP',
  'information-logged.linked': 'Cuando ha iniciado sesión, esta información puede vincularse a su cuenta.',
  'information-logged.aggregate': 'Podemos publicar o compartir estadísticas elaboradas a partir de ella de forma agregada, sin identificarle.',

  use: 'Cómo usamos la información',
  'use.text':
    'Usamos los datos personales solo para los fines siguientes o para un fin compatible con ellos. Para cualquier otro fin, se lo preguntamos antes.',
  'use.items':
    'prestar los productos y servicios que nos pide, incluidos la facturación y el soporte\nhacer funcionar, proteger y mejorar el sitio y nuestros servicios\nresponder a sus preguntas y solicitudes\ncumplir nuestras obligaciones legales',

  'legal-basis': 'Base jurídica (EEE y Reino Unido)',
  'legal-basis.text':
    'Si se encuentra en el Espacio Económico Europeo o en el Reino Unido, tratamos sus datos personales solo cuando la ley lo permite. Nos basamos en:',
  'legal-basis.consent': 'su consentimiento, que puede retirar en cualquier momento sin que ello afecte al tratamiento anterior',
  'legal-basis.contract': 'la ejecución de un contrato con usted o la aplicación de medidas que nos pida antes de celebrarlo',
  'legal-basis.legal-obligation': 'el cumplimiento de una obligación legal',
  'legal-basis.legitimate-interests': 'nuestros intereses legítimos, cuando sobre ellos no prevalezcan sus intereses, derechos y libertades',
  'legal-basis.vital-interests': 'la protección de intereses vitales de una persona',
  'legal-basis.public-task': 'el cumplimiento de una misión de interés público',
  'legal-basis.interests': 'Nuestros intereses legítimos son: {interests}.',

  cookies: 'Cookies y tecnologías similares',
  'cookies.text':
    'Las cookies son pequeños archivos que un sitio web guarda en su navegador; las tecnologías similares guardan información en el almacenamiento de su navegador. La tabla enumera, por categoría, cada cookie y cada clave de almacenamiento que declara el sitio.',
  'cookies.opt-in':
    'Las estrictamente necesarias están siempre activas. Todas las demás solo se usan después de que usted permita su categoría, y puede cambiar sus opciones en cualquier momento.',
  'cookies.opt-out':
    'Las estrictamente necesarias están siempre activas. Las demás se usan salvo que usted se oponga: puede desactivar cualquier categoría en cualquier momento.',
  'cookies.notice': 'Se usan para hacer funcionar el sitio y entender cómo se utiliza. Puede revisarlas en cualquier momento.',
  'cookies.browser':
    'También puede bloquear o eliminar las cookies en su navegador; si bloquea las estrictamente necesarias, algunas partes del sitio pueden dejar de funcionar.',
  'cookies.caption': 'Cookies y almacenamiento usados en este sitio',
  'cookies.name': 'Nombre',
  'cookies.provider': 'Proveedor',
  'cookies.purpose': 'Finalidad',
  'cookies.duration': 'Duración',
  'cookies.category': 'Categoría',
  'cookies.consent': 'Recuerda sus opciones de privacidad',
  'cookies.days': '{days} días',
  'cookies.storage': 'Hasta que la elimine (almacenamiento del navegador)',
  'cookies.unknown': 'No indicada',
  'cookies.session': 'Hasta que cierre el navegador',
  'cookies.starts': 'Nombres que empiezan por {text}',
  'cookies.ends': 'Nombres que terminan en {text}',
  'cookies.contains': 'Nombres que contienen {text}',
  'cookies.startsEnds': 'Nombres que empiezan por {start} y terminan en {end}',
  'cookies.matches': 'Nombres que siguen el patrón {text}',
  'cookies.choices': 'Sus opciones actuales',
  'cookies.on': 'permitido',
  'cookies.off': 'no permitido',
  'cookies.undecided': 'Todavía no ha elegido.',
  'cookies.settings': 'Cambiar la configuración de privacidad',

  'web-beacons': 'Balizas web',
  'web-beacons.text':
    'Una baliza web (también llamada GIF transparente o píxel) es una imagen diminuta que indica a su emisor cuándo se cargó, junto con la información que su navegador envía con cualquier solicitud.',
  'web-beacons.items': 'contar las visitas a nuestras páginas\nmedir el efecto de nuestras campañas',
  'web-beacons.purposes': 'Las usamos para:',
  'web-beacons.pages': 'Las balizas de nuestras páginas solo se cargan cuando su categoría está permitida en su configuración de privacidad.',
  'web-beacons.thirdParty': 'Algunas balizas de nuestras páginas proceden de terceros, que reciben la información que envían.',
  'web-beacons.emails':
    'Nuestros correos pueden contener balizas que nos indican si se abrió un mensaje y qué enlaces se siguieron. Puede evitarlas no cargando imágenes en su programa de correo, y puede darse de baja en cualquier momento.',

  analytics: 'Analítica web',
  'analytics.text':
    'Usamos {provider} para entender cómo usan el sitio los visitantes y así mejorarlo. Instala cookies y envía información sobre su visita a su proveedor. Solo funciona mientras la categoría «{category}» esté permitida.',
  'analytics.company': '{provider} es un servicio de {company}.',
  'analytics.anonymizeIp': 'Su dirección IP se acorta antes de guardarse.',
  'analytics.terms': 'Las [condiciones de uso de {provider}]({termsUrl}) limitan cómo puede usar el proveedor esta información.',
  'analytics.privacy': 'Lea la [política de privacidad aplicable a {provider}]({privacyUrl}).',
  'analytics.addon':
    'Para detener {provider} en todos los sitios que visite, puede instalar el [complemento de inhabilitación de {provider} para el navegador]({optOutUrl}).',
  'analytics.optOutUrl': 'El proveedor también ofrece su propia [exclusión]({optOutUrl}).',
  'analytics.on': '{provider} está permitido actualmente en este sitio.',
  'analytics.off': '{provider} no está permitido actualmente en este sitio.',
  'analytics.stop': 'Desactivar {provider}',

  'session-recording': 'Grabación de sesiones',
  'session-recording.text':
    'Usamos {provider} para ver cómo usan nuestras páginas los visitantes y descubrir lo que no funciona. Solo mientras la categoría «{category}» esté permitida, puede grabar:',
  'session-recording.service': 'un servicio de grabación de sesiones',
  'session-recording.company': '{provider} es un servicio de {company}.',
  'session-recording.items': 'clics, movimientos del ratón y desplazamientos\nel texto que escribe en nuestras páginas',
  'session-recording.crossSite': 'No le sigue por otros sitios web.',
  'session-recording.crossSiteYes': 'Puede reconocerle en otros sitios web que lo usen.',
  'session-recording.privacy': 'Lea la [política de privacidad de {provider}]({privacyUrl}).',
  'session-recording.optOutUrl': 'También puede desactivarlo con [su propia exclusión]({optOutUrl}).',

  advertising: 'Publicidad',
  'advertising.text':
    'Los socios publicitarios pueden mostrar y medir anuncios en el sitio. Pueden instalar cookies y recibir información sobre su visita, que usan conforme a sus propias políticas de privacidad.',
  'advertising.personalised': 'Los anuncios pueden elegirse según sus intereses, deducidos de su actividad en este y otros sitios.',
  'advertising.partners': 'Nuestros socios son: {partners}.',
  'advertising.consent': 'La publicidad solo funciona mientras la categoría «{category}» esté permitida.',
  'advertising.gpc': 'Una señal Global Privacy Control de su navegador se trata como un rechazo.',

  disclosure: 'Quién recibe la información',
  'disclosure.text': 'Solo compartimos datos personales como se describe aquí.',
  'disclosure.processors':
    'Proveedores de servicios que trabajan para nosotros ({processors}). Solo pueden usarlos para prestarnos su servicio, mediante contrato y con deber de confidencialidad.',
  'disclosure.processorsAny':
    'Proveedores de servicios que trabajan para nosotros, como alojamiento y soporte. Solo pueden usarlos para prestarnos su servicio, mediante contrato y con deber de confidencialidad.',
  'disclosure.payments': 'Proveedores de pago, que gestionan sus pagos por nosotros: {processors}.',
  'disclosure.noCards': 'No guardamos el número de su tarjeta de pago.',
  'disclosure.affiliates': 'Empresas de nuestro grupo, que los protegen como describe este aviso.',
  'disclosure.authorities':
    'Tribunales, autoridades y otros cuando la ley lo exige, o cuando es necesario para formular o defender reclamaciones o proteger la seguridad de cualquier persona.',
  'disclosure.acquirers':
    'Un comprador o sucesor si nuestra empresa se vende o se fusiona. Se lo comunicaremos antes de que su información quede sujeta a otro aviso.',
  'disclosure.withConsent': 'Cualquier otra persona, cuando usted nos lo pida o lo acepte.',
  'disclosure.aggregate': 'Podemos compartir estadísticas que no le identifican.',

  'no-sale': 'No vendemos su información',
  'no-sale.text': 'No vendemos, alquilamos ni intercambiamos sus datos personales, ni los cedemos a otros para su propia publicidad.',

  'public-areas': 'Zonas públicas',
  'public-areas.text':
    'Lo que publique en las zonas públicas del sitio ({areas}) puede leerlo, copiarlo y usarlo cualquiera. Piénselo antes de publicar allí datos personales.',
  'public-areas.any':
    'Lo que publique en las zonas públicas del sitio, como foros y comentarios, puede leerlo, copiarlo y usarlo cualquiera. Piénselo antes de publicar allí datos personales.',
  'public-areas.testimonials': 'Solo publicamos el testimonio de un cliente con su nombre si da su acuerdo.',
  'public-areas.removal': 'Para que retiremos algo que haya publicado, escriba a {email}.',

  links: 'Enlaces a otros sitios',
  'links.text':
    'El sitio enlaza con otros sitios web. Sus titulares deciden qué información recogen y cómo la usan, conforme a sus propios avisos de privacidad; léalos antes de darles información.',
  'links.coBranded':
    'Algunas páginas pueden llevar nuestro nombre pero estar gestionadas por un socio: a lo que usted indique allí se aplica el aviso del socio, y la página lo indica.',

  security: 'Seguridad',
  'security.text':
    'Protegemos los datos personales frente a la pérdida, el uso indebido y el acceso, la modificación o la divulgación no autorizados, con medidas que incluyen:',
  'security.items':
    'conexiones cifradas (HTTPS)\nacceso solo para el personal y los contratistas que lo necesitan, sujetos a confidencialidad\ncortafuegos y supervisión de nuestros sistemas',
  'security.limits':
    'Ningún sistema es completamente seguro. Si una brecha afecta a su información, se lo comunicaremos a usted y, cuando la ley lo exija, a las autoridades.',
  'security.passwords': 'No comparta su contraseña y cierre la sesión cuando use un ordenador compartido.',

  transfers: 'Transferencias internacionales',
  'transfers.text': 'Su información puede almacenarse y tratarse en países distintos del suyo, cuyas leyes pueden protegerla de otra manera.',
  'transfers.countries': 'Son: {countries}.',
  'transfers.mechanisms':
    'Cuando transferimos datos personales fuera del Espacio Económico Europeo, el Reino Unido o Suiza, los protegemos con: {mechanisms}. Puede pedirnos una copia de estas garantías.',

  retention: 'Cuánto tiempo conservamos la información',
  'retention.text':
    'Conservamos los datos personales solo mientras los necesitamos para los fines de este aviso, o según lo exija la ley; después los eliminamos o los anonimizamos.',
  'retention.consent': 'Sus opciones de privacidad se recuerdan durante {days} días; después se las volvemos a preguntar.',

  rights: 'Sus derechos',
  'rights.text':
    'Puede pedirnos una copia de los datos personales que tenemos sobre usted y pedirnos que los corrijamos o los eliminemos. Los eliminamos salvo que debamos conservarlos, por ejemplo para prestar un servicio que usa o para cumplir una obligación legal.',
  'rights.how': 'Escriba a {email}.',
  'rights.portal': 'También puede actualizar su información usted mismo en [{portalUrl}]({portalUrl}).',
  'rights.days': 'Respondemos en un plazo de {days} días.',
  'rights.verify': 'Para proteger su información, podemos pedirle primero que confirme su identidad.',
  'rights.fair': 'Ejercer estos derechos no le cuesta nada y nunca supondrá un trato peor.',

  'eea-rights': 'Otros derechos en el EEE y el Reino Unido',
  'eea-rights.text': 'Si se encuentra en el Espacio Económico Europeo o en el Reino Unido, también tiene estos derechos:',
  'eea-rights.items':
    'supresión: que eliminemos su información cuando, por ejemplo, ya no la necesitemos\noposición: oponerse al tratamiento basado en nuestros intereses legítimos y detener la mercadotecnia directa en cualquier momento\nlimitación: que se limite el tratamiento, por ejemplo mientras se comprueba la exactitud de su información\nportabilidad: recibir la información que nos dio en un formato estructurado y de lectura mecánica, o que se envíe a otra organización\nretirada: retirar su consentimiento en cualquier momento, con la misma facilidad con que lo dio',
  'eea-rights.complaint': 'Puede presentar una reclamación ante una autoridad de protección de datos, en particular en el país donde vive o trabaja.',
  'eea-rights.authority': 'Nuestra autoridad principal es {authority}.',
  'eea-rights.authorityUrl': 'Nuestra autoridad principal es [{authority}]({authorityUrl}).',

  marketing: 'Comunicaciones comerciales',
  'marketing.text': 'Solo le enviamos comunicaciones comerciales cuando la ley lo permite, por ejemplo si lo ha aceptado o si ya es cliente.',
  'marketing.channels': 'Podemos contactarle por: {channels}.',
  'marketing.unsubscribe': 'Cada correo comercial incluye un enlace para darse de baja. También puede escribir a {email} en cualquier momento.',
  'marketing.unsubscribeAny': 'Cada correo comercial incluye un enlace para darse de baja, y puede pedirnos que paremos en cualquier momento.',
  'marketing.subject': 'Indique «{subject}» en el asunto.',
  'marketing.days': 'Pueden pasar hasta {days} días hábiles hasta que dejen de llegar los mensajes.',
  'marketing.service': 'Seguiremos enviándole los mensajes que necesita sobre sus pedidos, su cuenta o sus servicios.',

  children: 'Menores',
  'children.text':
    'El sitio no está dirigido a menores de {age} años y no recogemos a sabiendas sus datos personales. Si cree que un menor nos ha dado información, díganoslo y la eliminaremos.',

  california: 'Sus derechos de privacidad en California',
  'california.text': 'Si vive en California, la California Consumer Privacy Act, en su versión modificada, le otorga los derechos siguientes.',
  'california.collected': 'Qué recogemos',
  'california.categories': 'En los últimos 12 meses hemos recogido estas categorías de datos personales:',
  'california.categories.items':
    'identificadores, como su nombre, su dirección de correo electrónico y su dirección IP\nactividad en internet, como las páginas consultadas y las interacciones con el sitio\ninformación comercial, como los productos comprados',
  'california.sources': 'Los recogemos de:',
  'california.sources.items': 'usted\nsu navegador y su dispositivo\nproveedores de servicios que trabajan para nosotros',
  'california.purposes': 'Los usamos para:',
  'california.purposes.items': 'los fines descritos en «Cómo usamos la información»',
  'california.recipients': 'Los comunicamos a:',
  'california.recipients.items': 'los destinatarios descritos en «Quién recibe la información»',
  'california.retention': 'Cuánto tiempo conservamos cada categoría se describe en «Cuánto tiempo conservamos la información».',
  'california.sale': 'Venta y uso compartido',
  'california.noSale': 'No vendemos sus datos personales ni los compartimos para publicidad conductual entre contextos.',
  'california.sells': 'Vendemos datos personales.',
  'california.shares':
    'Cuando la publicidad está permitida, los socios publicitarios pueden recibir datos personales para publicidad conductual entre contextos, lo que la ley llama compartir.',
  'california.optOut': 'Puede oponerse en cualquier momento en su configuración de privacidad.',
  'california.gpc': 'Una señal Global Privacy Control de su navegador se respeta como una exclusión.',
  'california.minorsSale': 'No vendemos ni compartimos los datos personales de nadie que sepamos que tiene menos de 16 años.',
  'california.sensitive': 'No usamos datos personales sensibles para fines que le darían derecho a limitar su uso.',
  'california.sensitiveYes': 'Puede pedirnos que limitemos el uso de sus datos personales sensibles a lo necesario para prestar nuestros servicios.',
  'california.rights': 'Sus derechos',
  'california.rights.items':
    'saber qué datos personales recogemos, usamos y comunicamos sobre usted, y recibir una copia\nque eliminemos los datos personales que recogimos de usted\nque corrijamos los datos personales inexactos\noponerse a que vendamos o compartamos sus datos personales',
  'california.how': 'Cómo presentar una solicitud',
  'california.email': 'Escriba a {email}.',
  'california.requestUrl': 'Use nuestro [formulario de solicitud]({requestUrl}).',
  'california.phone': 'Llame al {phone}.',
  'california.verify': 'Confirmamos su identidad comparando la información que nos da con la que tenemos, y respondemos en un plazo de {days} días.',
  'california.agent':
    'Un representante autorizado puede presentar una solicitud en su nombre con su autorización firmada; podemos pedirle que confirme su identidad directamente.',
  'california.fair': 'No le trataremos de forma distinta por ejercer estos derechos: ni otros precios ni otra calidad de servicio.',
  'california.shineTheLight':
    'Según la sección 1798.83 del California Civil Code («Shine the Light»), puede preguntarnos una vez al año qué datos personales comunicamos a terceros para su mercadotecnia directa el año anterior, y a quién.',
  'california.minors':
    'Si es menor de 18 años y usuario registrado, la sección 22581 del California Business and Professions Code le permite pedirnos que retiremos el contenido que publicó en el sitio. La retirada puede no ser completa, por ejemplo si otros lo han copiado.',

  'do-not-track': 'Do Not Track y Global Privacy Control',
  'do-not-track.text':
    'Los navegadores pueden enviar señales que piden a los sitios que no le rastreen o que no vendan ni compartan su información. Esto es lo que hace el sitio con ellas, y lo que envía ahora su navegador.',
  'do-not-track.gpc': 'Global Privacy Control',
  'do-not-track.dnt': 'Do Not Track',
  'do-not-track.sent': 'Su navegador está enviando esta señal.',
  'do-not-track.notSent': 'Su navegador no está enviando esta señal.',
  'do-not-track.gpcHonoured': 'La tratamos, sin preguntarle, como un rechazo de la publicidad y de que vendamos o compartamos sus datos personales.',
  'do-not-track.gpcIgnored': 'No actuamos en función de ella. Use su configuración de privacidad para rechazar la publicidad.',
  'do-not-track.dntHonoured': 'La tratamos como Global Privacy Control.',
  'do-not-track.dntIgnored':
    'No actuamos en función de ella, porque no hay un estándar común sobre su significado. Use en su lugar su configuración de privacidad.',

  certifications: 'Programas de confianza y certificaciones',
  'certifications.text': 'Participamos en estos programas:',
  'certifications.none': 'No participamos en programas de certificación de privacidad.',
  'certifications.scope': 'Abarca {scope}.',
  'certifications.dispute': 'Si no resolvemos su problema, puede [contactar con {name}]({disputeUrl}).',

  changes: 'Cambios en este aviso',
  'changes.text':
    'Cuando cambiamos este aviso, publicamos aquí la nueva versión con una nueva fecha de entrada en vigor y una nueva revisión, y en su próxima visita le volvemos a pedir sus opciones de privacidad.',
  'changes.revision': 'Esta es la revisión {revision} del aviso.',
  'changes.notify': 'También le informaremos de los cambios importantes: {notify}.',

  sources: 'De dónde procede la información',
  'sources.text': 'Además de lo que usted nos da y de lo que envía su navegador, recibimos información sobre usted de:',
  'sources.none': 'Solo recogemos información de usted y de su navegador; no la obtenemos de otras fuentes.',

  'automated-decisions': 'Decisiones automatizadas y elaboración de perfiles',
  'automated-decisions.text':
    'No tomamos decisiones sobre usted basadas únicamente en un tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar.',
  'automated-decisions.used':
    'Tomamos algunas decisiones sobre usted solo por medios automatizados: {description}. Puede pedir que una persona revise esa decisión, expresar su punto de vista e impugnarla.',
} satisfies Partial<NoticeTexts>;
