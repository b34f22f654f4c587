/// <reference lib="dom" />
/**
 * What the dashboard reads: the collector's `/stats` and `/experiments` (docs/consent-records.md,
 * "Statistics" and "Experiments"), fetched with the session cookie from the collector's own origin.
 */

/** The counts of one group of days (or of the whole range). */
export interface Counts {
  shown: number;
  decisions: number;
  acceptedAll: number;
  refusedAll: number;
  chose: number;
  undecided: number;
  /** Decisions that granted each optional category. */
  granted: Record<string, number>;
  /** granted / decisions per category, 0 to 1. */
  rates: Record<string, number>;
}

interface StatsRow extends Counts {
  key: Record<string, string>;
}

export interface Stats {
  from: string;
  to: string;
  group: string[];
  rows: StatsRow[];
  totals: Counts;
}

/** One experiment arm, compared with the first one (`diff`, `ci95`, `p` are null for the first). */
export interface Arm {
  arm: string;
  shown: number;
  decisions: number;
  acceptedAll: number;
  rate: number;
  diff: number | null;
  ci95: [number, number] | null;
  p: number | null;
  significant: boolean;
}

/** A request the collector refused; `status` 401 means the session has ended. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `from`, `to` and `group` as the endpoints take them; relative, so a path prefix in front of the collector still works. */
export function query(from: string, to: string, group?: string): string {
  const q = new URLSearchParams({ from, to });
  if (group !== undefined) q.set('group', group);
  return q.toString();
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new ApiError(res.status, body.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export const stats = (from: string, to: string, group: string) => get<Stats>(`stats?${query(from, to, group)}`);
export const experiments = (from: string, to: string) => get<{ arms: Arm[] }>(`experiments?${query(from, to)}`);

/** `YYYY-MM-DD` of a time, in UTC (the counters' days). */
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Every UTC day from `from` to `to`, inclusive (at most `max`). */
export function daysBetween(from: string, to: string, max = 366): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z') && days.length < max; t += 86_400_000) days.push(isoDay(t));
  return days;
}
