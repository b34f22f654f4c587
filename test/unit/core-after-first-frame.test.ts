import { expect } from '@open-wc/testing';
import { afterFirstFrame } from '../../src/core/after-first-frame.js';

const task = () => new Promise((ok) => setTimeout(ok));
const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Replaces requestAnimationFrame with frames produced by hand; `restore` puts it back. */
function manualFrames() {
  const raf = window.requestAnimationFrame;
  const callbacks: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (cb) => (callbacks.push(cb), callbacks.length);
  return {
    frame: () => callbacks.splice(0).forEach((cb) => cb(performance.now())),
    restore: () => void (window.requestAnimationFrame = raf),
  };
}

describe('afterFirstFrame', () => {
  let frames: ReturnType<typeof manualFrames>;
  beforeEach(() => (frames = manualFrames()));
  afterEach(() => frames.restore());

  it('without a banner to show: runs in the next task, not waiting for a frame', async () => {
    let runs = 0;
    afterFirstFrame(() => runs++, false);
    expect(runs, 'not at once').to.equal(0);
    await task();
    expect(runs).to.equal(1);
  });

  it('with a banner to show: runs once, in a task after the next frame', async () => {
    let runs = 0;
    afterFirstFrame(() => runs++, true);
    await task();
    await task();
    expect(runs, 'waits for the frame').to.equal(0);
    frames.frame();
    expect(runs, 'not inside the frame').to.equal(0);
    await task();
    expect(runs).to.equal(1);
    await wait(600);
    expect(runs, 'once').to.equal(1);
  });

  it('runs all the same where no frame comes (a page in a background tab)', async () => {
    let runs = 0;
    afterFirstFrame(() => runs++, true);
    await task();
    expect(runs).to.equal(0);
    await wait(600);
    expect(runs).to.equal(1);
  });
});
