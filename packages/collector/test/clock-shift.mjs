// Preloaded (`node --import`) into a collector under test: moves its clock CLOCK_SHIFT_DAYS days
// ahead, so retention can be tested without waiting years; or, with CLOCK_SHIFT_FILE, by the
// milliseconds that file holds, read at every reading of the clock, so a test can move the clock
// of a running collector (impressions are counted on the collector's own day: insight-seed.mjs).
import { readFileSync } from 'node:fs';

const file = process.env.CLOCK_SHIFT_FILE;
const days = Number(process.env.CLOCK_SHIFT_DAYS ?? 0) * 86_400_000;
const shift = () => {
  if (!file) return days;
  try {
    return Number(readFileSync(file, 'utf8')) || 0;
  } catch {
    return 0;
  }
};
const Real = Date;
globalThis.Date = class extends Real {
  constructor(...args) {
    if (args.length) super(...args);
    else super(Real.now() + shift());
  }
  static now() {
    return Real.now() + shift();
  }
};
