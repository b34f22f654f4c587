// First: the page's cookies are read before any other module of the drop-in runs.
import './cookies-first.js';
import { Consentry } from './api.js';
import { boot, ensureBanner } from './boot.js';
import { defineElements } from './define.js';
import { share } from './shared.js';

// Read before anything async: `currentScript` is only set while this script runs.
const script = document.currentScript;
const w = window as unknown as { Consentry?: typeof Consentry };

// A second copy of the drop-in leaves the first in charge.
if (!w.Consentry) {
  w.Consentry = Consentry;
  share();
  // Configure from the script tag before any element can start the core without it.
  boot(script);
  defineElements();
  // A page's own <consent-banner> (already parsed, or parsed later) takes over from this one.
  if (!document.querySelector('consent-banner')) ensureBanner();
}
