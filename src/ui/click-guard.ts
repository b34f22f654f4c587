/**
 * The click guard of the banner and the preferences dialog (docs/security.md#the-click-guard-and-the-top-layer).
 * Markup a visitor wrote can turn a whole page into a `data-consent-open` opener: the first click
 * opens the dialog, and a second click a moment later, where the pointer already was, would land
 * on "Accept all". So a pointer click where the pointer already was when the banner or the dialog
 * appeared, less than `DELAY` ago, is ignored, as browsers do for their permission prompts. A
 * pointer that was elsewhere, or has moved to the button, is never slowed, nor is the keyboard: a key activates only the focused
 * control, and focus reaches a decision button only by the visitor's own Tab (the dialog starts
 * on its close button). Decision 0016 says why.
 */

/** Browsers' double-click interval (500 ms by default on Windows, macOS and Linux desktops): the second click of a double click, or a quick second click meant for the page, falls inside it. */
const DELAY = 500;
/** How far the pointer may drift and still be where it was: a hand's jitter during a double click (systems allow 4 px), with room. */
const NEAR = 16;

/** Where the pointer was last seen (unknown until it moves or presses). */
let x = NaN;
let y = NaN;
/** When a panel last appeared, and where the pointer was then. */
let at = -DELAY;
let ax = NaN;
let ay = NaN;

const seen = (e: PointerEvent) => {
  x = e.clientX;
  y = e.clientY;
};
let watching = false;

/** A banner or the dialog has just appeared: what lies under the pointer now waits `DELAY`. */
export function appeared(): void {
  at = performance.now();
  ax = x;
  ay = y;
}

/**
 * Ignores, in `root`, the pointer's clicks less than `DELAY` after a panel appeared and less than
 * `NEAR` px from where the pointer was then: on what appeared under it.
 */
export function guard(root: Node): void {
  // Installed with the first guarded root, not on import: the ES module also loads where there is
  // no window (server rendering). Capture on the window: the page's own handlers cannot hide the pointer from it.
  if (!watching) {
    watching = true;
    addEventListener('pointermove', seen, true);
    addEventListener('pointerdown', seen, true);
  }
  root.addEventListener(
    'click',
    (e) => {
      const { detail, clientX, clientY } = e as MouseEvent;
      // `detail` is 0 for a click made with the keyboard.
      if (detail && performance.now() - at < DELAY && Math.hypot(clientX - ax, clientY - ay) < NEAR) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    },
    true,
  );
}
