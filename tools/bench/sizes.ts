/** Counts as people write them on the command line: `1k`, `30k`, `1m`, `267`. */

/** Parses `1k` → 1000, `1m` → 1000000, `2.5k` → 2500; throws on anything else. */
export function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new RangeError(`expected a count such as 1000, 10k or 1m, got ${JSON.stringify(text)}`);
  const factor = match[2]!.toLowerCase() === 'k' ? 1_000 : match[2]!.toLowerCase() === 'm' ? 1_000_000 : 1;
  return Math.round(Number(match[1]) * factor);
}

/** Writes a count the short way: 1000 → `1k`, 30000 → `30k`, 1000000 → `1m`, 267 → `267`. */
export function formatCount(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${n / 1_000_000}m`;
  if (n >= 1_000 && n % 100 === 0) return `${n / 1_000}k`;
  return String(n);
}

/** One dataset size the bench runs. */
export interface SizeSpec {
  /** The label in the report: "curated" or the server count written short ("30k"). */
  label: string;
  /** Whether it is the curated data/ (no generation). */
  curated: boolean;
  /** Servers to generate (0 for curated). */
  servers: number;
  /** Decisions to generate (0 for curated). */
  decisions: number;
  /** Runs for this size, when it overrides the bench's `--runs`. */
  runs?: number;
  /** Seconds after which a build of this size is given up, when it overrides `--build-timeout`. */
  timeout?: number;
  /** The generator's seed, when the size fixes it (a named size); else the bench's `--seed`. */
  seed?: number;
  /**
   * A named size's one full-graph page (e.g. `/graph/min-3/`): the size is measured there only (first frame, first
   * detailed frame, zoom and pan), with no validator, transfers, map timings or Lighthouse.
   */
  graphPath?: string;
}

/** A size known by name: a seeded synthetic dataset and the one full-graph variant measured on it. */
export interface NamedSize {
  /** Servers to generate. */
  servers: number;
  /** Decisions to generate. */
  decisions: number;
  /** The generator's seed (fixed, whatever `--seed` says). */
  seed: number;
  /** The full-graph page measured, `/graph/min-<n>/`. */
  graphPath: string;
  /** Its nodes and edges as built from this dataset (the report reads them from the built JSON). */
  nodes: number;
  edges: number;
}

/**
 * The seeded graph of about 24,000 edges: the `/graph/min-3/` variant of the synthetic dataset of 2,400 servers
 * and 37,000 decisions, seed 1 (4,675 nodes, 23,947 edges), the seeded dataset whose offered variant came closest
 * to the mid-sized graph the full graph's budgets name (4,884 nodes, 23,967 edges).
 */
export const SEEDED_GRAPH_SIZE = 'graph-24k';

/** The sizes known by name. */
export const NAMED_SIZES: Readonly<Record<string, NamedSize>> = {
  [SEEDED_GRAPH_SIZE]: { servers: 2_400, decisions: 37_000, seed: 1, graphPath: '/graph/min-3/', nodes: 4_675, edges: 23_947 },
};

/** Decisions per server by default: a million over 30,000 servers. */
export const DEFAULT_DECISIONS_PER_SERVER = 1_000_000 / 30_000;

/**
 * Parses `--sizes`: comma-separated `curated`, a named size (NAMED_SIZES, e.g. `graph-24k`) or
 * `SERVERS[:DECISIONS]`, each with optional `@RUNS` and `~TIMEOUT_SECONDS`, e.g. `curated,graph-24k,10k,30k:1m@1~600`.
 * Decisions default to a million per 30,000 servers. A named size is built once unless `@RUNS` says otherwise.
 */
export function parseSizes(text: string): SizeSpec[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(curated|[a-z][\w.-]*|[\d.]+[km]?)(?::([\d.]+[km]?))?(?:@(\d+))?(?:~(\d+))?$/i.exec(part);
      if (!match) throw new RangeError(`expected a size such as curated, ${SEEDED_GRAPH_SIZE}, 10k or 30k:1m@1~600, got ${JSON.stringify(part)}`);
      const runs = match[3] ? Number(match[3]) : undefined;
      if (runs !== undefined && runs < 1) throw new RangeError(`runs must be at least 1 in ${JSON.stringify(part)}`);
      const extra = { ...(runs ? { runs } : {}), ...(match[4] ? { timeout: Number(match[4]) } : {}) };
      if (match[1]!.toLowerCase() === 'curated') {
        if (match[2]) throw new RangeError('the curated size takes no decision count');
        return { label: 'curated', curated: true, servers: 0, decisions: 0, ...extra };
      }
      if (/^[a-z]/i.test(match[1]!)) {
        const name = match[1]!.toLowerCase();
        const named = Object.hasOwn(NAMED_SIZES, name) ? NAMED_SIZES[name]! : undefined;
        if (!named) throw new RangeError(`unknown size ${JSON.stringify(match[1])}: expected curated, ${Object.keys(NAMED_SIZES).join(', ')} or a server count`);
        if (match[2]) throw new RangeError(`the named size ${name} takes no decision count`);
        return { label: name, curated: false, servers: named.servers, decisions: named.decisions, runs: runs ?? 1, ...(match[4] ? { timeout: Number(match[4]) } : {}), seed: named.seed, graphPath: named.graphPath };
      }
      const servers = parseCount(match[1]!);
      if (servers < 1) throw new RangeError(`expected at least one server in ${JSON.stringify(part)}`);
      const decisions = match[2] ? parseCount(match[2]) : Math.round(servers * DEFAULT_DECISIONS_PER_SERVER);
      const label = match[2] ? `${formatCount(servers)}/${formatCount(decisions)}` : formatCount(servers);
      return { label, curated: false, servers, decisions, ...extra };
    });
}
