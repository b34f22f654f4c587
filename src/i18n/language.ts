import type { Config } from '../core/config.js';
import { getConfig } from '../core/consent.js';
import { doc } from '../core/guard.js';
import { loadLanguage } from './load.js';
import { chooseLanguage, shipped } from './texts.js';

/**
 * The UI language in force, which the elements read and the controller (src/boot.ts) sets.
 * Here rather than in the controller, so that the elements need not import it.
 */
let lang = 'en';
let ready = true;

/** The language the UI is shown in (BCP 47). */
export const language = (): string => lang;

/** False while the UI language's file loads: the UI then renders nothing rather than English. */
export const languageReady = (): boolean => ready;

/** Chooses the UI language (again) and re-renders the UI once its texts are here. */
export function chooseUiLanguage(config: Config = getConfig()): void {
  lang = chooseLanguage(config);
  ready = loadLanguage(shipped(lang), chooseUiLanguage);
  doc.querySelectorAll<HTMLElement & { requestUpdate?(): void }>('consent-banner,consent-gate,consent-opt-out').forEach((el) => el.requestUpdate?.());
}
