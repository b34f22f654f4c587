// The drop-in imports this module before any other, so that reading the cookies is the first
// thing it does (see `copyCookies`).
import { copyCookies } from '../core/cookie-copy.js';

copyCookies();
