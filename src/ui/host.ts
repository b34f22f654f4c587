import type { ConsentBanner } from './consent-banner/consent-banner.js';

/**
 * What the elements ask of the controller that drives them (src/boot.ts). The controller fills
 * `host` in when its module loads, so that no element imports it: the elements depend on this
 * interface, the controller on the elements' types only.
 */
export interface Host {
  /** A banner connected (`connecting`) or changed its attributes: take it on and reconfigure. */
  attach(el: ConsentBanner, connecting?: boolean): void;
  /** A banner element left the page. */
  detach(el: ConsentBanner): void;
  /** Starts Consentry if nothing has yet. */
  start(): void;
  /** The banner element in charge, if any. */
  banner(): ConsentBanner | null;
}

export const host = {} as Host;
