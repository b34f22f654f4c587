/**
 * Runs start-up work that the first frame does not need. With `afterFrame` (the banner is about
 * to be shown), it waits until the next frame has been produced, so that the banner's first frame
 * does not wait for it; otherwise it runs in the next task. A page in a background tab produces no
 * frames, so a timeout stands in for the frame there.
 */
export function afterFirstFrame(fn: () => void, afterFrame: boolean): void {
  if (!afterFrame) return void setTimeout(fn);
  let done = false;
  const run = () => {
    if (!done) {
      done = true;
      // A task of its own after the frame, not inside the frame's rendering steps.
      setTimeout(fn);
    }
  };
  requestAnimationFrame(run);
  setTimeout(run, 500);
}
