/**
 * How a declared cookie or storage name reads to a visitor. `/^_ga_/` is a pattern a developer
 * reads; a visitor reads "names starting with _ga_". The forms, each a text of the language
 * shown (the dialog's UI tables and the notice's tables have one each):
 * - `starts`, `ends`, `contains` with `{text}`: a literal anchored at the start, the end, or not at all;
 * - `startsEnds` with `{start}` and `{end}`: `^a.*b$`;
 * - `matches` with `{text}`: any other pattern, written out as it is (without its slashes).
 */
export type NameForm = 'starts' | 'ends' | 'contains' | 'startsEnds' | 'matches';

/** A literal in a pattern: characters with no special meaning, or an escaped punctuation mark. */
const LITERAL = String.raw`(?:[^\\^$.*+?()[\]{}|/]|\\[^\w\s])+`;
const FORM = new RegExp(String.raw`^(\^?)(${LITERAL})(?:(\.\*)(${LITERAL}))?(\$?)$`);

/**
 * Writes `name` (a plain name, or a `/regex/` declaration) for people: a plain name as it is, a
 * pattern in words, with `say(form, parts)` giving the words in the language shown. Used by the
 * preferences dialog's details and the privacy notice's cookie table, so that both read alike.
 */
export function readableName(name: string, say: (form: NameForm, parts: Record<string, string>) => string): string {
  if (!/^\/.+\/$/.test(name)) return name;
  const body = name.slice(1, -1);
  const m = FORM.exec(body);
  if (!m) return say('matches', { text: body });
  const [, start, a, any, b, end] = m;
  const text = (s: string) => s.replace(/\\(.)/g, '$1');
  if (any) return start && end ? say('startsEnds', { start: text(a), end: text(b) }) : say('matches', { text: body });
  return start && end ? text(a) : say(start ? 'starts' : end ? 'ends' : 'contains', { text: text(a) });
}

/** A lifetime as the catalogue and most configurations write it: "2 years", "30 minutes". */
const LIFETIME = /^(\d{1,4}) (year|month|week|day|hour|minute|second)s?$/;

/**
 * A declared lifetime in the language shown: "13 months" reads "13 Monate" in German (the
 * browser's own unit names), "session" reads `session`; any other wording stays as written.
 */
export function readableDuration(duration: string, lang: string, session: string): string {
  const m = LIFETIME.exec(duration);
  if (m)
    try {
      return new Intl.NumberFormat(lang, { style: 'unit', unit: m[2], unitDisplay: 'long' }).format(+m[1]);
    } catch {
      // An unknown language tag: the duration as written.
    }
  return duration === 'session' ? session : duration;
}
