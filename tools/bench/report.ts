/**
 * `bench/report.md` from a bench's results: the machine and its load, one line per budget (met or not), and
 * the medians (with min–max) of every figure for each dataset size. Pure: same results, same text.
 */
import { formatBytes, judgeBudgets } from './budgets.ts';
import type { BenchResults, SizeResult } from './results.ts';
import { median, range } from './stats.ts';

/** Escapes a table cell (pipes and line breaks). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown table. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** "median (min–max, n runs)" of values, formatted; "–" when there are none. */
export function summarise(values: readonly (number | undefined)[], format: (v: number) => string, unit = 'runs'): string {
  const m = median(values);
  if (m === undefined) return '–';
  const r = range(values)!;
  const n = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).length;
  return n > 1 ? `${format(m)} (${format(r[0])}–${format(r[1])}, ${n} ${unit})` : `${format(m)} (1 ${unit.replace(/s$/, '')})`;
}

const s1 = (v: number): string => `${v.toFixed(1)} s`;
const ms = (v: number): string => `${Math.round(v)} ms`;
const fps = (v: number): string => `${v.toFixed(1)} fps`;

/** The section of one dataset size. */
function sizeSection(size: SizeResult): string[] {
  const out: string[] = [`### ${size.label}: ${size.servers.toLocaleString('en')} servers, ${size.decisions.toLocaleString('en')} decisions${size.synthetic ? ' (synthetic)' : ' (curated data/)'}`, ''];
  const facts: string[][] = [];
  if (size.generateSeconds !== undefined) facts.push(['Generate the files', s1(size.generateSeconds)]);
  if (size.validation) facts.push(['Validator (`npm run validate` on the files)', `${size.validation.errors} errors, ${size.validation.warnings} warnings, ${s1(size.validation.seconds)}`]);
  facts.push(['Build wall time (`npm run build:site`: astro build)', size.buildError ? `failed: ${size.buildError}` : summarise(size.buildSeconds, s1)]);
  facts.push(['Build peak memory (sum of RSS over the process tree)', summarise(size.buildPeakBytes, formatBytes)]);
  if (size.output) facts.push(['Output', `${size.output.htmlFiles.toLocaleString('en')} HTML pages, ${size.output.files.toLocaleString('en')} files, ${formatBytes(size.output.bytes)}`]);
  const big = size.output?.largestHtml;
  if (big) facts.push(['Largest HTML page built', `${big.path}: ${formatBytes(big.rawBytes)} raw, ${formatBytes(big.gzipBytes)} gzip`]);
  out.push(...table(['figure', 'value'], facts), '');
  const profile = size.buildProfile;
  if (profile && profile.routes.length > 0) {
    const rows = profile.routes.slice(0, 8).map((r) => [r.route, r.pages.toLocaleString('en'), s1(r.seconds), `${((r.seconds / r.pages) * 1000).toFixed(1)} ms`]);
    if (profile.beforeFirstPage !== undefined) rows.unshift(['(before the first page: loading the data, deriving the atlas)', '', `${profile.beforeFirstPage} s`, '']);
    out.push('Where the first build\'s time went (wall-clock, from its log\'s time stamps: each page line\'s time until the next; pages are rendered several at a time (src/node/pages-at-once.ts), so the time per page is the kind\'s wall time over its pages):', '', ...table(['pages', 'count', 'time', 'per page'], rows), '');
  }
  if (size.transfers.length > 0) {
    out.push(
      ...table(
        ['page', 'path', 'requests', 'transferred (gzip)', 'raw', 'largest request (gzip)', 'third-party requests'],
        size.transfers.map((t) => [t.page, t.path, String(t.requests), formatBytes(t.gzipBytes), formatBytes(t.rawBytes), `${t.largest.path} ${formatBytes(t.largest.gzipBytes)}`, String(t.thirdParty)]),
      ),
      '',
    );
  }
  if (size.browser.length > 0) {
    const b = size.browser;
    out.push(
      ...table(
        ['in headless Chromium', 'median (min–max)'],
        [
          ['Map: first markers, from navigation start', summarise(b.map((r) => r.firstMarkers), ms)],
          ['Map: coloured by a domain\'s reach (`?domain=`), from navigation start', summarise(b.map((r) => r.reachColoured), ms)],
          ['Map: basemap drawn, from navigation start', summarise(b.map((r) => r.basemapReady), ms)],
          ['Map: recolour for another domain (picker change → coloured)', summarise(b.map((r) => r.recolour), ms)],
          ['Graph: first frame of the full graph, from navigation start', summarise(b.map((r) => r.graphFirstFrame), ms)],
          ['Graph: frame rate during a scripted pan (requestAnimationFrame count)', summarise(b.map((r) => r.panFps), fps)],
        ],
      ),
      '',
    );
  }
  for (const g of size.graphSpeed ?? []) {
    const r = g.runs;
    const what = `${g.path}${g.nodes !== undefined ? ` (${g.nodes} nodes, ${g.edges} edges)` : ''}`;
    out.push(
      ...table(
        [`full graph ${what}, headless Chromium 1280×800`, 'median (min–max)'],
        [
          ['The page\'s first contentful paint (its text), from navigation start', summarise(r.map((x) => x.phases?.firstPaint), ms)],
          ['The canvas\'s script began, from navigation start', summarise(r.map((x) => x.phases?.scriptStart), ms)],
          ['Its data fetched and parsed (JSON), from navigation start', summarise(r.map((x) => x.phases?.parsed), ms)],
          ['Its data decoded, from navigation start', summarise(r.map((x) => x.phases?.decoded), ms)],
          ['First frame (first edge layer drawn), from navigation start', summarise(r.map((x) => x.firstFrame), ms)],
          ['First frame in full detail (dashes, arrowheads), from navigation start', summarise(r.map((x) => x.firstDetail), ms)],
          ['Frame rate while the mouse wheel zooms in and out for 3 s', summarise(r.map((x) => x.zoomFps), fps)],
          ['Frame rate while a drag pans for 3 s', summarise(r.map((x) => x.panFps), fps)],
          ...(g.load && g.load.length > 0 ? [['One-minute load average as each run started (2 cores)', g.load.map((l) => l.toFixed(2)).join(', ')]] : []),
        ],
      ),
      '',
    );
  }
  if (size.lighthouse.length > 0) {
    out.push(
      ...table(
        ['Lighthouse page', 'path', 'performance', 'accessibility', 'best practices', 'metrics (mobile, simulated throttling)'],
        size.lighthouse.map((l) =>
          l.error ? [l.page, l.path, `failed: ${l.error}`, '', '', ''] : [l.page, l.path, String(l.performance ?? '–'), String(l.accessibility ?? '–'), String(l.bestPractices ?? '–'), l.metrics ?? ''],
        ),
      ),
      '',
    );
  }
  for (const note of size.notes) out.push(`- ${note}`);
  if (size.notes.length > 0) out.push('');
  return out;
}

/** The report's Markdown. */
export function formatReport(results: BenchResults): string {
  const m = results.machine;
  const load = summarise(m.load, (v) => v.toFixed(2), 'samples');
  const out: string[] = [
    '# Federation Atlas: performance bench',
    '',
    `Written by \`npm run bench\` (tools/bench/bench.ts). Figures are medians of ${results.runs} run${results.runs === 1 ? '' : 's'} unless a line says otherwise; the synthetic datasets are made by tools/bench/dataset.ts (seeded) in a temporary folder, never in data/.`,
    '',
    '## Machine',
    '',
    ...table(
      ['', ''],
      [
        ['Command', `\`${results.command}\``],
        ['Started – ended (UTC)', `${m.started} – ${m.ended}`],
        ['CPU', m.cpu],
        ['Cores', String(m.cores)],
        ['Memory', formatBytes(m.memoryBytes)],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['Chromium started with', m.chromiumDisabled ? `Playwright's switches, and also disabled: ${m.chromiumDisabled.join(', ')} (the address bar's pop-ups, built for every new window beside the page measured; tools/chromium-flags.ts)` : 'Playwright\'s switches'],
        ['Load average (1 min) during the validator and builds: median (min–max)', `${load}; 2 cores, shared with other engineers' builds and tests`],
      ],
    ),
    '',
    '## Budgets',
    '',
    ...table(['budget', 'dataset', 'measured', 'verdict'], judgeBudgets(results).map((b) => [b.budget, b.dataset, b.measured, b.verdict === 'met' ? 'met' : b.verdict === 'not met' ? '**not met**' : '*not measured*'])),
    '',
    '## Figures by dataset',
    '',
  ];
  for (const size of results.sizes) out.push(...sizeSection(size));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
