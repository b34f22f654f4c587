// What the contract's endpoints must answer for a seeded week (docs/consent-records.md,
// "Statistics" and "Experiments"), computed here by plain arithmetic, independently of the
// collector: the numbers the dashboard must show and its CSV downloads must hold.

/**
 * The seeded plan of insight-seed.mjs (`seedWeek`) as counter cells: one per day, arm and region,
 * with every dimension the breakdowns group by, the decisions and the categories they granted
 * (accept all grants both, "chose" analytics only, refuse all neither).
 */
export function cellsOf(plan) {
  return plan.map((p) => ({
    day: p.day,
    region: p.region,
    mode: 'opt-in',
    lang: p.lang,
    device: p.device,
    signal: 'none',
    arm: p.arm,
    layout: 'box',
    shown: p.shown,
    decisions: p.acceptedAll + p.refusedAll + p.chose,
    acceptedAll: p.acceptedAll,
    refusedAll: p.refusedAll,
    chose: p.chose,
    granted: { advertising: p.acceptedAll, analytics: p.acceptedAll + p.chose },
  }));
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;

function finish(c) {
  const rates = {};
  for (const k of Object.keys(c.granted).sort()) rates[k] = c.decisions ? round4(c.granted[k] / c.decisions) : 0;
  return { ...c, undecided: Math.max(0, c.shown - c.decisions), rates };
}

/** `/stats` for `cells` between `from` and `to` (inclusive), grouped by `group` (comma-separated). */
export function statsOf(cells, from, to, group) {
  const keys = group ? group.split(',') : [];
  const blank = () => ({ shown: 0, decisions: 0, acceptedAll: 0, refusedAll: 0, chose: 0, granted: {} });
  const add = (t, c) => {
    for (const k of ['shown', 'decisions', 'acceptedAll', 'refusedAll', 'chose']) t[k] += c[k];
    for (const [k, v] of Object.entries(c.granted)) t.granted[k] = (t.granted[k] ?? 0) + v;
  };
  const rows = new Map();
  const totals = blank();
  for (const c of cells.filter((c) => c.day >= from && c.day <= to)) {
    const key = Object.fromEntries(keys.map((k) => [k, c[k]]));
    const id = JSON.stringify(key);
    if (!rows.has(id)) rows.set(id, { key, ...blank() });
    add(rows.get(id), c);
    add(totals, c);
  }
  const sorted = [...rows.values()].sort((x, y) => {
    for (const k of keys) if (x.key[k] !== y.key[k]) return x.key[k] < y.key[k] ? -1 : 1;
    return 0;
  });
  return { from, to, group: keys, rows: sorted.map(finish), totals: finish(totals) };
}

/** `/stats.csv` for the same rows, as the contract lays it out. */
export function csvOf(stats) {
  const cats = Object.keys(stats.totals.granted).sort();
  const head = [...stats.group, 'shown', 'decisions', 'accepted_all', 'refused_all', 'chose', 'undecided', ...cats.map((c) => `rate_${c}`)];
  const lines = stats.rows.map((r) =>
    [...stats.group.map((g) => r.key[g]), r.shown, r.decisions, r.acceptedAll, r.refusedAll, r.chose, r.undecided, ...cats.map((c) => r.rates[c] ?? 0)].join(
      ',',
    ),
  );
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}

/** The standard normal distribution's upper tail, P(Z > z) (Abramowitz and Stegun 7.1.26). */
function upperTail(z) {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(z * z) / 2);
  return erfc / 2;
}

/** `/experiments`: each arm's accept-all rate per impression against the first arm's. */
export function experimentsOf(cells, from, to) {
  const arms = statsOf(
    cells.filter((c) => c.arm),
    from,
    to,
    'arm',
  ).rows.map((r) => ({ arm: r.key.arm, shown: r.shown, decisions: r.decisions, acceptedAll: r.acceptedAll, rate: r.shown ? r.acceptedAll / r.shown : 0 }));
  const [base] = arms;
  return {
    arms: arms.map((a, i) => {
      if (i === 0 || !a.shown || !base.shown) return { ...a, diff: null, ci95: null, p: null, significant: false };
      const diff = a.rate - base.rate;
      const pooled = (a.acceptedAll + base.acceptedAll) / (a.shown + base.shown);
      const z = diff / Math.sqrt(pooled * (1 - pooled) * (1 / a.shown + 1 / base.shown));
      const p = 2 * upperTail(Math.abs(z));
      const se = Math.sqrt((a.rate * (1 - a.rate)) / a.shown + (base.rate * (1 - base.rate)) / base.shown);
      return { ...a, diff, ci95: [diff - 1.96 * se, diff + 1.96 * se], p, significant: p < 0.05 };
    }),
  };
}
