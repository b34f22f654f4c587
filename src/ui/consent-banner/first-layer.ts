import type { Config } from '../../core/config.js';
import type { Mode } from '../../core/types.js';
import type { TextKey } from '../../i18n/en.js';
import { pieces } from '../../i18n/texts.js';

/** A child of an `H`: text (never markup), an element, a list of them, or nothing. */
type Kid<E> = string | E | null | undefined | false | Kid<E>[];
/**
 * Builds an element: src/ui/dom.ts in the browser (nodes), src/ssr/html.ts on a server (HTML
 * text). The first layer is written once, against this, so that both draw the same markup.
 */
export type H<E> = (tag: string, attributes?: Record<string, unknown>, ...children: Kid<E>[]) => E;

/** What the first layer's buttons do; a server renders no listeners, so its are never called. */
interface Actions {
  accept(): void;
  reject(): void;
  optOut(): void;
  ok(): void;
  preferences(): void;
}

/** The banner's text in each mode: written out, never built from the mode's name (`opt-outText` is no key). */
const BANNER_TEXT: Record<Mode, TextKey> = { 'opt-in': 'text', 'opt-out': 'optOutText', notice: 'noticeText', none: 'noticeText' };

/**
 * The key of the first layer's text for `config`: where the region's rules grant categories
 * without asking, the text does not ask about them. The proof of what was shown reads it too.
 */
export const bannerTextKey = (config: Config): TextKey => (config.mode === 'opt-in' && config.exempt?.length ? 'exemptText' : BANNER_TEXT[config.mode]);

/**
 * The banner's first layer, for `config` in the language whose texts `t` gives: a region in the
 * top layer (a popover), or a modal dialog with `layout="modal"`.
 */
export function firstLayer<E>(h: H<E>, config: Config, t: (key: TextKey) => string, act: Actions): E {
  const mode = config.mode;
  const link = (label: string, href: string) => h('a', { part: 'link', href }, label);
  // Every action has the same look, so that refusing is as prominent as accepting.
  const button = (key: TextKey, part: string, onclick: () => void) => h('button', { part: 'button ' + part, onclick }, t(key));
  const body = [
    h('h2', { part: 'title', id: 'title' }, t('title')),
    h(
      'p',
      { part: 'text', id: 'text' },
      pieces(t(bannerTextKey(config))).map((p) => (typeof p === 'string' ? p : link(p.label, p.href))),
      ' ',
      config.policyUrl && link(t('policy'), config.policyUrl),
    ),
    h(
      'div',
      { part: 'actions', class: 'actions' },
      mode === 'opt-in'
        ? [button('acceptAll', 'accept', act.accept), button('rejectAll', 'reject', act.reject)]
        : mode === 'opt-out'
          ? [button('optOut', 'reject', act.optOut), button('ok', 'accept', act.ok)]
          : button('ok', 'accept', act.ok),
      button('preferences', 'preferences', act.preferences),
    ),
  ];
  const cls = `panel ${config.layout} ${config.position}`;
  return config.layout === 'modal'
    ? // Escape on the modal banner decides nothing, so it does not close it either.
      h('dialog', { part: 'banner', class: cls, 'aria-labelledby': 'title', 'aria-describedby': 'text', oncancel: (e: Event) => e.preventDefault() }, body)
    : // In the top layer too, so that no layer of the page can cover it (docs/elements.md#the-top-layer).
      h('div', { part: 'banner', class: cls, role: 'region', 'aria-labelledby': 'title', popover: 'manual' }, body);
}
