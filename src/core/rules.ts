/**
 * What a stored decision grants under the rules in force: the one place that decides it. Pure
 * code (no DOM), shared by the browser's consent state (consent.ts) and by `consentry/server`
 * (src/entries/server.ts), so that a server never grants what the drop-in refuses.
 */
import type { Decision } from './codec.js';
import { has, own } from './guard.js';
import type { Mode } from './types.js';

/**
 * Modes from the one that asks least to the one that asks most. A decision records the mode and
 * the region it was made under, and holds where the rules in force ask no more than that mode; a
 * record without a mode (older than regions) holds (docs/regions.md).
 */
const MODES: Mode[] = ['none', 'notice', 'opt-out', 'opt-in'];

/** An optional category as the decision needs it (a configured `Category` is one). */
export interface Cat {
  id: string;
  /** Covered by a privacy signal's refusal besides `advertising` (`saleOrShare` in the configuration). */
  saleOrShare?: boolean;
  services: { id: string }[];
}

/** A category whose data may be sold or shared: advertising, and custom categories marked `saleOrShare`. */
export const sold = (c: Cat): boolean => c.id === 'advertising' || !!c.saleOrShare;

/** A refusal: a record that grants no optional category and no service on its own. */
export const refusal = (d: Decision): boolean => ![...Object.values(d.categories), ...Object.values(d.services)].includes(true);

/**
 * The record that speaks for the revision in force: one of that revision, or a refusal of another
 * revision younger than `reaskAfter` days (a new revision voids an acceptance, not a refusal:
 * docs/regions.md, decision 0028); `null` otherwise.
 */
export const current = <D extends Decision>(d: D | null | undefined, revision: string, reaskAfter: number): D | null =>
  d && (d.revision === revision || (refusal(d) && d.time + reaskAfter * 864e5 > Date.now())) ? d : null;

/**
 * What a record of another revision did not know, and the visitor is asked about: configured
 * categories it does not name, and services of its refused categories that it does not name (a
 * refusal names every service it refused). None for a record of the revision in force.
 */
export const unknown = (d: Decision | null, revision: string, cats: Cat[]): string[] =>
  !d || d.revision === revision
    ? []
    : cats.flatMap((c) => (has(d.categories, c.id) ? c.services.map((s) => s.id).filter((id) => !has(d.services, id)) : [c.id]));

/** Whether a record (of the revision in force) holds under `mode`: made under rules that asked at least as much. */
export const holds = (record: Decision, mode: Mode): boolean => MODES.indexOf(record.mode ?? mode) >= MODES.indexOf(mode);

/**
 * The values of every optional category and of their services for the decision that holds
 * (`null`: none), and whether the visitor has decided. A privacy signal (`signal`: GPC, or DNT
 * where configured, is honoured) refuses the `sold` categories
 * unless the decision was made while it was honoured (the visitor saw its effect and chose).
 * A category not in the decision takes its default: granted only outside opt-in or where the
 * region's rules make it `exempt`, and not refused by the signal. A record of another revision
 * (a refusal that stands, `current`) leaves the visitor undecided while something new is unknown.
 */
export function grants(
  stored: Decision | null,
  cats: Cat[],
  mode: Mode,
  signal: boolean,
  exempt: string[] = [],
  revision = stored?.revision,
): { categories: Record<string, boolean>; services: Record<string, boolean>; decided: boolean } {
  const categories: Record<string, boolean> = { necessary: true };
  const services: Record<string, boolean> = {};
  for (const c of cats) {
    const covered = signal && sold(c);
    const mine = stored && has(stored.categories, c.id) && !(covered && !stored.signal) ? stored.categories[c.id] : undefined;
    categories[c.id] = mine ?? (!covered && (mode !== 'opt-in' || exempt.includes(c.id)));
    // A refused category's service may be granted on its own (a `<consent-gate>` for it).
    for (const { id } of c.services)
      services[id] = categories[c.id] ? (own(stored?.services, id) ?? true) : mine === false && own(stored!.services, id) === true;
  }
  // An exempt category needs no answer; a new one or a new service of a refused one does.
  const decided =
    MODES.indexOf(mode) < 2 /* none, notice */ ||
    ((!!stored || exempt.length > 0) &&
      cats.every((c) => exempt.includes(c.id) || (stored && has(stored.categories, c.id))) &&
      !unknown(stored, revision!, cats).length);
  return { categories, services, decided };
}
