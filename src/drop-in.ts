// First: the page's cookies are read before any other module of the drop-in runs.
import './cookies-first.js';
import { Consentry } from './api.js';
import { boot, ensureBanner } from './boot.js';
import { defineElements } from './define.js';
import { share } from './shared.js';
import { ownScript } from './core/guard.js';

const w = window as any;
const LOADED = Symbol.for('consentry.loaded');

// A second copy of the drop-in leaves the first in charge. The mark is a symbol, which no markup
// can name (an element called `Consentry` shadows `window.Consentry`).
if (!w[LOADED]) {
  w[LOADED] = 1;
  w.Consentry = Consentry;
  share();
  // Configure from the script tag (options come from it alone) before any element can start the core without it.
  boot(ownScript);
  defineElements();
  // A page's own <consent-banner> (already parsed, or parsed later) takes over from this one.
  if (!document.querySelector('consent-banner')) ensureBanner();
}
