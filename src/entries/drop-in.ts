// First: the page's cookies are read before any other module of the drop-in runs.
import './cookies-first.js';
import { Consentry } from '../api.js';
import { boot, ensureBanner } from '../boot.js';
import { defineElements } from '../define.js';
import { SHARED, share } from '../loader/shared.js';
import { ownScript, doc } from '../core/guard.js';

const w = window as any;

// A second copy of the drop-in leaves the first in charge. The mark is what `share` sets, under a
// symbol that no markup can name (an element called `Consentry` shadows `window.Consentry`).
if (!w[SHARED]) {
  w.Consentry = Consentry;
  share();
  // Configure from the script tag (options come from it alone) before any element can start the core without it.
  boot(ownScript);
  defineElements();
  // A page's own <consent-banner> (already parsed, or parsed later) takes over from this one.
  if (!doc.querySelector('consent-banner')) ensureBanner();
}
