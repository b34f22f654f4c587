import { html, nothing, render as litRender, svg } from 'lit/html.js';
import type * as Consent from '../../core/consent.js';
import type { Category, Service } from '../../core/types.js';
import { webUrl } from '../../core/guard.js';
import { language } from '../../i18n/language.js';
import { categoryText } from '../../i18n/category-text.js';
import { loadPurposes, purposeText } from '../../i18n/purpose.js';
import { shipped } from '../../i18n/texts.js';
import { readableDuration, readableName } from '../../notice/names.js';
import { css } from '../css.js';

/**
 * What the banner hands to the preferences dialog, which is built into its own chunk
 * (`consentry.preferences.js`).
 */
export interface PreferencesHost {
  consent: typeof Consent;
  /** A text of the UI language. */
  t(key: string): string;
  /** A text split into plain text and safe links. */
  pieces(key: string): Array<string | { label: string; href: string }>;
  /** Re-renders the banner. */
  update(): void;
  /** Closes the dialog without deciding. */
  close(): void;
}

/** Every action has the same look, so that refusing is as prominent as accepting. */
const button = (host: PreferencesHost, key: string, part: string, onClick: () => void) =>
  html`<button part="button ${part}" @click=${onClick}>${host.t(key)}</button>`;

/** Switch positions, until saved. */
let draft: Record<string, boolean> = {};

/** Starts the dialog from the current choices. */
export function open(consent: typeof Consent): void {
  const { categories, services } = consent.snapshot();
  draft = { ...categories, ...services };
}

function toggle(host: PreferencesHost, id: string, on: boolean): void {
  draft[id] = on;
  for (const c of host.consent.optional()) {
    if (c.id === id) for (const s of c.services) draft[s.id] = on;
    else if (c.services.some((s) => s.id === id)) draft[c.id] = c.services.some((s) => draft[s.id]);
  }
  host.update();
}

function control(host: PreferencesHost, id: string, label: string, locked: boolean, described?: string) {
  return html`<label
    ><input
      type="checkbox"
      role="switch"
      part="switch"
      aria-describedby=${described ?? nothing}
      .checked=${locked || !!draft[id]}
      ?disabled=${locked}
      @change=${(e: Event) => toggle(host, id, (e.target as HTMLInputElement).checked)}
    /><span>${label}</span></label
  >`;
}

function category(host: PreferencesHost, c: Category) {
  const { consent, t } = host;
  const locked = c.id === 'necessary' || consent.getConfig().mode === 'notice';
  const config = consent.getConfig();
  const label = categoryText(config, language(), c.id);
  const gpc = consent.sold(c) && consent.privacySignal();
  return html`<li part="category">
    ${control(host, c.id, label, locked, 'd-' + c.id)}
    <p class="small" id=${'d-' + c.id}>${c.id === 'necessary' ? t('alwaysOn') + '. ' : ''}${categoryText(config, language(), c.id, true)}</p>
    ${config.mode === 'opt-in' && config.exempt?.includes(c.id) ? html`<p class="small" part="exempt">${t('exempt')}</p>` : nothing}
    ${gpc ? html`<p class="small">${t(consent.snapshot().gpc && consent.getConfig().honorGpc ? 'gpc' : 'dnt')}</p>` : nothing}
    ${
      c.services.length
        ? html`<ul aria-label="${t('services')}: ${label}">
              ${c.services.map((s) => html`<li>${control(host, s.id, s.name, locked)}</li>`)}
            </ul>
            ${details(host, c)}`
        : nothing
    }
  </li>`;
}

/** A text with its `{name}` placeholders filled; a function replacer, so `$&` in a value stays text. */
const fill = (text: string, parts: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => parts[k] ?? m);

/**
 * What each service of a category does and stores, behind a native disclosure (keyboard and
 * screen readers know `<details>`): provider, purpose, privacy policy, and every cookie and
 * storage key with its lifetime, from the catalogue and the configuration. Informed consent
 * needs the facts one click away, not on another page. The catalogue's purposes come in the UI
 * language from their own file, fetched with the dialog (src/i18n/purpose.ts); until it is here
 * no purpose shows rather than an English one.
 */
function details(host: PreferencesHost, c: Category) {
  const { t } = host;
  const file = shipped(language());
  const purpose = (p: string) => (loadPurposes(file, host.update) ? purposeText(p, file) : '');
  const name = (n: string) => readableName(n, (form, parts) => fill(t('name' + form[0].toUpperCase() + form.slice(1)), parts));
  const lifetime = (d?: string) => (d ? readableDuration(d, language(), t('session')) : t('notStated'));
  return html`<details part="details">
    <summary>${t('details')}</summary>
    ${c.services.map((s) => service(host, s, name, lifetime, purpose))}
  </details>`;
}

function service(host: PreferencesHost, s: Service, name: (n: string) => string, lifetime: (d?: string) => string, purpose: (p: string) => string) {
  const { t } = host;
  const provider = s.provider || s.name;
  const said = s.purpose && purpose(s.purpose);
  const rows = [...s.cookies.map((k) => [name(k.name), lifetime(k.duration)]), ...s.storage.map((k) => [name(k), t('browserStorage')])];
  return html`<section class="svc" aria-label=${s.name}>
    <h3>${s.name}</h3>
    <dl>
      <dt>${t('provider')}</dt>
      <dd>${provider}</dd>
      ${
        said
          ? html`<dt>${t('purpose')}</dt>
              <dd>${said}</dd>`
          : nothing
      }
    </dl>
    ${
      rows.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">${t('cookieName')}</th>
                <th scope="col">${t('lifetime')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                ([n, d]) =>
                  html`<tr>
                    <td>${n}</td>
                    <td>${d}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
    ${s.privacyUrl && webUrl(s.privacyUrl) ? html`<a part="link" href=${s.privacyUrl}>${fill(t('privacyPolicy'), { provider })}</a>` : nothing}
  </section>`;
}

/** The close icon: a cross drawn in the text colour, quieter than the title. */
const cross = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M6 6l12 12M18 6 6 18" /></svg>`;

/** The "Copied" confirmation shows after a copy, until the dialog re-renders for another reason. */
let copied = false;

/**
 * Copies the consent id; where the clipboard is unavailable (an insecure page, a refused
 * permission) selects it instead, so that the visitor can copy it by hand.
 */
function copy(host: PreferencesHost, value: HTMLElement): void {
  const done = () => {
    copied = true;
    host.update();
  };
  const select = () => getSelection()?.selectAllChildren(value);
  try {
    navigator.clipboard.writeText(value.textContent).then(done, select);
  } catch {
    select();
  }
}

/** The last download of the visitor's record failed: said in the status line until the next render for another reason. */
let failed = false;

/** At most this many pages of receipts (100 each) go into a downloaded record. */
const MAX_PAGES = 20;

/**
 * Downloads the visitor's own record: every receipt the collector keeps under consent id `id`
 * (`GET …/consents/<id>`, next to `consent-endpoint`, public and paged, newest first) as
 * `consentry-record-<id>.json`. No cookie and no referrer go with the request; a failure is said
 * in the status line.
 */
async function download(host: PreferencesHost, endpoint: string, id: string): Promise<void> {
  try {
    const receipts: unknown[] = [];
    let next = '';
    for (let page = 0; page < MAX_PAGES; page++) {
      const url = new URL('consents/' + encodeURIComponent(id), new URL(endpoint, location.href));
      if (next) url.searchParams.set('before', next);
      const r = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
      // 404: nothing kept under this id (yet), an empty record.
      if (r.status === 404 && !next) break;
      const body: unknown = r.ok && (await r.json());
      const list = (body as { receipts?: unknown })?.receipts;
      if (!Array.isArray(list)) throw new Error();
      receipts.push(...list);
      next = (body as { next?: unknown }).next as string;
      if (typeof next !== 'string' || !/^\d{1,16}$/.test(next)) break;
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify({ id, receipts }, null, 2)], { type: 'application/json' }));
    a.download = `consentry-record-${id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 6e4);
  } catch {
    failed = true;
    host.update();
  }
}

/**
 * The visitor's consent id, once they have decided: the key to their records (a site that keeps
 * receipts, docs/consent-records.md, finds them by it), with a copy button.
 */
function consentId(host: PreferencesHost) {
  const { consent, t } = host;
  const snapshot = consent.snapshot();
  if (!snapshot.timestamp) return nothing;
  const wasCopied = copied;
  const wasFailed = failed;
  copied = failed = false;
  const endpoint = consent.getConfig().consentEndpoint;
  return html`<div part="consent-id" class="cid">
    <span id="cid-l">${t('consentId')}</span>
    <code>${snapshot.id}</code>
    <button part="button copy" aria-describedby="cid-l" @click=${(e: Event) => copy(host, (e.target as HTMLElement).previousElementSibling as HTMLElement)}>
      ${t('copy')}
    </button>
    ${endpoint ? html`<button part="button download" @click=${() => download(host, endpoint, snapshot.id)}>${t('downloadRecord')}</button>` : nothing}
    <span role="status" class="small">${wasCopied ? t('copied') : wasFailed ? t('downloadFailed') : ''}</span>
    <p class="small">${t('consentIdText')}</p>
  </div>`;
}

/**
 * Renders the preferences dialog into `container` (a native modal `<dialog>`, so focus is
 * trapped and Escape closes it), or removes it when `shown` is false.
 */
export function render(host: PreferencesHost, container: HTMLElement, shown: boolean): void {
  litRender(shown ? dialog(host) : nothing, container);
}

/**
 * The dialog. Its `close` event is queued as a task after Escape (or `close()`) closes it, so
 * `showPreferences()` in between has already opened it again: a `close` that arrives while the
 * dialog is open is stale, and closing the view then would remove the reopened dialog.
 */
function dialog(host: PreferencesHost) {
  const { consent, t } = host;
  const config = consent.getConfig();
  return html`<dialog
    part="dialog"
    class="panel"
    aria-labelledby="ptitle"
    @close=${(e: Event) => !(e.target as HTMLDialogElement).open && consent.getView() === 'preferences' && host.close()}
  >
    <div class="head">
      <h2 id="ptitle">${t('preferencesTitle')}</h2>
      <button part="button close" class="close" aria-label=${t('close')} title=${t('close')} @click=${host.close}>${cross}</button>
    </div>
    <p>
      ${host.pieces(host.consent.getConfig().exempt?.length ? 'exemptPreferencesText' : 'preferencesText').map((p) => (typeof p === 'string' ? p : html`<a part="link" href=${p.href}>${p.label}</a>`))}
      ${config.policyUrl ? html`<a part="link" href=${config.policyUrl}>${t('policy')}</a>` : nothing}
    </p>
    <ul>
      ${config.categories.map((c) => category(host, c))}
    </ul>
    <div class="actions">
      ${button(host, 'acceptAll', 'accept', () => consent.acceptAll('preferences'))}
      ${button(host, 'rejectAll', 'reject', () => consent.rejectAll('preferences'))} ${button(host, 'save', 'save', () => consent.decide(draft, 'preferences'))}
    </div>
    ${consentId(host)}
  </dialog>`;
}

/**
 * The dialog's own styles, added to the banner's shadow root when the chunk arrives (the muted
 * colour and `.small` are the dialog's alone: the first layer does without them).
 */
export const styles = css`
  :host {
    --_muted: var(--consentry-muted-color, light-dark(#4b4b55, #c4c4cc));
  }
  .small {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  dialog.panel {
    margin: auto;
    inline-size: min(36rem, calc(100% - 2rem));
    max-block-size: calc(100dvh - 2rem);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: #000a;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .head {
    display: flex;
    align-items: start;
    gap: 1rem;
  }
  .head h2 {
    flex: 1;
  }
  /* A quiet icon button: a 44px target (WCAG 2.5.5) with no border or fill, so that the title
     leads; the shared focus ring shows it to keyboard users. */
  .close {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    min-block-size: 0;
    margin-block: -0.5rem 0;
    margin-inline: 0 -0.75rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
  }
  .close:hover {
    color: var(--_fg);
    background: color-mix(in srgb, var(--_fg) 10%, transparent);
  }
  .close svg {
    inline-size: 1.25rem;
  }
  ul {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  li {
    padding-block: 0.75rem 0;
    border-block-start: 1px solid var(--_line);
  }
  ul ul {
    margin: 0.25rem 0 0.75rem;
    padding-inline-start: 1rem;
  }
  ul ul li {
    padding-block: 0.25rem;
    border: 0;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    cursor: pointer;
  }
  input {
    appearance: none;
    flex: none;
    position: relative;
    margin: 0;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    border: 2px solid var(--_line);
    border-radius: 1rem;
    background: var(--_bg);
    cursor: pointer;
  }
  input::before {
    content: '';
    position: absolute;
    inset: 0.125rem;
    inline-size: 1rem;
    border-radius: 50%;
    background: var(--_line);
  }
  input:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  input:checked::before {
    inset-inline-start: auto;
    background: var(--_on-accent);
  }
  input:disabled {
    cursor: default;
    opacity: 0.7;
  }
  li p {
    margin: 0.25rem 0 0.75rem;
  }
  details {
    margin-block-end: 0.75rem;
  }
  summary {
    inline-size: fit-content;
    padding-block: 0.5rem;
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 700;
    cursor: pointer;
  }
  .svc {
    margin-block-start: 0.5rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_fg) 5%, var(--_bg));
    font-size: 0.875rem;
  }
  .svc h3 {
    font-size: 0.9375rem;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0.5rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: 0.5rem;
  }
  th,
  td {
    padding-block: 0.25rem;
    padding-inline: 0 0.5rem;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    border-block-end: 1px solid color-mix(in srgb, var(--_line) 40%, transparent);
  }
  th {
    color: var(--_muted);
    font-weight: 400;
  }
  .cid {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_line);
  }
  .cid code {
    font-size: 0.875rem;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .cid button {
    padding-block: 0.25rem;
  }
  .cid p {
    flex-basis: 100%;
    margin: 0;
  }
`;
