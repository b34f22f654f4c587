import { isObject, type Config } from '../core/resolve.js';
import { on } from '../core/consent.js';
import { OPTIONS } from '../core/options.js';
import { report } from '../core/report.js';

/**
 * Fair banner experiments (docs/configuration.md#experiments, decision 0029): the JSON
 * configuration's `experiments` names arms, each with a weight, that may change the banner's
 * words, layout and position, and nothing else. What must stay equal between arms (the buttons'
 * wording, prominence and order, switches off until the visitor turns them on, the reject option
 * on the first layer) cannot be expressed in an arm: a key that tries is refused, and whoever
 * would have been shown that arm sees the first one, the control.
 */

/** One arm, checked. */
export interface Arm {
  id: string;
  weight: number;
  layout?: Config['layout'];
  position?: Config['position'];
  texts?: Record<string, Record<string, string>>;
}

/** An experiment, checked: its arms, the first the control; `refused` the ids of unfair arms. */
export interface Experiment {
  id: string;
  arms: Arm[];
  refused: Set<string>;
}

/** The id of an experiment or an arm: receipts and impressions carry it (docs/receipts.md). */
const ARM_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** At most this many arms: each is one more value in the counters, none per visitor. */
const MAX_ARMS = 8;

/** The button labels: an arm may not reword a choice (what it means must read the same in every arm). */
const BUTTON_KEYS = ['acceptAll', 'rejectAll', 'preferences', 'save', 'optOut', 'ok', 'close', 'revisit'];

/** Arm keys that would make the arms unequal, and what each would change. */
const UNFAIR: Record<string, string> = {
  buttons: 'changes a button',
  order: "changes the buttons' order",
  prominence: "changes the buttons' prominence",
  theme: "changes the buttons' prominence",
  css: "changes the buttons' prominence",
  style: "changes the buttons' prominence",
  styles: "changes the buttons' prominence",
  categories: 'pre-ticks a switch',
  defaults: 'pre-ticks a switch',
  checked: 'pre-ticks a switch',
  granted: 'pre-ticks a switch',
  mode: "drops the first layer's reject option",
  reject: "drops the first layer's reject option",
  rejectAll: "drops the first layer's reject option",
};

const allowed = (name: string): RegExp => OPTIONS.find((o) => o[0] === name)![2] as RegExp;

/** Why arm `raw` is unfair or malformed, or `undefined` when it is a fair arm. */
function fault(raw: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(raw)) {
    if (key in UNFAIR) return UNFAIR[key] + ` ("${key}")`;
    if (!['id', 'weight', 'layout', 'position', 'texts'].includes(key)) return `has "${key}": an arm may change only texts, layout and position`;
  }
  if (raw.weight !== undefined && !(typeof raw.weight === 'number' && raw.weight >= 0 && raw.weight <= 1e6))
    return 'has a weight that is not a number from 0 to 1000000';
  for (const name of ['layout', 'position'] as const)
    if (raw[name] !== undefined && !(typeof raw[name] === 'string' && allowed(name).test(raw[name])))
      return `has a ${name} that is not one of the option's values`;
  if (raw.texts === undefined) return;
  if (!isObject(raw.texts)) return 'has "texts" that is not an object of languages';
  for (const [lang, table] of Object.entries(raw.texts)) {
    if (!isObject(table)) return `has texts.${lang} that is not an object`;
    for (const [key, value] of Object.entries(table)) {
      if (BUTTON_KEYS.includes(key)) return `changes a button ("texts.${lang}.${key}"): every arm keeps the buttons' words`;
      if (typeof value !== 'string') return `has texts.${lang}.${key} that is not a text`;
    }
  }
}

/**
 * Checks the JSON `experiments`: `{ id, arms: [{ id, weight, layout?, position?, texts? }] }`.
 * Reports (once) what is malformed or unfair, naming the experiment and the arm; `undefined`
 * when there is no experiment to run.
 */
export function checkExperiment(raw: unknown): Experiment | undefined {
  const bad = (why: string) => void report(`experiments: ${why}; no experiment runs`);
  if (!isObject(raw) || typeof raw.id !== 'string' || !ARM_ID.test(raw.id)) return bad('needs an "id" of 1 to 32 letters, digits, - or _');
  const name = `experiment "${raw.id}"`;
  if (!Array.isArray(raw.arms) || !raw.arms.length || raw.arms.length > MAX_ARMS) return bad(`${name} needs "arms", a list of 1 to ${MAX_ARMS}`);
  const arms: Arm[] = [];
  const refused = new Set<string>();
  for (const [i, a] of raw.arms.entries()) {
    if (!isObject(a) || typeof a.id !== 'string' || !ARM_ID.test(a.id) || arms.some((b) => b.id === a.id))
      return bad(`${name}: arms[${i}] needs an "id" of 1 to 32 letters, digits, - or _, unique in the experiment`);
    arms.push({ id: a.id, weight: typeof a.weight === 'number' ? a.weight : 1, layout: a.layout, position: a.position, texts: a.texts });
    const why = fault(a);
    if (why) {
      if (!i) return bad(`${name}: its first arm "${a.id}" (the control) ${why}`);
      refused.add(a.id);
      report(`experiments: ${name}, arm "${a.id}" ${why}; it is refused, and the visitors it would have had see the first arm ("${arms[0].id}")`);
    }
  }
  if (!arms.some((a) => a.weight > 0)) return bad(`${name}: every arm has weight 0`);
  return { id: raw.id, arms, refused };
}

/** Draws an arm, each with the chance of its weight; `random` is in [0, 1). */
export function draw(arms: Arm[], random: number): Arm {
  const total = arms.reduce((sum, a) => sum + a.weight, 0);
  let left = random * total;
  for (const a of arms) if (a.weight > 0 && (left -= a.weight) < 0) return a;
  // Rounding at the very end of the range: the last arm with a weight.
  return arms.filter((a) => a.weight > 0).pop()!;
}

/** A uniform random number in [0, 1) from the browser's cryptographic generator. */
export const random = (): number => crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;

/** Where the arm waits until the visitor decides: `consentry:<cookie-name>:arm`. */
const armKey = (config: Config): string => `consentry:${config.cookieName}:arm`;

/** The arm this page shows, by experiment id (configuring again keeps it). */
const chosen: Record<string, string> = {};
/** The storage key and value of the arm in force, once listening. */
let keep: [key: string, value: string] | undefined;

/** The arm kept from an earlier page load of this experiment, if any. */
function kept(key: string, experiment: string): string | undefined {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key) || 'null');
    if (isObject(v) && v.experiment === experiment && typeof v.arm === 'string') return v.arm;
  } catch {
    /* blocked or not ours: a new draw */
  }
}

const write = (key: string, value?: string): void => {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked: the arm lasts this page */
  }
};

/**
 * Applies the experiment of `config.json.experiments` to `config`: the visitor's arm (kept from
 * an earlier page load while undecided, else drawn by weight) changes its texts, layout and
 * position, and `config.arm` names it. The arm is written to localStorage only while the banner
 * shows, and removed at the decision: a handful of values shared by every visitor of an arm,
 * never one per visitor, so it identifies no one (docs/configuration.md#experiments).
 */
export function applyExperiment(config: Config): Config {
  const experiment = checkExperiment(config.json.experiments);
  if (!experiment) return config;
  const key = armKey(config);
  const id = chosen[experiment.id] ?? kept(key, experiment.id);
  // A new visitor, or an arm since removed from the configuration: a draw; a refused arm: the control.
  let arm = experiment.arms.find((a) => a.id === id) ?? draw(experiment.arms, random());
  if (experiment.refused.has(arm.id)) arm = experiment.arms[0];
  config.arm = chosen[experiment.id] = arm.id;
  if (arm.layout) config.layout = arm.layout;
  if (arm.position) config.position = arm.position;
  for (const [lang, table] of Object.entries(arm.texts ?? {})) Object.assign((config.texts[lang] ??= Object.create(null)), table);
  if (!keep) {
    on('ui', ({ view }) => view === 'banner' && write(...keep!));
    // A decision ends the experiment for this visitor (a reset, which has no time, shows the banner again).
    on('change', ({ timestamp, source }) => timestamp && source !== 'sync' && write(keep![0]));
  }
  keep = [key, JSON.stringify({ experiment: experiment.id, arm: arm.id })];
  return config;
}
