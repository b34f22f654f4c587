/**
 * The click guard of the banner and the preferences dialog (docs/security.md#the-click-guard-and-the-top-layer).
 * Markup a visitor wrote can turn a whole page into a `data-consent-open` opener: the first click
 * opens the dialog, and the second click of a double click would land on "Accept all". So the
 * second (or later) click of a double click, as the browser counts it (`detail`: clicks at the
 * same spot within the system's double-click interval), is ignored for `DELAY` after a panel
 * appears, as browsers ignore input on their permission prompts. A single click, and the keyboard
 * (`detail` 0), act at once. Decision 0016 says why.
 */

/** The double-click interval of the common desktop systems, and the time Chromium's permission prompts ignore input. */
const DELAY = 500;

/** When a panel last appeared. */
let at = -DELAY;

/** A banner or the dialog has just appeared. */
export const appeared = (): void => void (at = performance.now());

/** Ignores, in `root`, the repeated clicks of a double click less than `DELAY` after a panel appeared. */
export function guard(root: Node): void {
  root.addEventListener(
    'click',
    (e) => {
      if ((e as MouseEvent).detail > 1 && performance.now() - at < DELAY) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    },
    true,
  );
}
