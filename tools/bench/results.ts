/**
 * What one `npm run bench` measured: the shapes the harness (tools/bench/bench.ts) fills in and the report
 * (report.ts) reads. Every figure is a list of the runs' values; the report shows their median.
 */

/** The machine the bench ran on, and how busy it was. */
export interface MachineInfo {
  /** CPU model name, from /proc/cpuinfo. */
  cpu: string;
  /** Logical cores the system reports. */
  cores: number;
  /** Total memory in bytes. */
  memoryBytes: number;
  /** Node's version running the build (`process.version`). */
  node: string;
  /** Chromium's version string. */
  chromium: string;
  /** The browser features the bench disabled beyond Playwright's when it started Chromium (tools/chromium-flags.ts); absent in older results. */
  chromiumDisabled?: string[];
  /** Operating system, e.g. "Linux 6.1.0". */
  os: string;
  /** When the bench started and ended, ISO 8601 (UTC). */
  started: string;
  /** When it ended. */
  ended: string;
  /** One-minute load averages sampled during the run (every build poll), for min/median/max. */
  load: number[];
}

/** One page's transfer: the HTML and every same-origin request it made, gzip-compressed. */
export interface PageTransfer {
  /** What the page is, e.g. "map", "graph", "domain", "server". */
  page: string;
  /** The path loaded, e.g. "/graph/". */
  path: string;
  /** How many same-origin requests it made. */
  requests: number;
  /** Their bodies' bytes as served. */
  rawBytes: number;
  /** Their bodies' bytes gzip-compressed (level 6), the figure the budgets use. */
  gzipBytes: number;
  /** The largest request, gzip bytes, and its path. */
  largest: { path: string; gzipBytes: number };
  /** Requests to any other origin (must be 0). */
  thirdParty: number;
}

/** Browser timings of one run, in milliseconds from the page's navigation start unless said otherwise. */
export interface BrowserRun {
  /** First markers on the map (the map's `data-markers` set, more than 0). */
  firstMarkers?: number;
  /** The map coloured by a domain's reach, loaded with `?domain=` (the map's `data-reach` set). */
  reachColoured?: number;
  /** The basemap drawn (`data-map-state=ready`). */
  basemapReady?: number;
  /** From choosing another domain in the picker to the map showing its reach. */
  recolour?: number;
  /** First frame of the full graph on /graph/ (the canvas's `data-drawn`). */
  graphFirstFrame?: number;
  /** Frames per second counted by requestAnimationFrame during a scripted pan of the full graph. */
  panFps?: number;
}

/** Lighthouse's category scores (0 to 100) for one page. */
export interface LighthouseScores {
  /** What the page is. */
  page: string;
  /** The path audited. */
  path: string;
  /** Performance score. */
  performance?: number;
  /** Accessibility score. */
  accessibility?: number;
  /** Best-practices score. */
  bestPractices?: number;
  /** The performance metrics behind the score, as Lighthouse words them (FCP, LCP, TBT, CLS, Speed Index). */
  metrics?: string;
  /** Why there are no scores, when the audit failed. */
  error?: string;
}

import type { BuildProfile } from './build-log.ts';
import type { GraphSpeedRun } from './graph-speed.ts';

/** The full graph's speed on one of its pages (tools/bench/graph-speed.ts), one entry per run. */
export interface GraphSpeed {
  /** The page, e.g. "/graph/min-1/". */
  path: string;
  /** Its nodes and edges, as the page states them. */
  nodes?: number;
  edges?: number;
  /** The runs. */
  runs: GraphSpeedRun[];
  /** The machine's one-minute load average as each run started (the browser timings are not niced). */
  load?: number[];
}

/** Everything measured for one dataset size. */
export interface SizeResult {
  /** The size's label, e.g. "curated", "1k", "30k". */
  label: string;
  /** Servers in the dataset. */
  servers: number;
  /** Decisions in the dataset. */
  decisions: number;
  /** Whether the data is synthetic (generated) or the curated data/. */
  synthetic: boolean;
  /** Seconds to generate the files (synthetic only). */
  generateSeconds?: number;
  /** The validator's errors on the files, and its wall time in seconds (when run). */
  validation?: { errors: number; warnings: number; seconds: number };
  /** Build wall times in seconds, one per run. */
  buildSeconds: number[];
  /** Peak memory of the build's process tree (sum of RSS), bytes, one per run. */
  buildPeakBytes: number[];
  /** Where the first build's time went, from its log. */
  buildProfile?: BuildProfile;
  /** Whether every build succeeded; the error text otherwise. */
  buildError?: string;
  /**
   * Pages built (HTML files) and all files in the output; `largestHtml` is the largest HTML file anywhere in it (by
   * raw size, with its gzip size), so no page escapes the 2 MB budget by not being one of the pages loaded.
   */
  output?: { htmlFiles: number; files: number; bytes: number; largestHtml?: { path: string; rawBytes: number; gzipBytes: number } };
  /** Transfers of the main pages. */
  transfers: PageTransfer[];
  /** Browser runs. */
  browser: BrowserRun[];
  /** The full graph's first frame, zoom and pan on its largest variant (`/graph/min-1/`), when measured. */
  graphSpeed?: GraphSpeed[];
  /** Lighthouse scores, when run. */
  lighthouse: LighthouseScores[];
  /** Notes on what was not measured and why. */
  notes: string[];
}

/** The whole bench. */
export interface BenchResults {
  /** The machine. */
  machine: MachineInfo;
  /** The command line, as run. */
  command: string;
  /** How many runs each figure's median is over. */
  runs: number;
  /** One entry per size, in the order run. */
  sizes: SizeResult[];
}
