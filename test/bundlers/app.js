// An app that bundles Consentry from npm, as a new user would: its bundler must follow the lazy
// parts (the preferences dialog, gating, the German texts) and serve them with the app.
import { Consentry } from 'consentry';

document.querySelector('#settings').addEventListener('click', () => Consentry.showPreferences());
window.appReady = true;
