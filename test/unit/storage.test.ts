import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { resolveConfig } from '../../src/core/config.js';
import { copyCookies, readCookie } from '../../src/core/cookie-copy.js';
import { decode, encode, openStore, type Decision } from '../../src/core/storage.js';
import { sample as shared, tamperedRecords, text } from '../shared/records.mjs';

const sample: Decision = shared;

describe('consent record', () => {
  it('round-trips a decision', () => {
    const text = encode(sample);
    expect(text).to.equal('1|3|AbCdEfGhIjKlMnOpQrStUv|' + sample.time.toString(36) + '|analytics=1&advertising=0|posthog=1');
    expect(decode(text)).to.deep.equal(sample);
  });

  it('keeps a refusal exactly like an acceptance', () => {
    const refusal = { ...sample, categories: { analytics: false, advertising: false }, services: {} };
    expect(decode(encode(refusal))).to.deep.equal(refusal);
  });

  it('writes the text the server reads (test/shared/records.mjs)', () => {
    expect(encode(sample)).to.equal(text(sample));
  });

  // The same cases are `null` for `consentry/server` too (test/e2e/server.test.mjs).
  const bad: Record<string, unknown> = tamperedRecords();
  for (const [name, value] of Object.entries(bad)) {
    it(`treats a ${name} record as no decision`, () => {
      expect(decode(value)).to.equal(null);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }
});

describe('decision store', () => {
  afterEach(() => {
    document.cookie = 'unit_store=; max-age=0; path=/';
    localStorage.clear();
  });

  it('writes the cookie with the configured name and path, SameSite=Lax', async () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_store', 'cookie-days': '7' }, {}));
    expect(store.read()).to.equal(undefined);
    expect(store.write('hello')).to.equal('cookie');
    expect(document.cookie).to.contain('unit_store=hello');
    const cookie = (await (window as any).cookieStore.get('unit_store')) as { sameSite: string; path: string; expires: number };
    expect(cookie.sameSite).to.equal('lax');
    expect(cookie.path).to.equal('/');
    const days = (cookie.expires - Date.now()) / 864e5;
    expect(days).to.be.within(6.9, 7.1);
    store.clear();
    expect(store.read()).to.equal(undefined);
  });

  it('falls back to localStorage when cookies are refused', () => {
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    try {
      const store = openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {}));
      expect(store.write('v1')).to.equal('localStorage');
      expect(localStorage.getItem('consentry:unit_store')).to.equal('v1');
      expect(store.read()).to.equal('v1');
    } finally {
      delete (document as any).cookie;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).to.deep.equal(cookie);
    }
  });

  it('keeps the decision in memory when cookies and storage both fail', () => {
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const store = openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {}));
      expect(store.write('v2')).to.equal('memory');
      expect(store.read()).to.equal('v2');
    } finally {
      Storage.prototype.setItem = setItem;
      delete (document as any).cookie;
    }
  });
});

describe('the cookies read first (cookie-copy)', () => {
  const clear = () => {
    document.cookie = 'unit_copy=; max-age=0; path=/';
  };
  afterEach(clear);

  it('answers the first read of the same task from the copy, then reads the cookie again', () => {
    document.cookie = 'unit_copy=before; path=/';
    copyCookies();
    document.cookie = 'unit_copy=after; path=/';
    expect(readCookie('unit_copy')).to.equal('before');
    expect(readCookie('unit_copy')).to.equal('after');
  });

  it('is gone once the task that made it has ended', async () => {
    copyCookies();
    await Promise.resolve();
    document.cookie = 'unit_copy=later; path=/';
    expect(readCookie('unit_copy')).to.equal('later');
  });

  it('decodes as js-cookie does, including a missing cookie', () => {
    Cookies.set('unit_copy', '1|a b;c|x=1&y=0|');
    const expected = Cookies.get('unit_copy');
    copyCookies();
    expect(readCookie('unit_copy')).to.equal(expected);
    copyCookies();
    expect(readCookie('unit_missing')).to.equal(undefined);
  });

  it('a store opened in the same task reads its decision from the copy', () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_copy' }, {}));
    document.cookie = 'unit_copy=stored; path=/';
    copyCookies();
    document.cookie = 'unit_copy=; max-age=0; path=/';
    expect(store.read()).to.equal('stored');
    expect(store.read()).to.equal(undefined);
  });
});
