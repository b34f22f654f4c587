/// <reference lib="dom" />
/**
 * `<insight-chart>`: one daily line chart drawn by uPlot (decision 0031) on a canvas, with its own
 * legend (uPlot's is a table without headers, so it is turned off). The chart is an image for
 * assistive technology; the table beside it in the dashboard carries the same numbers.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import uPlot from 'uplot';

export interface Line {
  label: string;
  values: number[];
  /** A colour with at least 3:1 contrast on white (WCAG 1.4.11). */
  color: string;
  /** Dash pattern in CSS pixels, so lines differ by more than colour (WCAG 1.4.1). */
  dash?: number[];
}

const UTC = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');
/** The x axis' labels: counters are per UTC day, so days, never hours. */
const dayLabel = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const DAY_STEPS = [1, 2, 7, 14, 28, 91, 182, 364].map((d) => d * 86_400);

/**
 * @attr label - the chart's accessible name
 */
export class InsightChart extends LitElement {
  static override properties = {
    label: {},
    days: { attribute: false },
    lines: { attribute: false },
    percent: { type: Boolean },
  };

  label = '';
  /** The x values: UTC days as `YYYY-MM-DD`. */
  days: string[] = [];
  lines: Line[] = [];
  /** Values are rates (0 to 1), shown as percentages. */
  percent = false;

  private plot: uPlot | null = null;
  private resize = new ResizeObserver(() => this.fit());

  // Light DOM: the page's stylesheet (with uPlot's) styles the chart.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  protected override render() {
    return html`<div class="plot" role="img" aria-label=${this.label}></div>
      <ul class="legend">
        ${this.lines.map(
          (l) =>
            html`<li>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="28" y2="5" stroke=${l.color} stroke-width="3" stroke-dasharray=${(l.dash ?? []).join(' ') || 'none'}></line></svg
              >${l.label}
            </li>`,
        )}
      </ul>`;
  }

  private size() {
    return { width: Math.max(200, this.clientWidth), height: 220 };
  }

  private fit() {
    if (this.plot && Math.abs(this.plot.width - this.size().width) > 1) this.plot.setSize(this.size());
  }

  protected override updated(changed: PropertyValues) {
    if (!changed.has('days') && !changed.has('lines') && !changed.has('percent')) return;
    this.plot?.destroy();
    const target = this.querySelector('.plot') as HTMLElement;
    const format = this.percent ? (v: number) => `${Math.round(v * 100)} %` : (v: number) => v.toLocaleString('en-US');
    this.plot = new uPlot(
      {
        ...this.size(),
        tzDate: UTC,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { y: this.percent ? { range: [0, 1] } : { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
        axes: [
          {
            stroke: '#333',
            grid: { stroke: '#e3e3e3' },
            ticks: { stroke: '#999' },
            incrs: DAY_STEPS,
            space: 48,
            values: (_u, vals) => vals.map((v) => dayLabel.format(v * 1000)),
          },
          { stroke: '#333', grid: { stroke: '#e3e3e3' }, ticks: { stroke: '#999' }, size: 56, values: (_u, vals) => vals.map(format) },
        ],
        series: [{}, ...this.lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, dash: l.dash, points: { show: true, size: 5 } }))],
      },
      [this.days.map((d) => Date.parse(d + 'T00:00:00Z') / 1000), ...this.lines.map((l) => l.values)],
      target,
    );
  }
}

customElements.define('insight-chart', InsightChart);

declare global {
  interface HTMLElementTagNameMap {
    'insight-chart': InsightChart;
  }
}
