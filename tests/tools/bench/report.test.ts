/** The bench report: medians, budget verdicts and the Markdown (synthetic figures, made up for the test). */
import { describe, expect, it } from 'vitest';
import { judgeBudgets } from '../../../tools/bench/budgets.ts';
import { formatReport, summarise } from '../../../tools/bench/report.ts';
import type { BenchResults, SizeResult } from '../../../tools/bench/results.ts';
import { median, range } from '../../../tools/bench/stats.ts';

function size(extra: Partial<SizeResult>): SizeResult {
  return { label: 'x', servers: 0, decisions: 0, synthetic: true, buildSeconds: [], buildPeakBytes: [], transfers: [], browser: [], lighthouse: [], notes: [], ...extra };
}

const transfer = (page: string, kb: number) => ({ page, path: `/${page}/`, requests: 3, rawBytes: kb * 4096, gzipBytes: kb * 1024, largest: { path: `/${page}/`, gzipBytes: kb * 512 }, thirdParty: 0 });

const results: BenchResults = {
  machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, node: 'v24.0.0', chromium: 'Chromium 1', os: 'Linux', started: '2026-01-01T00:00:00Z', ended: '2026-01-01T01:00:00Z', load: [1, 3, 2] },
  command: 'npm run bench',
  runs: 3,
  sizes: [
    size({ label: 'curated', synthetic: false, servers: 267, decisions: 13_758, buildSeconds: [20, 28, 25], buildPeakBytes: [1e9, 1e9, 1e9], validation: { errors: 0, warnings: 0, seconds: 3 }, transfers: [transfer('map', 250), transfer('graph', 50)] }),
    size({ label: '10k', servers: 10_000, decisions: 333_333, buildSeconds: [100, 100, 100], buildPeakBytes: [2e9, 2e9, 2e9] }),
    size({
      label: '30k',
      servers: 30_000,
      decisions: 1_000_000,
      buildSeconds: [350, 400, 380],
      buildPeakBytes: [3e9, 3.5e9, 3.2e9],
      transfers: [transfer('map', 1500), transfer('domain', 3000)],
      browser: [
        { firstMarkers: 900, reachColoured: 1200, recolour: 80, graphFirstFrame: 1100, panFps: 45 },
        { firstMarkers: 1000, reachColoured: 1700, recolour: 120, graphFirstFrame: 900, panFps: 20 },
        { firstMarkers: 950, reachColoured: 1300, recolour: 90, graphFirstFrame: 950, panFps: 31 },
      ],
      lighthouse: [{ page: 'map', path: '/', performance: 94, accessibility: 100, bestPractices: 100 }],
    }),
  ],
};

describe('median and range', () => {
  it('odd and even counts, undefined and non-finite values left out', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([undefined, 5, Number.NaN])).toBe(5);
    expect(median([])).toBeUndefined();
    expect(range([3, undefined, 1])).toEqual([1, 3]);
  });
  it('summarise says how many runs', () => {
    expect(summarise([1, 2, 3], (v) => `${v} s`)).toBe('2 s (1 s–3 s, 3 runs)');
    expect(summarise([1], (v) => `${v} s`)).toBe('1 s (1 run)');
    expect(summarise([], (v) => `${v} s`)).toBe('–');
  });
});

describe('judgeBudgets', () => {
  const lines = judgeBudgets(results);
  const verdict = (start: string) => lines.find((l) => l.budget.startsWith(start))!.verdict;
  it('judges each budget on the medians', () => {
    expect(verdict('Full build under 30 s')).toBe('met'); // 25 s + 3 s validator
    expect(verdict('Map page under 200 KB')).toBe('not met');
    expect(verdict('Graph page under 200 KB')).toBe('met');
    expect(verdict('Build under 5 minutes')).toBe('not met');
    expect(verdict('Build peak memory under 4 GB')).toBe('met');
    expect(verdict('Build time at most linear')).toBe('not met'); // 380 / 100 = 3.8 > 3.0
    expect(verdict('No page over 2 MB')).toBe('not met');
    expect(verdict('Map usable')).toBe('met'); // median of max(markers, reach) = 1300 ms
    expect(verdict('Recolour')).toBe('met'); // 90 ms
    expect(verdict('Full-graph first frame')).toBe('met'); // 950 ms
    expect(verdict('Panning')).toBe('met'); // 31 fps
    expect(verdict('Lighthouse')).toBe('not met');
  });
  it('no page over 2 MB: any HTML file built counts, not only the pages loaded', () => {
    const small = { ...results.sizes[2]!, transfers: [transfer('map', 1500), transfer('domain', 1800)] };
    const budget = (output: (typeof small)['output']) =>
      judgeBudgets({ ...results, sizes: [results.sizes[0]!, { ...small, output }] }).find((l) => l.budget.startsWith('No page over 2 MB'))!;
    expect(budget({ htmlFiles: 2, files: 2, bytes: 9, largestHtml: { path: '/graph/matrix/index.html', rawBytes: 9e6, gzipBytes: 1_000_000 } }).verdict).toBe('met');
    const over = budget({ htmlFiles: 2, files: 2, bytes: 9, largestHtml: { path: '/graph/matrix/index.html', rawBytes: 9e7, gzipBytes: 3_000_000 } });
    expect(over.verdict).toBe('not met');
    expect(over.measured).toContain('/graph/matrix/index.html');
  });
  it('a build stopped past five minutes and four gigabytes has missed both budgets', () => {
    const stopped = { ...results.sizes[2]!, buildSeconds: [], buildPeakBytes: [], browser: [], transfers: [], buildError: 'not finished after 600 s, stopped (peak 4539 MB so far)' };
    const lines = judgeBudgets({ ...results, sizes: [results.sizes[0]!, stopped] });
    expect(lines.find((l) => l.budget.startsWith('Build under 5 minutes'))).toMatchObject({ measured: 'more than 600 s: stopped unfinished', verdict: 'not met' });
    expect(lines.find((l) => l.budget.startsWith('Build peak memory'))).toMatchObject({ measured: '4.43 GB before it was stopped unfinished', verdict: 'not met' });
    expect(lines.find((l) => l.budget.startsWith('Map usable'))!.verdict).toBe('not measured');
  });
  it('the full graph\'s largest variant on the curated data: first frame at most 0.5 s, zoom at 30 fps or more', () => {
    const withSpeed = (runs: { firstFrame?: number; zoomFps?: number }[]) =>
      judgeBudgets({ ...results, sizes: [{ ...results.sizes[0]!, graphSpeed: [{ path: '/graph/min-1/', nodes: 4443, edges: 15_047, runs }] }, ...results.sizes.slice(1)] });
    const of = (lines: ReturnType<typeof judgeBudgets>, start: string) => lines.find((l) => l.budget.startsWith(start))!;
    const fast = withSpeed([{ firstFrame: 400, zoomFps: 50 }, { firstFrame: 500, zoomFps: 31 }, { firstFrame: 900, zoomFps: 20 }]);
    expect(of(fast, 'Full-graph first frame at most 0.5 s')).toMatchObject({ measured: '500 ms', verdict: 'met' }); // the median, 500 ms, is at most 0.5 s
    expect(of(fast, 'Full-graph first frame at most 0.5 s').dataset).toContain('/graph/min-1/ (4443 nodes, 15047 edges)');
    expect(of(fast, 'Zooming the full graph')).toMatchObject({ measured: '31.0 fps', verdict: 'met' });
    const slow = withSpeed([{ firstFrame: 501, zoomFps: 29.9 }]);
    expect(of(slow, 'Full-graph first frame at most 0.5 s').verdict).toBe('not met');
    expect(of(slow, 'Zooming the full graph').verdict).toBe('not met');
    // Not measured (the curated size ran without it): never met.
    expect(of(judgeBudgets(results), 'Zooming the full graph').verdict).toBe('not measured');
  });
  it('the seeded graph of about 24,000 edges: first frame at most 0.4 s, zoom at 30 fps or more, on its own page only', () => {
    const seeded = (path: string, runs: { firstFrame?: number; zoomFps?: number }[]) =>
      judgeBudgets({ ...results, sizes: [...results.sizes, size({ label: 'graph-24k', servers: 2_400, decisions: 37_000, graphSpeed: [{ path, nodes: 4_675, edges: 23_947, runs }] })] });
    const of = (lines: ReturnType<typeof judgeBudgets>, start: string) => lines.find((l) => l.budget.startsWith(start) && l.budget.includes('seeded graph'))!;
    const fast = seeded('/graph/min-3/', [{ firstFrame: 300, zoomFps: 50 }, { firstFrame: 400, zoomFps: 30 }, { firstFrame: 900, zoomFps: 10 }]);
    expect(of(fast, 'Full-graph first frame at most 0.4 s')).toMatchObject({ measured: '400 ms', verdict: 'met' });
    expect(of(fast, 'Full-graph first frame at most 0.4 s').dataset).toBe('graph-24k (2400 servers, 37000 decisions, seed 1), /graph/min-3/ (4675 nodes, 23947 edges)');
    expect(of(fast, 'Zooming the full graph')).toMatchObject({ measured: '30.0 fps', verdict: 'met' });
    const slow = seeded('/graph/min-3/', [{ firstFrame: 401, zoomFps: 29.9 }]);
    expect(of(slow, 'Full-graph first frame at most 0.4 s').verdict).toBe('not met');
    expect(of(slow, 'Zooming the full graph').verdict).toBe('not met');
    // Another page of the same size is not the seeded graph; without the size, nothing is measured.
    expect(of(seeded('/graph/min-1/', [{ firstFrame: 100, zoomFps: 60 }]), 'Full-graph first frame').verdict).toBe('not measured');
    expect(of(judgeBudgets(results), 'Zooming the full graph')).toMatchObject({ measured: 'not run', verdict: 'not measured' });
    // The curated largest variant's budgets stay apart from it.
    expect(of(fast, 'Full-graph first frame').budget).not.toContain('0.5 s');
  });
  it('a size not run is not measured, never met', () => {
    const none = judgeBudgets({ ...results, sizes: [results.sizes[0]!] });
    expect(none.find((l) => l.budget.startsWith('Build under 5 minutes'))!.verdict).toBe('not measured');
    expect(none.find((l) => l.budget.startsWith('Map usable'))!.verdict).toBe('not measured');
  });
});

describe('formatReport', () => {
  it('names the machine and its load, and gives a line per budget', () => {
    const text = formatReport(results);
    expect(text).toContain('| CPU | Test CPU |');
    expect(text).toContain('2.00 (1.00–3.00, 3 samples)');
    expect(text).toMatch(/\| Build under 5 minutes \| 30k .*\| 380\.0 s \| \*\*not met\*\* \|/);
    expect(text).toContain('### 30k: 30,000 servers, 1,000,000 decisions (synthetic)');
    expect(formatReport(results)).toBe(text);
  });
  it('gives the load average as each run of the full graph\'s speed started, when it was sampled', () => {
    const withLoad = { ...results, sizes: [size({ label: 'graph-24k', graphSpeed: [{ path: '/graph/min-3/', nodes: 4_675, edges: 23_947, runs: [{ firstFrame: 300 }, { firstFrame: 350 }], load: [1.5, 7.25] }] })] };
    expect(formatReport(withLoad)).toContain('| One-minute load average as each run started (2 cores) | 1.50, 7.25 |');
    expect(formatReport(results)).not.toContain('One-minute load average as each run started');
  });
  it('says where a full graph\'s first frame waited (the page\'s paint, the script, the data), and the browser switches used', () => {
    const runs = [
      { firstFrame: 500, phases: { firstPaint: 300, scriptStart: 320, parsed: 360, decoded: 390 } },
      { firstFrame: 600, phases: { firstPaint: 340, scriptStart: 350, parsed: 400, decoded: 420 } },
    ];
    const text = formatReport({ ...results, machine: { ...results.machine, chromiumDisabled: ['WebUIOmniboxPopup'] }, sizes: [size({ label: 'graph-24k', graphSpeed: [{ path: '/graph/min-3/', runs }] })] });
    expect(text).toContain('| The page\'s first contentful paint (its text), from navigation start | 320 ms (300 ms–340 ms, 2 runs) |');
    expect(text).toContain('| The canvas\'s script began, from navigation start | 335 ms (320 ms–350 ms, 2 runs) |');
    expect(text).toContain('| Its data decoded, from navigation start | 405 ms (390 ms–420 ms, 2 runs) |');
    expect(text).toContain('also disabled: WebUIOmniboxPopup');
    // Results written before the phases were measured show none.
    expect(formatReport({ ...results, sizes: [size({ label: 'graph-24k', graphSpeed: [{ path: '/graph/min-3/', runs: [{ firstFrame: 500 }] }] })] })).toContain('| The canvas\'s script began, from navigation start | – |');
  });
});
