// Preloaded (`node --import`) into a collector under test: moves its clock CLOCK_SHIFT_DAYS days
// ahead, so retention can be tested without waiting years.
const shift = Number(process.env.CLOCK_SHIFT_DAYS) * 86_400_000;
const Real = Date;
globalThis.Date = class extends Real {
  constructor(...args) {
    if (args.length) super(...args);
    else super(Real.now() + shift);
  }
  static now() {
    return Real.now() + shift;
  }
};
