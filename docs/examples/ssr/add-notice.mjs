import { renderNotice } from 'consentry/server';

/**
 * A build step (or a server's) for the privacy page: its empty `<privacy-notice></privacy-notice>`
 * becomes the whole notice of `config` in `lang`, which readers without JavaScript and search
 * engines read. In the browser, the drop-in takes it over as it is.
 */
export function addNotice(pageHtml, config, lang) {
  // A function, so that no `$` in the notice's text is read as a replacement pattern.
  return pageHtml.replace('<privacy-notice></privacy-notice>', () => renderNotice(config, { lang }));
}
