/**
 * `npm run bench [-- --sizes curated,1k,10k,30k --runs 3 --skip-browser --skip-lighthouse --out bench/report.md]`
 *
 * Builds the site from each dataset size (the curated data/ or a seeded synthetic set written to a temporary
 * folder by tools/bench/dataset.ts) and measures: build wall time and peak memory of the process tree, output
 * size, what the main pages transfer (gzip), and in headless Chromium the map's and full graph's timings (with the
 * full graph's largest variant, /graph/min-1/: first frame, zoom and pan, tools/bench/graph-speed.ts); then
 * Lighthouse on the map, graph, domain and server pages. A named size (tools/bench/sizes.ts, e.g. `graph-24k`, the
 * seeded graph of about 24,000 edges) is generated with its own seed, built, and measured on its one full-graph page
 * only. Writes bench/report.md (medians, the machine and its load, a line per budget) and bench/results.json.
 * Never part of `npm test`.
 *
 * Options:
 *   --sizes LIST        comma-separated `curated`, a named size (graph-24k) or SERVERS[:DECISIONS][@RUNS][~TIMEOUT]
 *                       (default curated,1k,10k,30k)
 *   --runs N            builds and browser runs per size (default 3)
 *   --seed N            the generator's seed (default 1)
 *   --port N            the bench's static server port (default 4333)
 *   --build-timeout S   give up on a build after S seconds (default 1500)
 *   --lighthouse LIST   sizes to run Lighthouse on (default: curated and the largest)
 *   --skip-browser, --skip-lighthouse, --skip-validate, --keep (keep the temporary folders)
 *   --out FILE          the report (default bench/report.md; results.json beside it)
 *   --append            add these sizes to the results.json already there (the report then says so)
 *   --report-only       write the report again from results.json, measuring nothing
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { formatBytes } from './budgets.ts';
import { parseBuildLog } from './build-log.ts';
import { LOCALES } from '../../src/locales/config.ts';
import type { BenchResults, GraphSpeed, SizeResult } from './results.ts';
import { isoDay } from '../../src/lib/dates.ts';
import { formatDiagnostic } from '../../src/lib/diagnostic.ts';
import { validate } from '../../src/lib/validate.ts';
import { readDataDir } from '../../src/node/read-data-dir.ts';
import { LAYOUT_CACHE_DIR } from '../../src/node/layout-cache.ts';
import { OG_CACHE_DIR } from '../../src/node/og-log.ts';
import { formatReport } from './report.ts';
import { parseSizes, type SizeSpec } from './sizes.ts';
import { browserRun, launch, measureTransfer } from './browser.ts';
import { GRAPH_SPEED_PATH } from './budgets.ts';
import { graphSpeedRun } from './graph-speed.ts';
import type { Browser } from '@playwright/test';
import { decodeGraph } from '../../src/lib/views/graph-data.ts';
import { lighthouseScores } from './lighthouse.ts';
import { machineFacts } from './machine.ts';
import { measure } from './process-tree.ts';
import { serveStatic } from '../static-server.ts';
import { writeDataset } from './generate.ts';
import { mostActedOn } from './most-acted-on.ts';

/** The path prefixes of the pages in languages other than the default (`/cy/…`), counted with their kind of page. */
const OTHER_LOCALES = LOCALES.slice(1).map((l) => l.code);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'curated,1k,10k,30k' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '4333' },
    'build-timeout': { type: 'string', default: '1500' },
    lighthouse: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-validate': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    append: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/report.md' },
  },
});

const root = process.cwd();
const runs = Number(values.runs);
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;
const sizes = parseSizes(values.sizes);
const lighthouseSizes = new Set(values.lighthouse ? values.lighthouse.split(',') : ['curated', sizes.filter((s) => !s.curated && !s.graphPath).at(-1)?.label ?? 'curated']);
const log = (text: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

/** Counts decisions per acting server and per target domain from the YAML text (for picking pages to load). */
async function dataFacts(dir: string): Promise<{ servers: number; decisions: number; topDomains: string[]; topServer: string }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  const targets = new Map<string, number>();
  let decisions = 0;
  let topServer = '';
  let topCount = -1;
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const blocks = text.indexOf('\nblocks:');
    let count = 0;
    if (blocks >= 0) {
      for (const m of text.slice(blocks).matchAll(/^ {2}- (?:domain: (\S+)|obfuscated:)/gm)) {
        count++;
        if (m[1]) targets.set(m[1], (targets.get(m[1]) ?? 0) + 1);
      }
    }
    decisions += count;
    if (count > topCount) {
      topCount = count;
      topServer = name.slice(0, -'.yaml'.length);
    }
  }
  const topDomains = [...targets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([d]) => d);
  return { servers: names.length, decisions, topDomains, topServer };
}

/** Files, HTML pages and bytes under `dir`, and its largest HTML file (raw and gzip, level 6 as the transfers). */
async function outputSize(dir: string): Promise<NonNullable<SizeResult['output']>> {
  let htmlFiles = 0;
  let files = 0;
  let bytes = 0;
  let largest: { file: string; size: number } | undefined;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    const file = join(entry.parentPath, entry.name);
    const size = (await stat(file)).size;
    bytes += size;
    if (entry.name.endsWith('.html')) {
      htmlFiles++;
      if (!largest || size > largest.size) largest = { file, size };
    }
  }
  const largestHtml = largest ? { path: `/${relative(dir, largest.file).split(sep).join('/')}`, rawBytes: largest.size, gzipBytes: gzipSync(await readFile(largest.file), { level: 6 }).length } : undefined;
  return { htmlFiles, files, bytes, ...(largestHtml ? { largestHtml } : {}) };
}

/**
 * The full graph's speed on `path` (`/graph/min-<n>/`), `runs` loads, with its nodes and edges read from the built
 * data file; undefined when the page or its data file was not built.
 */
async function measureGraphSpeed(browser: Browser, label: string, outDir: string, path: string): Promise<GraphSpeed | undefined> {
  const n = /^\/graph\/min-(\d+)\/$/.exec(path)?.[1];
  if (n === undefined) throw new RangeError(`expected a full-graph page /graph/min-<n>/, got ${JSON.stringify(path)}`);
  const payload = await readFile(join(outDir, `data/graph/min-${n}.json`), 'utf8').then((text) => decodeGraph(JSON.parse(text)), () => undefined);
  const built = await stat(join(outDir, path, 'index.html')).then(() => true, () => false);
  if (!payload || !built) return undefined;
  const speed: GraphSpeed = { path, nodes: payload.nodes.length, edges: payload.edges.length, runs: [], load: [] };
  for (let i = 0; i < runs; i++) {
    log(`${label}: full graph ${path} run ${i + 1}/${runs}`);
    speed.load!.push(loadavg()[0]!);
    speed.runs.push(await graphSpeedRun(browser, origin, path));
  }
  return speed;
}

async function benchSize(spec: SizeSpec, load: number[]): Promise<SizeResult> {
  const work = join(tmpdir(), `atlas-bench-${spec.label.replace(/\W/g, '_')}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const dataDir = spec.curated ? join(root, 'data/servers') : join(work, 'servers');
  const outDir = join(work, 'dist');
  const result: SizeResult = { label: spec.label, servers: 0, decisions: 0, synthetic: !spec.curated, buildSeconds: [], buildPeakBytes: [], transfers: [], browser: [], lighthouse: [], notes: [] };
  const sizeRuns = spec.runs ?? runs;
  if (!spec.curated) {
    const seed = spec.seed ?? Number(values.seed);
    log(`${spec.label}: generating ${spec.servers} servers, ${spec.decisions} decisions (seed ${seed}) into ${dataDir}`);
    const t0 = performance.now();
    await writeDataset({ servers: spec.servers, decisions: spec.decisions, seed, retrieved: '2026-11-01', out: dataDir });
    result.generateSeconds = (performance.now() - t0) / 1000;
  }
  const facts = await dataFacts(dataDir);
  result.servers = facts.servers;
  result.decisions = facts.decisions;
  if (!values['skip-validate'] && !spec.graphPath) {
    // In this process, as `npm run validate` does it (its output, piped, can be cut short by its exit).
    log(`${spec.label}: validating`);
    load.push(loadavg()[0]!);
    const t0 = performance.now();
    const files = await readDataDir(root, dataDir, '.yaml');
    const diagnostics = validate(files.map(({ file, text }) => ({ file, text })), { today: isoDay(new Date()) });
    const errors = diagnostics.filter((d) => d.level === 'error');
    result.validation = { errors: errors.length, warnings: diagnostics.length - errors.length, seconds: (performance.now() - t0) / 1000 };
    if (errors.length > 0) result.notes.push(`Validator errors, first: ${formatDiagnostic(errors[0]!)}`);
    load.push(loadavg()[0]!);
  }
  // A size measured on its graph page only leaves the link-preview cards blank (ATLAS_OG_DRAFT): nobody sees them,
  // and drawing one per page is most of a small build's time.
  const env = { ASTRO_TELEMETRY_DISABLED: '1', ATLAS_OUT_DIR: outDir, ...(spec.curated ? {} : { ATLAS_DATA_DIR: dataDir }), ...(spec.graphPath ? { ATLAS_OG_DRAFT: '1' } : {}) };
  for (let i = 0; i < sizeRuns; i++) {
    log(`${spec.label}: build ${i + 1}/${sizeRuns}`);
    await rm(outDir, { recursive: true, force: true });
    // The first build starts as on a fresh clone: no graph layouts and no Open Graph images kept from earlier builds.
    if (i === 0) for (const cache of [LAYOUT_CACHE_DIR, OG_CACHE_DIR]) await rm(join(root, cache), { recursive: true, force: true });
    const logFile = join(work, `build-${i + 1}.log`);
    const timeout = spec.timeout ?? Number(values['build-timeout']);
    // The site's own build script (`npm run build` runs the validator, measured above, then this), with its settings
    // (Node's heap limit among them): what a curator or CI runs is what is measured.
    const b = await measure('npm', ['run', '--silent', 'build:site'], env, { timeoutMs: timeout * 1000, cwd: root, logFile });
    load.push(...b.load);
    if (i === 0) result.buildProfile = parseBuildLog(await readFile(logFile, 'utf8').catch(() => ''), OTHER_LOCALES);
    if (b.code !== 0) {
      result.buildError = b.timedOut ? `not finished after ${timeout} s, stopped (peak ${Math.round(b.peakBytes / 2 ** 20)} MB so far)` : `exit ${b.code}: ${b.tail.split('\n').filter(Boolean).slice(-3).join(' / ')}`;
      result.buildProfile = parseBuildLog(await readFile(logFile, 'utf8').catch(() => ''), OTHER_LOCALES);
      const partial = await outputSize(outDir).catch(() => undefined);
      if (partial) result.notes.push(`When the build stopped it had written ${partial.htmlFiles.toLocaleString('en')} HTML pages, ${partial.files.toLocaleString('en')} files, ${formatBytes(partial.bytes)}.`);
      result.notes.push(`Build log: ${b.tail.split('\n').filter((l) => /[├└]─/.test(l)).slice(-1)[0]?.trim() ?? '(no page written yet)'} was the last page written.`);
      if (!values.keep) await rm(work, { recursive: true, force: true });
      log(`${spec.label}: build failed: ${result.buildError}`);
      return result;
    }
    result.buildSeconds.push(b.seconds);
    result.buildPeakBytes.push(b.peakBytes);
    log(`${spec.label}: built in ${b.seconds.toFixed(1)} s, peak ${(b.peakBytes / 2 ** 20).toFixed(0)} MB`);
  }
  result.notes.push(
    sizeRuns === 1
      ? `The build started with empty layout and Open Graph caches, as on a fresh clone.`
      : `The first build started with empty layout and Open Graph caches, as on a fresh clone (${result.buildSeconds[0]!.toFixed(1)} s); the later ones reused what it kept (${result.buildSeconds.slice(1).map((v) => `${v.toFixed(1)} s`).join(', ')}).`,
  );
  if (sizeRuns < 3) result.notes.push(`Built ${sizeRuns} time${sizeRuns === 1 ? '' : 's'} only (fewer than 3) to keep the bench within its time; the browser figures are still from ${runs} runs.`);
  result.output = await outputSize(outDir);
  // The most acted-on domains as the site counts them; the data files' count only when the site has no picker file.
  const counted = mostActedOn(await readFile(join(outDir, 'data/picker.json'), 'utf8').then((t) => JSON.parse(t) as unknown, () => undefined));
  const [top, second] = counted.length > 0 ? counted : facts.topDomains;
  if (!values['skip-browser'] && spec.graphPath) {
    const server = await serveStatic(outDir, port);
    const browser = await launch();
    try {
      const speed = await measureGraphSpeed(browser, spec.label, outDir, spec.graphPath);
      if (speed) result.graphSpeed = [speed];
      else result.notes.push(`No ${spec.graphPath} page or data file was built: its speed is not measured.`);
      result.notes.push(`Generated with seed ${spec.seed ?? values.seed}; built with blank link-preview cards (ATLAS_OG_DRAFT=1); measured on ${spec.graphPath} only (no validator, transfers, map timings or Lighthouse).`);
    } finally {
      await browser.close();
      await new Promise((done) => server.close(done));
    }
  } else if (!values['skip-browser'] && top) {
    const server = await serveStatic(outDir, port);
    const browser = await launch();
    try {
      log(`${spec.label}: transfers`);
      const pages: [string, string, string][] = [
        ['map (no domain)', '/', '#atlas-map[data-markers]'],
        ['map', `/?domain=${encodeURIComponent(top)}`, `#atlas-map[data-reach="${top}"]`],
        ['graph', '/graph/', 'canvas[data-full-graph][data-drawn]'],
        ['domain', `/domains/${top}/`, 'main'],
        ['server', `/servers/${facts.topServer}/`, 'main'],
      ];
      for (const [page, path, ready] of pages) result.transfers.push(await measureTransfer(browser, origin, page, path, ready));
      // Loading pages is cheap next to a build: a size built fewer times is still measured in the browser `runs` times.
      for (let i = 0; i < runs; i++) {
        log(`${spec.label}: browser run ${i + 1}/${runs}`);
        result.browser.push(await browserRun(browser, origin, top, second ?? top));
      }
      result.notes.push(`Map loaded with ?domain=${top} (the most acted-on domain), recoloured for ${second ?? top}; domain page of ${top}; server page of ${facts.topServer} (the longest list).`);
      // The full graph's largest variant: first frame, zoom and pan.
      const speed = await measureGraphSpeed(browser, spec.label, outDir, GRAPH_SPEED_PATH);
      if (speed) result.graphSpeed = [speed];
      else result.notes.push(`No ${GRAPH_SPEED_PATH} page: at this size that variant is the default (/graph/) or, with more than 50,000 edges, not built (src/lib/views/variant-budget.ts); its speed is not measured.`);
    } finally {
      await browser.close();
    }
    if (!values['skip-lighthouse'] && lighthouseSizes.has(spec.label)) {
      log(`${spec.label}: lighthouse`);
      result.lighthouse = await lighthouseScores(origin, [
        { page: 'map', path: `/?domain=${encodeURIComponent(top)}` },
        { page: 'graph', path: '/graph/' },
        { page: 'domain', path: `/domains/${top}/` },
        { page: 'server', path: `/servers/${facts.topServer}/` },
      ]).catch((err: unknown) => [{ page: 'all', path: '', error: err instanceof Error ? err.message : String(err) }]);
    }
    await new Promise((done) => server.close(done));
  }
  if (!values.keep) await rm(work, { recursive: true, force: true });
  return result;
}

async function main(): Promise<void> {
  if (values['report-only']) {
    const out = resolve(root, values.out);
    const saved = JSON.parse(await readFile(join(dirname(out), 'results.json'), 'utf8')) as BenchResults;
    await writeFile(out, formatReport(saved), 'utf8');
    log(`report written again from results.json to ${values.out}`);
    return;
  }
  const started = new Date().toISOString();
  const machine = await machineFacts();
  const load: number[] = [];
  const results: BenchResults = {
    machine: { ...machine, started, ended: started, load },
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    runs,
    sizes: [],
  };
  const out = resolve(root, values.out);
  await mkdir(dirname(out), { recursive: true });
  if (values.append) {
    const before = JSON.parse(await readFile(join(dirname(out), 'results.json'), 'utf8')) as BenchResults;
    results.machine = { ...before.machine, load: [...before.machine.load, ...load] };
    load.splice(0, load.length, ...results.machine.load);
    results.machine.load = load;
    results.command = `${before.command}, then (appended, started ${started}) ${results.command}`;
    results.sizes = before.sizes.filter((s) => !sizes.some((spec) => spec.label === s.label));
  }
  const save = async () => {
    results.machine.ended = new Date().toISOString();
    await writeFile(out, formatReport(results), 'utf8');
    await writeFile(join(dirname(out), 'results.json'), `${JSON.stringify(results, null, 2)}\n`, 'utf8');
  };
  for (const spec of sizes) {
    const size = await benchSize(spec, load);
    if (values.append) size.notes.push(`Measured by a second, appended run of the bench, started ${started}.`);
    results.sizes.push(size);
    await save();
    log(`${spec.label}: done; report written to ${values.out}`);
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(2);
});
