import { trusted } from '../core/trusted.js';

/**
 * lit-html creates a Trusted Types policy named `lit-html` when it loads, which would make every
 * site add that name to its CSP. For the moment lit-html loads, this hands it Consentry's own
 * policy instead: it does what lit-html's would (its `createHTML` passes lit-html's template
 * strings through), so sites allow one policy, `consentry`. Imported before lit-html, so it
 * runs first.
 */
const tt = (window as any).trustedTypes;
if (tt?.createPolicy) {
  tt.createPolicy = function (name: string, rules: object) {
    delete tt.createPolicy;
    return name === 'lit-html' ? trusted() : tt.createPolicy(name, rules);
  };
}
