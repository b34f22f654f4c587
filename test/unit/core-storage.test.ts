import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { resolveConfig } from '../../src/core/config.js';
import { copyCookies, readCookies } from '../../src/core/cookie-copy.js';
import { decode, encode, openStore, type Decision } from '../../src/core/storage.js';
import { sample as shared, tamperedRecords, text } from '../shared/records.mjs';

const sample: Decision = shared;

describe('consent record', () => {
  it('round-trips a decision', () => {
    const text = encode(sample);
    expect(text).to.equal('2|3|AbCdEfGhIjKlMnOpQrStUv|' + sample.time.toString(36) + '|analytics!advertising|!posthog|');
    expect(decode(text)).to.deep.equal(sample);
    const signalled = { ...sample, signal: true };
    expect(encode(signalled)).to.match(/\|1$/);
    expect(decode(encode(signalled))).to.deep.equal(signalled);
  });

  it('reads a record of format 1, its `x-signal` key as the signal', () => {
    const time = sample.time.toString(36);
    expect(decode(`1|3|AbCdEfGhIjKlMnOpQrStUv|${time}|analytics=1&advertising=0|posthog=0&x-signal=1`)).to.deep.equal({ ...sample, signal: true });
    expect(decode(`1|3|AbCdEfGhIjKlMnOpQrStUv|${time}|analytics=1&advertising=0|posthog=0`)).to.deep.equal(sample);
  });

  it('a service named x-signal is a service, not the signal', () => {
    const d = { ...sample, services: { 'x-signal': false } };
    expect(decode(encode(d))).to.deep.equal(d);
  });

  it('holds 50 categories and 500 services of 40-character ids', () => {
    const id = (p: string, i: number) => (p + i).padEnd(40, 'x');
    const d: Decision = {
      ...sample,
      categories: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [id('c', i), i % 2 === 0])),
      services: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [id('s', i), i % 3 === 0])),
    };
    expect(encode(d).length).to.be.above(20000);
    expect(decode(encode(d))).to.deep.equal(d);
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
  const now = (extra: Partial<Decision> = {}): Decision => ({ ...sample, time: Date.now(), ...extra });
  afterEach(() => {
    document.cookie = 'unit_store=; max-age=0; path=/';
    localStorage.clear();
  });

  it('writes the cookie with the configured name and path, SameSite=Lax', async () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_store', 'cookie-days': '7' }, {}));
    expect(store.read()).to.equal(null);
    const d = now();
    expect(store.write(d)).to.equal('cookie');
    expect(document.cookie).to.contain('unit_store=' + encode(d));
    const cookie = (await (window as any).cookieStore.get('unit_store')) as { sameSite: string; path: string; expires: number };
    expect(cookie.sameSite).to.equal('lax');
    expect(cookie.path).to.equal('/');
    const days = (cookie.expires - Date.now()) / 864e5;
    expect(days).to.be.within(6.9, 7.1);
    expect(store.read()).to.deep.equal(d);
    store.clear();
    expect(store.read()).to.equal(null);
  });

  it('falls back to localStorage when cookies are refused', () => {
    // Consentry reads the cookie through Document.prototype (an own property of `document` is
    // what a named element would be), so the browser's refusal is stood in for there.
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => '', set: () => {} });
    try {
      const store = openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {}));
      const d = now();
      expect(store.write(d)).to.equal('localStorage');
      expect(localStorage.getItem('consentry:unit_store')).to.equal(encode(d));
      expect(store.read()).to.deep.equal(d);
    } finally {
      Object.defineProperty(Document.prototype, 'cookie', cookie);
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).to.deep.equal(cookie);
    }
  });

  it('a record too long for a cookie goes to localStorage, is read back, and replaces a shorter cookie', () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {}));
    expect(store.write(now())).to.equal('cookie');
    const long = now({ services: Object.fromEntries(Array.from({ length: 250 }, (_, i) => ['service-long-name-' + i, false])) });
    expect(encode(long).length).to.be.above(4096);
    expect(store.write(long)).to.equal('localStorage');
    expect(document.cookie).to.not.contain('unit_store=');
    expect(openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {})).read()).to.deep.equal(long);
    // A shorter decision goes back to the cookie, and the stored copy goes.
    expect(store.write(now())).to.equal('cookie');
    expect(localStorage.getItem('consentry:unit_store')).to.equal(null);
  });

  it('read and write limits agree: a record too long to be read back is not stored, and replaces none', () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {}));
    const long = now({ services: Object.fromEntries(Array.from({ length: 250 }, (_, i) => ['service-long-name-' + i, false])) });
    expect(store.write(long)).to.equal('localStorage');
    const huge = now({ services: Object.fromEntries(Array.from({ length: 900 }, (_, i) => [('s' + i).padEnd(40, '-'), false])) });
    expect(encode(huge).length).to.be.above(32768);
    expect(decode(encode(huge))).to.equal(null);
    expect(store.write(huge)).to.equal('memory');
    expect(localStorage.getItem('consentry:unit_store')).to.equal(null);
    expect(document.cookie).to.not.contain('unit_store=');
    expect(store.read()).to.deep.equal(huge);
  });

  it('a record older than cookie-days is void in every store, and removed from localStorage', () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_store', 'cookie-days': '2' }, {}));
    const old = now({ time: Date.now() - 3 * 864e5 });
    localStorage.setItem('consentry:unit_store', encode(old));
    expect(store.read()).to.equal(null);
    expect(localStorage.getItem('consentry:unit_store')).to.equal(null);
    document.cookie = 'unit_store=' + encode(old) + '; path=/';
    expect(store.read()).to.equal(null);
    const young = now({ time: Date.now() - 864e5 });
    localStorage.setItem('consentry:unit_store', encode(young));
    expect(store.read()).to.deep.equal(young);
    // A record of another tool under the key is not ours to remove.
    localStorage.setItem('consentry:unit_store', 'foreign');
    expect(store.read()).to.equal(null);
    expect(localStorage.getItem('consentry:unit_store')).to.equal('foreign');
  });

  it('keeps the decision in memory when cookies and storage both fail', () => {
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => '', set: () => {} });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const store = openStore(resolveConfig({ 'cookie-name': 'unit_store' }, {}));
      const d = now();
      expect(store.write(d)).to.equal('memory');
      expect(store.read()).to.deep.equal(d);
    } finally {
      Storage.prototype.setItem = setItem;
      Object.defineProperty(Document.prototype, 'cookie', cookie);
    }
  });

  for (const name of ['__proto__', 'constructor', 'toString']) {
    it(`a cookie named ${name} is written and read back like any other`, () => {
      const store = openStore(resolveConfig({ 'cookie-name': name }, {}));
      const d = now();
      try {
        expect(store.write(d)).to.equal('cookie');
        expect(store.read()).to.deep.equal(d);
      } finally {
        store.clear();
      }
      expect(store.read()).to.equal(null);
    });
  }
});

describe('more than one record, and records this browser did not write (decision 0020)', () => {
  const now = (extra: Partial<Decision> = {}): Decision => ({ ...sample, revision: '1', time: Date.now(), ...extra });
  const config = () => resolveConfig({ 'cookie-name': 'unit_twice' }, {});
  afterEach(() => {
    document.cookie = 'unit_twice=; max-age=0; path=/';
    localStorage.clear();
  });

  /** Stands in for a browser that sends `jar` as the page's cookies (two of a name need two paths or domains). */
  function withCookies<T>(jar: string, fn: () => T): T {
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const written: string[] = [];
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => jar, set: (v: string) => void written.push(v) });
    try {
      return fn();
    } finally {
      Object.defineProperty(Document.prototype, 'cookie', cookie);
    }
  }

  it('two consent cookies, whichever comes first: no decision, and every variant is deleted', () => {
    const granted = encode(now({ categories: { analytics: true, advertising: true }, id: 'PlantedPlantedPlanted1' }));
    const refused = encode(now({ categories: { analytics: false, advertising: false } }));
    for (const jar of [`unit_twice=${granted}; unit_twice=${refused}`, `unit_twice=${refused}; unit_twice=${granted}`]) {
      const writes: string[] = [];
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => jar, set: (v: string) => void writes.push(v) });
      try {
        expect(openStore(config()).read()).to.equal(null);
      } finally {
        Object.defineProperty(Document.prototype, 'cookie', cookie);
      }
      expect(writes.length).to.be.above(1);
      expect(writes.every((w) => /^unit_twice=;max-age=0;path=/.test(w))).to.equal(true);
    }
  });

  it('a cookie of another tool beside the record is not a second record', () => {
    const d = now();
    localStorage.setItem('consentry:unit_twice:id', d.id);
    expect(withCookies(`unit_twice=foreign-format; unit_twice=${encode(d)}`, () => openStore(config()).read())).to.deep.equal(d);
  });

  it('a cookie and a localStorage record that disagree: no decision, both removed', () => {
    const store = openStore(config());
    localStorage.setItem('consentry:unit_twice', encode(now({ categories: { analytics: false, advertising: false } })));
    document.cookie = 'unit_twice=' + encode(now()) + '; path=/';
    expect(store.read()).to.equal(null);
    expect(localStorage.getItem('consentry:unit_twice')).to.equal(null);
    expect(document.cookie).to.not.contain('unit_twice=');
  });

  it('a cookie name is never decoded: %75nit_twice is not unit_twice', () => {
    document.cookie = '%75nit_twice=' + encode(now()) + '; path=/';
    try {
      expect(openStore(config()).read()).to.equal(null);
    } finally {
      document.cookie = '%75nit_twice=; max-age=0; path=/';
    }
  });

  it('a host-only record with an id this browser did not keep is its own, and adopted; with cookie-domain it is marked foreign', () => {
    const store = openStore(config());
    const mine = now();
    expect(store.write(mine)).to.equal('cookie');
    expect(store.read()).to.deep.equal(mine);
    // Host-only on the cookie path: only this host can have written it (an older record, storage cleared).
    const older = now({ id: 'OlderOlderOlderOlder01' });
    document.cookie = 'unit_twice=' + encode(older) + '; path=/';
    expect(store.read()).to.deep.equal(older);
    expect(localStorage.getItem('consentry:unit_twice:id')).to.equal('OlderOlderOlderOlder01');
    expect(document.cookie).to.contain('unit_twice=' + encode(older));
    // A record shared across subdomains (cookie-domain) may decide, but not choose the id.
    const shared = openStore(resolveConfig({ 'cookie-name': 'unit_twice', 'cookie-domain': location.hostname }, {}));
    const planted = now({ id: 'PlantedPlantedPlanted1' });
    document.cookie = 'unit_twice=' + encode(planted) + '; path=/';
    expect(shared.read()).to.deep.equal({ ...planted, foreign: true });
    // A record kept in localStorage can only have been written by this origin.
    document.cookie = 'unit_twice=; max-age=0; path=/';
    localStorage.setItem('consentry:unit_twice', encode(planted));
    expect(store.read()).to.deep.equal(planted);
  });
});

describe('the cookies read first (cookie-copy)', () => {
  const clear = () => {
    document.cookie = 'unit_copy=; max-age=0; path=/';
    localStorage.removeItem('consentry:unit_copy:id');
  };
  afterEach(clear);

  it('answers the first read of the same task from the copy, then reads the cookie again', () => {
    document.cookie = 'unit_copy=before; path=/';
    copyCookies();
    document.cookie = 'unit_copy=after; path=/';
    expect(readCookies('unit_copy')).to.deep.equal(['before']);
    expect(readCookies('unit_copy')).to.deep.equal(['after']);
  });

  it('is gone once the task that made it has ended', async () => {
    copyCookies();
    await Promise.resolve();
    document.cookie = 'unit_copy=later; path=/';
    expect(readCookies('unit_copy')).to.deep.equal(['later']);
  });

  it('decodes as js-cookie does, including a missing cookie', () => {
    Cookies.set('unit_copy', '1|a b;c|x=1&y=0|');
    const expected = Cookies.get('unit_copy');
    copyCookies();
    expect(readCookies('unit_copy')).to.deep.equal([expected]);
    copyCookies();
    expect(readCookies('unit_missing')).to.deep.equal([]);
  });

  it('a store opened in the same task reads its decision from the copy', () => {
    const store = openStore(resolveConfig({ 'cookie-name': 'unit_copy' }, {}));
    const d = { ...sample, time: Date.now() };
    document.cookie = 'unit_copy=' + encode(d) + '; path=/';
    copyCookies();
    document.cookie = 'unit_copy=; max-age=0; path=/';
    // This browser wrote it (the id it keeps), so the copy's record is read as it is.
    localStorage.setItem('consentry:unit_copy:id', d.id);
    expect(store.read()).to.deep.equal(d);
    expect(store.read()).to.equal(null);
  });
});
