// What the audit's test files share: a consent set-up whose services declare cookies, and
// resources loaded from another origin.
import { resolveConfig } from '../../src/core/config.js';
import * as consent from '../../src/core/consent.js';
import { jsonConfig } from './helpers.js';

export const NAME = 'unit_audit';
export const JSON_ID = 'unit-audit-config';
export const COOKIES = ['_st', '_sx_1', '_ad', 'sid', 'stray'];

/** Starts consent (opt-in, undecided) with services that declare cookies, in three categories. */
export function start(attrs: Record<string, string> = {}): void {
  const config = jsonConfig(JSON_ID, {
    categories: {
      necessary: { services: [{ id: 'session', name: 'Session', cookies: ['sid'] }] },
      analytics: { services: [{ id: 'stats', name: 'Stats', cookies: [{ name: '_st' }, { name: '/^_sx_/' }] }] },
      advertising: { services: [{ id: 'ads', name: 'Ads', cookies: ['_ad'] }] },
    },
  });
  consent.start(resolveConfig({ 'cookie-name': NAME, config, ...attrs }, {}));
}

export const clearCookies = () => [...COOKIES, NAME].forEach((n) => (document.cookie = `${n}=; max-age=0; path=/`));
export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
/** Another origin than the page's, served by the same test server (localhost ↔ 127.0.0.1). */
export const OTHER = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
export const loadImage = (src: string) =>
  new Promise<void>((done) => {
    const img = document.createElement('img');
    img.onload = img.onerror = () => done();
    img.src = src;
    img.alt = '';
    document.body.append(img);
  });
