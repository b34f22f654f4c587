/** How the dashboard writes numbers: whole counts with separators, rates as percentages. */
const whole = new Intl.NumberFormat('en-US');
export const count = (n: number) => whole.format(n);
export const percent = (r: number) => `${(r * 100).toFixed(1)} %`;
/** A difference of proportions in percentage points, signed. */
export const points = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d * 100).toFixed(1)} pts`;
export const pValue = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));
