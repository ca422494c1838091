/**
 * The atlas's performance budgets, judged on a bench's results. Figures only: nothing here is a timed
 * assertion in a test; the report says met, not met, or not measured for each.
 */
import type { BenchResults, SizeResult } from './results.ts';
import { NAMED_SIZES, SEEDED_GRAPH_SIZE } from './sizes.ts';
import { median } from './stats.ts';

/** A budget's verdict. */
export type Verdict = 'met' | 'not met' | 'not measured';

/** One budget line of the report. */
export interface BudgetLine {
  /** What the budget is, in words, with its limit. */
  budget: string;
  /** The dataset it applies to. */
  dataset: string;
  /** The measured figure in words (median of the runs), or why there is none. */
  measured: string;
  /** Met, not met, or not measured. */
  verdict: Verdict;
}

/** Bytes as KB or MB (1 KB = 1024 bytes), one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The full graph's page whose speed the bench measures: its largest variant. */
export const GRAPH_SPEED_PATH = '/graph/min-1/';

/** The size the at-scale budgets apply to: 30,000 servers. */
export const SCALE_SERVERS = 30_000;

/** A line from a median figure and a limit; `below` says whether smaller is better. */
function line(budget: string, dataset: string, value: number | undefined, limit: number, below: boolean, format: (v: number) => string, missing: string): BudgetLine {
  if (value === undefined) return { budget, dataset, measured: missing, verdict: 'not measured' };
  const ok = below ? value < limit : value >= limit;
  return { budget, dataset, measured: format(value), verdict: ok ? 'met' : 'not met' };
}

const seconds = (v: number): string => `${v.toFixed(1)} s`;
const ms = (v: number): string => `${Math.round(v)} ms`;

/** The median gzip transfer of a page kind, or undefined. */
function transfer(size: SizeResult | undefined, page: string): number | undefined {
  return size?.transfers.find((t) => t.page === page)?.gzipBytes;
}

/**
 * What a stopped build shows: it ran `seconds` without finishing and had reached `peakBytes` (from the bench's
 * words, "not finished after 600 s, stopped (peak 4539 MB so far)").
 */
export function stoppedBuild(size: SizeResult | undefined): { seconds: number; peakBytes: number } | undefined {
  const m = /not finished after (\d+) s, stopped \(peak (\d+) MB so far\)/.exec(size?.buildError ?? '');
  return m ? { seconds: Number(m[1]), peakBytes: Number(m[2]) * 2 ** 20 } : undefined;
}

/** Every budget, judged on `results`. */
export function judgeBudgets(results: BenchResults): BudgetLine[] {
  const curated = results.sizes.find((s) => !s.synthetic);
  const scale = results.sizes.find((s) => s.synthetic && s.servers === SCALE_SERVERS);
  const ten = results.sizes.find((s) => s.synthetic && s.servers === SCALE_SERVERS / 3);
  const scaleName = scale ? `${scale.label} (${scale.servers} servers, ${scale.decisions} decisions)` : `${SCALE_SERVERS} servers`;
  const curatedName = curated ? `curated (${curated.servers} servers, ${curated.decisions} decisions)` : 'curated';
  const noScale = scale?.buildError ? `build failed: ${scale.buildError}` : 'not run at this size';
  const noCurated = curated?.buildError ? `build failed: ${curated.buildError}` : 'not run';
  const lines: BudgetLine[] = [
    line(
      'Full build under 30 s (`npm run build`: the validator, then astro build)',
      curatedName,
      curated && curated.buildSeconds.length > 0 ? median(curated.buildSeconds)! + (curated.validation?.seconds ?? 0) : undefined,
      30,
      true,
      (v) => `${seconds(v)}${curated?.validation ? ` (validator ${seconds(curated.validation.seconds)} + build ${seconds(median(curated.buildSeconds)!)})` : ''}`,
      noCurated,
    ),
    line('Map page under 200 KB transferred (gzip)', curatedName, transfer(curated, 'map'), 200 * 1024, true, formatBytes, noCurated),
    line('Graph page under 200 KB transferred (gzip)', curatedName, transfer(curated, 'graph'), 200 * 1024, true, formatBytes, noCurated),
    line('Build under 5 minutes', scaleName, scale?.buildError ? undefined : median(scale?.buildSeconds ?? []), 300, true, seconds, noScale),
    line('Build peak memory under 4 GB', scaleName, scale?.buildError ? undefined : median(scale?.buildPeakBytes ?? []), 4 * 1024 ** 3, true, formatBytes, noScale),
  ];
  // A build stopped past a limit has already missed it: not met, with what was measured until then.
  const stopped = stoppedBuild(scale);
  if (stopped && stopped.seconds >= 300) lines[3] = { ...lines[3]!, measured: `more than ${stopped.seconds} s: stopped unfinished`, verdict: 'not met' };
  if (stopped && stopped.peakBytes >= 4 * 1024 ** 3) lines[4] = { ...lines[4]!, measured: `${formatBytes(stopped.peakBytes)} before it was stopped unfinished`, verdict: 'not met' };
  // At most linear: the 10k → 30k build-time ratio no more than the data's ratio.
  const t10 = ten?.buildError ? undefined : median(ten?.buildSeconds ?? []);
  const t30 = scale?.buildError ? undefined : median(scale?.buildSeconds ?? []);
  const dataRatio = ten && scale ? scale.decisions / ten.decisions : 3;
  lines.push(
    line(
      `Build time at most linear in the data (10k → 30k time ratio ≤ data ratio ${dataRatio.toFixed(2)})`,
      '10k and 30k',
      t10 !== undefined && t30 !== undefined ? t30 / t10 : undefined,
      dataRatio + 1e-9,
      true,
      (v) => `${v.toFixed(2)}× (${t10?.toFixed(1)} s → ${t30?.toFixed(1)} s)`,
      'needs both the 10k and the 30k build',
    ),
  );
  const largest = scale && scale.transfers.length > 0 ? scale.transfers.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a)) : undefined;
  const anyPage = scale?.output?.largestHtml;
  const twoMb = 2 * 1024 * 1024;
  lines.push({
    budget: 'No page over 2 MB transferred (gzip)',
    dataset: scaleName,
    measured: largest
      ? `largest of the pages loaded: ${largest.page} ${largest.path}, ${formatBytes(largest.gzipBytes)}${anyPage ? `; largest HTML file built: ${anyPage.path}, ${formatBytes(anyPage.gzipBytes)} gzip (${formatBytes(anyPage.rawBytes)} raw)` : ''}`
      : noScale,
    verdict: largest ? (largest.gzipBytes <= twoMb && (anyPage === undefined || anyPage.gzipBytes <= twoMb) ? 'met' : 'not met') : 'not measured',
  });
  const browser = scale?.browser ?? [];
  const usable = browser.map((r) => (r.firstMarkers === undefined || r.reachColoured === undefined ? undefined : Math.max(r.firstMarkers, r.reachColoured)));
  lines.push(
    line('Map usable (markers shown and coloured by reach) within 1.5 s of load', scaleName, median(usable), 1500, true, ms, browser.length ? 'not reached' : noScale),
    line('Recolour for another domain under 100 ms', scaleName, median(browser.map((r) => r.recolour)), 100, true, ms, browser.length ? 'not reached' : noScale),
    line('Full-graph first frame under 1 s', scaleName, median(browser.map((r) => r.graphFirstFrame)), 1000, true, ms, browser.length ? 'not reached' : noScale),
    line('Panning the full graph at 30 frames per second or better', scaleName, median(browser.map((r) => r.panFps)), 30, false, (v) => `${v.toFixed(1)} fps`, browser.length ? 'not reached' : noScale),
  );
  // The full graph's largest variant on the curated data: first frame, and zooming.
  const min1 = curated?.graphSpeed?.find((g) => g.path === GRAPH_SPEED_PATH);
  const min1Name = `${curatedName}, ${GRAPH_SPEED_PATH}${min1?.nodes !== undefined ? ` (${min1.nodes} nodes, ${min1.edges} edges)` : ''}`;
  const noMin1 = curated ? (curated.buildError ? noCurated : 'not measured') : 'not run';
  lines.push(
    line('Full-graph first frame at most 0.5 s (largest variant)', min1Name, median(min1?.runs.map((r) => r.firstFrame) ?? []), 500 + 1e-9, true, ms, noMin1),
    line('Zooming the full graph at 30 frames per second or better (largest variant)', min1Name, median(min1?.runs.map((r) => r.zoomFps) ?? []), 30, false, (v) => `${v.toFixed(1)} fps`, noMin1),
  );
  // The seeded graph of about 24,000 edges (a named size, tools/bench/sizes.ts): first frame, and zooming.
  const seeded = results.sizes.find((s) => s.label === SEEDED_GRAPH_SIZE);
  const seededPath = NAMED_SIZES[SEEDED_GRAPH_SIZE]!.graphPath;
  const seededSpeed = seeded?.graphSpeed?.find((g) => g.path === seededPath);
  const seededName = `${SEEDED_GRAPH_SIZE} (${seeded?.servers ?? NAMED_SIZES[SEEDED_GRAPH_SIZE]!.servers} servers, ${seeded?.decisions ?? NAMED_SIZES[SEEDED_GRAPH_SIZE]!.decisions} decisions, seed ${NAMED_SIZES[SEEDED_GRAPH_SIZE]!.seed}), ${seededPath}${seededSpeed?.nodes !== undefined ? ` (${seededSpeed.nodes} nodes, ${seededSpeed.edges} edges)` : ''}`;
  const noSeeded = seeded ? (seeded.buildError ? `build failed: ${seeded.buildError}` : 'not measured') : 'not run';
  lines.push(
    line('Full-graph first frame at most 0.4 s (the seeded graph of about 24,000 edges)', seededName, median(seededSpeed?.runs.map((r) => r.firstFrame) ?? []), 400 + 1e-9, true, ms, noSeeded),
    line('Zooming the full graph at 30 frames per second or better (the seeded graph of about 24,000 edges)', seededName, median(seededSpeed?.runs.map((r) => r.zoomFps) ?? []), 30, false, (v) => `${v.toFixed(1)} fps`, noSeeded),
  );
  // Lighthouse: every audited page of every size, each category at 95 or more.
  for (const size of results.sizes) {
    for (const lh of size.lighthouse) {
      const scores = [lh.performance, lh.accessibility, lh.bestPractices];
      const measured = lh.error ? `failed: ${lh.error}` : `performance ${lh.performance ?? '–'}, accessibility ${lh.accessibility ?? '–'}, best practices ${lh.bestPractices ?? '–'}`;
      const verdict: Verdict = lh.error || scores.some((s) => s === undefined) ? 'not measured' : scores.every((s) => s! >= 95) ? 'met' : 'not met';
      lines.push({ budget: `Lighthouse ≥ 95 in each category: ${lh.page} page (${lh.path})`, dataset: size.label, measured, verdict });
    }
  }
  return lines;
}
