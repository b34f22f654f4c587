// The three files a scan writes: report.json (its schema: ../report.schema.json), report.html
// (one self-contained page: no scripts, no external requests, screenshots inline) and
// consent-config.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PASS_NAMES = { 'no-choice': 'No choice', gpc: 'No choice, with Global Privacy Control', reject: 'Reject all', accept: 'Accept all' };
const FOUND_BY = { start: 'the start URL', list: 'the --urls list', sitemap: 'the sitemap', link: 'a link' };

/** report.json's content: plain data, no Maps, no screenshots. */
export function toReport({ start, pages, sitemaps = [], leaks, startedAt, finishedAt, version }) {
  const rules = [...new Set(pages.filter((p) => p.findings?.['no-choice']).map((p) => p.rules))];
  return {
    $schema: 'https://unpkg.com/consentry-scan/dist/report.schema.json',
    tool: { name: 'consentry-scan', version },
    url: start,
    startedAt,
    finishedAt,
    // The rules pass 1 was judged by (each page's are in pages[].rules); 'mixed' when pages differ.
    rules: rules.length > 1 ? 'mixed' : (rules[0] ?? 'opt-in'),
    summary: {
      pages: pages.length,
      scanned: pages.filter((p) => p.findings?.['no-choice']).length,
      leaks: leaks.length,
      problems: pages.reduce((n, p) => n + p.problems.length, 0),
    },
    sitemaps,
    leaks,
    pages: pages.map((p) => ({
      url: p.url,
      foundBy: p.foundBy,
      rules: p.rules,
      consentTool: p.consentTool ?? null,
      passes: Object.keys(p.findings ?? {}),
      problems: p.problems,
      findings: Object.fromEntries(Object.entries(p.findings ?? {}).map(([pass, items]) => [pass, items.map(({ root: _root, ...it }) => it)])),
    })),
  };
}

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const who = (i) => (i ? `${esc(i.url)}${i.line ? `:${i.line}` : ''}` : '<span class="dim">unknown</span>');
const party = (p) => (p ? `${esc(p.name)} <span class="dim">(${esc(p.company)}, ${esc(p.category)})</span>` : '<span class="dim">unknown</span>');

function itemsTable(items) {
  if (!items.length) return '<p class="dim">Nothing recorded.</p>';
  const rows = items
    .map(
      (it) =>
        `<tr class="${it.party?.tracking ? 'trk' : ''}"><td>${esc(it.kind)}</td><td class="name">${esc(it.name)}</td><td>${it.kind === 'cookie' ? `${esc(it.domain)}${it.thirdParty ? ' (third party)' : ''}, ${it.lifetimeDays === null ? 'session' : `${it.lifetimeDays} days`}` : it.kind === 'request' ? esc(it.type) : esc(it.area ?? '')}</td><td>${party(it.party)}</td><td class="name">${who(it.initiator)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>What</th><th>Name or URL</th><th>Details</th><th>Party</th><th>Set or sent by</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sitemapList(files) {
  if (!files?.length) return '';
  const items = files
    .map((f) => `<li class="name">${esc(f.url)}: ${f.pages} page${f.pages === 1 ? '' : 's'}${f.problems.map((x) => `; ${esc(x)}`).join('')}</li>`)
    .join('');
  return `<p>Sitemaps read:</p><ul>${items}</ul>`;
}

/** report.html: written for a person; everything it shows is escaped text. */
export function toHtml(report, pages) {
  const { summary, leaks } = report;
  const leakRows = leaks
    .map(
      (l) =>
        `<tr><td class="name">${esc(l.page)}</td><td>${esc(PASS_NAMES[l.pass])}</td><td>${esc(l.kind)}</td><td class="name">${esc(l.name)}</td><td>${party(l.party)}</td><td class="name">${who(l.initiator)}</td><td>${l.fix.markup ? `<code>${esc(l.fix.markup)}</code><br>` : ''}declare <code>${esc(l.fix.service)}</code> in <code>${esc(l.fix.category)}</code></td></tr>`,
    )
    .join('');
  const pageSections = pages
    .map((p) => {
      const shot = p.visits['no-choice']?.screenshot;
      const probs = p.problems.map((x) => `<li><strong>${esc(x.kind)}</strong>: ${esc(x.message)}</li>`).join('');
      const passes = Object.entries(p.findings ?? {})
        .map(([pass, items]) => `<h4>${esc(PASS_NAMES[pass])}</h4>${itemsTable(items)}`)
        .join('');
      return `<section><h3 class="name">${esc(p.url)}</h3><p>Found through ${esc(FOUND_BY[p.foundBy] ?? p.foundBy)}. Consent tool: ${esc(p.consentTool ?? 'none recognised (only the first visit, no choice, is reported)')}; ${esc(p.rules)} rules.</p>${probs ? `<ul class="problems">${probs}</ul>` : ''}${shot ? `<figure><img alt="The page as first found, before any choice" src="data:image/jpeg;base64,${shot}"><figcaption>As first found, before any choice</figcaption></figure>` : ''}${passes}</section>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>Consentry scan: ${esc(report.url)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:13px}th,td{border:1px solid #ccc;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}.name{word-break:break-all}.dim{color:#555}.trk td:first-child{border-left:4px solid #b00020}
.verdict{font-size:1.2rem;padding:.6rem 1rem;border-radius:6px}.bad{background:#fde7ea}.good{background:#e6f4ea}
code{font-size:12px;background:#f5f5f5;padding:0 .2rem;word-break:break-all}img{max-width:100%;border:1px solid #ccc}section{border-top:2px solid #ddd;margin-top:1.5rem}
</style></head><body>
<h1>Consentry scan of <span class="name">${esc(report.url)}</span></h1>
<p class="verdict ${summary.leaks ? 'bad' : 'good'}">${summary.leaks ? `${summary.leaks} leak${summary.leaks === 1 ? '' : 's'}: tracking before a choice or after Reject all.` : 'No leak found: nothing tracked before a choice or after Reject all.'}</p>
<p>${summary.pages} page${summary.pages === 1 ? '' : 's'} (${summary.scanned} scanned), ${summary.problems} problem${summary.problems === 1 ? '' : 's'}; ${esc(report.rules)} rules${report.rules === 'opt-in' ? '' : ' (before a choice, only selling or sharing despite Global Privacy Control is a leak)'}; ${esc(report.startedAt)} to ${esc(report.finishedAt)}. The proposed configuration is in <code>consent-config.json</code>.</p>
${sitemapList(report.sitemaps)}
<h2>Leaks</h2>
${leaks.length ? `<table><thead><tr><th>Page</th><th>After</th><th>What</th><th>Name or URL</th><th>Party</th><th>Set or sent by</th><th>Fix</th></tr></thead><tbody>${leakRows}</tbody></table>` : '<p>None.</p>'}
<h2>Pages</h2>
${pageSections}
</body></html>
`;
}

/** Writes the three files into `dir`. */
export function write(dir, report, html, config) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(dir, 'report.html'), html);
  writeFileSync(join(dir, 'consent-config.json'), JSON.stringify(config, null, 2) + '\n');
}
