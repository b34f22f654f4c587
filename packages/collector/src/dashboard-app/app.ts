/// <reference lib="dom" />
/**
 * `<consent-dashboard>`: the collector's dashboard (docs/consent-records.md, "Dashboard"). It reads
 * `/stats` and `/experiments` with the session cookie and shows a date range's impressions,
 * decisions and consent rates per day, breakdowns, and the experiments, each chart with a table
 * and a CSV download of the same numbers.
 */
import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { ApiError, daysBetween, experiments, isoDay, query, stats, type Arm, type Counts, type Stats } from './api.js';
import { count, percent, points, pValue } from './format.js';
import type { Line } from './chart.js';
import './chart.js';

/** The breakdowns shown, with their headings. */
const BREAKDOWNS = [
  ['region', 'Region'],
  ['lang', 'Language'],
  ['device', 'Device'],
  ['signal', 'Privacy signal'],
] as const;
type Dimension = (typeof BREAKDOWNS)[number][0];

/** Line colours, each at least 3:1 on white, with dash patterns so colour is not the only cue. */
const PALETTE: [string, number[]][] = [
  ['#1f5fbf', []],
  ['#b3261e', [6, 3]],
  ['#1b7a3a', [2, 2]],
  ['#6b3fa0', [8, 3, 2, 3]],
  ['#8a5a00', [4, 4]],
  ['#006d77', [1, 3]],
];
const style = (i: number) => ({ color: PALETTE[i % PALETTE.length][0], dash: PALETTE[i % PALETTE.length][1] });

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The counts a table row shows, in order, with their column headings. */
const COLUMNS: [keyof Counts, string][] = [
  ['shown', 'Shown'],
  ['decisions', 'Decisions'],
  ['acceptedAll', 'Accepted all'],
  ['refusedAll', 'Refused all'],
  ['chose', 'Chose'],
  ['undecided', 'Left without deciding'],
];

const zero: Counts = { shown: 0, decisions: 0, acceptedAll: 0, refusedAll: 0, chose: 0, undecided: 0, granted: {}, rates: {} };

export class ConsentDashboard extends LitElement {
  static override properties = {
    from: { state: true },
    to: { state: true },
    status: { state: true },
    error: { state: true },
    daily: { state: true },
    breakdowns: { state: true },
    arms: { state: true },
  };

  from = '';
  to = '';
  status = '';
  error: TemplateResult | string = '';
  daily: Stats | null = null;
  breakdowns: Partial<Record<Dimension, Stats>> = {};
  arms: Arm[] | null = null;
  /** The newest load wins: a slower earlier one does not overwrite it. */
  private generation = 0;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // The range is in the address, so a view can be bookmarked or shared; default: the last 30 days.
    const params = new URLSearchParams(location.search);
    const today = isoDay(Date.now());
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    this.to = DATE.test(to) ? to : today;
    this.from = DATE.test(from) && from <= this.to ? from : isoDay(Date.parse(this.to) - 29 * DAY);
    void this.load();
  }

  private async load() {
    const generation = ++this.generation;
    const { from, to } = this;
    this.status = `Loading ${from} to ${to}…`;
    this.error = '';
    try {
      const [daily, arms, ...groups] = await Promise.all([
        stats(from, to, 'day'),
        experiments(from, to),
        ...BREAKDOWNS.map(([dimension]) => stats(from, to, dimension)),
      ]);
      if (generation !== this.generation) return;
      this.daily = daily;
      this.arms = arms.arms;
      this.breakdowns = Object.fromEntries(BREAKDOWNS.map(([dimension], i) => [dimension, groups[i]]));
      this.status = `Showing ${from} to ${to}.`;
    } catch (e) {
      if (generation !== this.generation) return;
      this.status = '';
      this.error =
        e instanceof ApiError && e.status === 401
          ? html`Your session has ended. <a href="dashboard">Sign in again</a>.`
          : `The collector did not answer: ${(e as Error).message}`;
    }
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const from = String(form.get('from'));
    const to = String(form.get('to'));
    if (!DATE.test(from) || !DATE.test(to) || from > to) {
      this.error = 'Choose a start date on or before the end date.';
      return;
    }
    this.from = from;
    this.to = to;
    history.replaceState(null, '', `?${query(from, to)}`);
    void this.load();
  }

  private csv(group: string, what: string) {
    return html`<a class="csv" href=${`stats.csv?${query(this.from, this.to, group)}`} download=${`consent-${group || 'totals'}-${this.from}-${this.to}.csv`}
      >Download ${what} as CSV</a
    >`;
  }

  protected override render() {
    return html`<header class="top">
        <h1>Consent insight</h1>
        <form method="post" action="dashboard/sign-out"><button type="submit" class="secondary">Sign out</button></form>
      </header>
      <main>
        <form class="range" @submit=${this.submit}>
          <label>From <input type="date" name="from" .value=${this.from} required /></label>
          <label>To <input type="date" name="to" .value=${this.to} required /></label>
          <button type="submit">Show</button>
        </form>
        <p class="status" role="status">${this.status}</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing} ${this.daily ? this.overview(this.daily) : nothing}
        ${this.daily ? this.perDay(this.daily) : nothing} ${this.breakdownSections()} ${this.arms ? this.experiments(this.arms) : nothing}
      </main>`;
  }

  private categories(s: Stats): string[] {
    return Object.keys(s.totals.granted).sort();
  }

  private overview(s: Stats) {
    const t = s.totals;
    return html`<section aria-labelledby="totals">
      <h2 id="totals">Totals</h2>
      <dl class="totals">
        ${COLUMNS.map(
          ([k, label]) =>
            html`<div>
              <dt>${label}</dt>
              <dd data-total=${k}>${count(t[k] as number)}</dd>
            </div>`,
        )}
        ${this.categories(s).map(
          (c) =>
            html`<div>
              <dt>Consent rate, ${c}</dt>
              <dd data-rate=${c}>${percent(t.rates[c] ?? 0)}</dd>
            </div>`,
        )}
      </dl>
      <p class="note">Shown counts banner impressions; a decision may follow on another day. Consent rates are per decision.</p>
      ${this.csv('', 'the totals')}
    </section>`;
  }

  private perDay(s: Stats) {
    const days = daysBetween(this.from, this.to);
    const byDay = new Map(s.rows.map((r) => [r.key.day, r]));
    const row = (d: string): Counts => byDay.get(d) ?? zero;
    const cats = this.categories(s);
    const counts: Line[] = COLUMNS.slice(0, 5).map(([k, label], i) => ({ label, values: days.map((d) => row(d)[k] as number), ...style(i) }));
    const rates: Line[] = cats.map((c, i) => ({ label: c, values: days.map((d) => row(d).rates[c] ?? 0), ...style(i) }));
    return html`<section aria-labelledby="per-day">
        <h2 id="per-day">Impressions and decisions per day</h2>
        <insight-chart
          .label=${`Line chart of impressions and decisions per day, ${this.from} to ${this.to}; the same numbers are in the table below.`}
          .days=${days}
          .lines=${counts}
        ></insight-chart>
        ${this.table(
          'Impressions and decisions per day',
          'daily',
          ['Day', ...COLUMNS.map(([, h]) => h)],
          days.map((d) => [d, ...COLUMNS.map(([k]) => count(row(d)[k] as number))]),
        )}
        ${this.csv('day', 'the days')}
      </section>
      <section aria-labelledby="rates">
        <h2 id="rates">Consent rate per category, per day</h2>
        ${
          cats.length
            ? html`<insight-chart
                  percent
                  .label=${`Line chart of the consent rate per category per day, ${this.from} to ${this.to}; the same numbers are in the table below.`}
                  .days=${days}
                  .lines=${rates}
                ></insight-chart>
                ${this.table(
                  'Consent rate per category, per day',
                  'daily-rates',
                  ['Day', 'Decisions', ...cats],
                  days.map((d) => [d, count(row(d).decisions), ...cats.map((c) => percent(row(d).rates[c] ?? 0))]),
                )}`
            : html`<p>No decisions in this range.</p>`
        }
      </section>`;
  }

  /**
   * A data table in a scrolling box (it may be wider than a phone). A chart's table sits in a
   * disclosure under it; a breakdown's table is the breakdown, under a heading that says what
   * its caption says (so the caption is for assistive technology only).
   */
  private table(caption: string, id: string, head: string[], rows: (string | TemplateResult)[][], disclosed = true) {
    const box = html`<div class="scroll" tabindex="0" role="region" aria-label=${`Table: ${caption}`}>
      <table data-table=${id}>
        <caption class=${disclosed ? '' : 'visually-hidden'}>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([first, ...rest]) =>
              html`<tr>
                <th scope="row">${first}</th>
                ${rest.map((v) => html`<td>${v}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
    return disclosed
      ? html`<details>
          <summary>Table: ${caption}</summary>
          ${box}
        </details>`
      : box;
  }

  private breakdownSections() {
    const loaded = BREAKDOWNS.filter(([d]) => this.breakdowns[d]);
    if (!loaded.length) return nothing;
    return html`<section aria-labelledby="breakdowns">
      <h2 id="breakdowns">Breakdowns</h2>
      <p class="note">The bar shows the share of impressions that ended in “Accept all”.</p>
      ${loaded.map(([dimension, heading]) => {
        const s = this.breakdowns[dimension]!;
        const cats = this.categories(s);
        const rows = s.rows.map((r) => [
          r.key[dimension] || '(none)',
          ...COLUMNS.map(([k]) => count(r[k] as number)),
          html`${percent(r.shown ? r.acceptedAll / r.shown : 0)}<meter
              aria-hidden="true"
              min="0"
              max="1"
              .value=${r.shown ? r.acceptedAll / r.shown : 0}
            ></meter>`,
          ...cats.map((c) => percent(r.rates[c] ?? 0)),
        ]);
        return html`<h3>By ${heading.toLowerCase()}</h3>
          ${
            s.rows.length
              ? this.table(
                  `By ${heading.toLowerCase()}`,
                  dimension,
                  [heading, ...COLUMNS.map(([, h]) => h), 'Accepted all per impression', ...cats.map((c) => `Rate, ${c}`)],
                  rows,
                  false,
                )
              : html`<p>Nothing counted in this range.</p>`
          }
          ${this.csv(dimension, `by ${heading.toLowerCase()}`)}`;
      })}
    </section>`;
  }

  private experiments(arms: Arm[]) {
    const base = arms[0];
    // The interval plot's scale: symmetric around no difference, wide enough for every interval.
    const reach = Math.max(0.01, ...arms.flatMap((a) => (a.ci95 ? a.ci95.map(Math.abs) : [])));
    const x = (d: number) => 50 + (d / reach) * 45;
    return html`<section aria-labelledby="experiments">
      <h2 id="experiments">Experiments</h2>
      ${
        arms.length < 2
          ? html`<p>No experiment with two or more arms in this range.</p>`
          : html`<p class="note">
                Each arm is compared with arm <strong>${base.arm}</strong> on the share of impressions that ended in “Accept all”: the difference, its 95 %
                confidence interval, and a two-proportion test. A difference is called only when p &lt; 0.05.
              </p>
              <div class="scroll" tabindex="0" role="region" aria-label="Table: experiment arms">
                <table data-table="experiments">
                  <caption>
                    Experiment arms compared with arm ${base.arm}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Arm</th>
                      <th scope="col">Shown</th>
                      <th scope="col">Decisions</th>
                      <th scope="col">Accepted all</th>
                      <th scope="col">Accepted all per impression</th>
                      <th scope="col">Difference (95 % interval)</th>
                      <th scope="col">Interval</th>
                      <th scope="col">p</th>
                      <th scope="col">Result</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${arms.map(
                      (a, i) =>
                        html`<tr>
                          <th scope="row">${a.arm}</th>
                          <td>${count(a.shown)}</td>
                          <td>${count(a.decisions)}</td>
                          <td>${count(a.acceptedAll)}</td>
                          <td>${percent(a.rate)}</td>
                          <td>${a.diff !== null && a.ci95 ? html`${points(a.diff)} (${points(a.ci95[0])} to ${points(a.ci95[1])})` : '—'}</td>
                          <td>
                            <svg class="interval" viewBox="0 0 100 16" width="120" height="16" aria-hidden="true">
                              ${svg`<line x1="50" y1="0" x2="50" y2="16" stroke="#595959" stroke-width="1"></line>`}
                              ${
                                a.ci95 && a.diff !== null
                                  ? svg`<line x1=${x(a.ci95[0])} y1="8" x2=${x(a.ci95[1])} y2="8" stroke=${a.significant ? '#1f5fbf' : '#595959'} stroke-width="3"></line>
                                <circle cx=${x(a.diff)} cy="8" r="3.5" fill=${a.significant ? '#1f5fbf' : '#595959'}></circle>`
                                  : nothing
                              }
                            </svg>
                          </td>
                          <td>${a.p === null ? '—' : pValue(a.p)}</td>
                          <td class="verdict">${i === 0 ? 'Baseline' : a.significant ? 'Significant' : 'Not significant'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <ul class="statements">
                ${arms
                  .slice(1)
                  .map(
                    (a) =>
                      html`<li>
                        ${
                          a.significant && a.diff !== null
                            ? html`<strong>Significant:</strong> arm ${a.arm} ends in “Accept all” ${a.diff > 0 ? 'more' : 'less'} often than arm ${base.arm}
                                (${points(a.diff)}, p ${a.p !== null && a.p < 0.001 ? '< 0.001' : `= ${pValue(a.p ?? 1)}`}).`
                            : html`<strong>Not significant:</strong> the difference between arm ${a.arm} and arm ${base.arm} may be
                                chance${a.p === null ? ' (too few impressions to test)' : ` (p = ${pValue(a.p)})`}.`
                        }
                      </li>`,
                  )}
              </ul>`
      }
      ${this.csv('arm', 'by arm')}
    </section>`;
  }
}

customElements.define('consent-dashboard', ConsentDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'consent-dashboard': ConsentDashboard;
  }
}
