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
}

/** Decisions per server by default: a million over 30,000 servers. */
export const DEFAULT_DECISIONS_PER_SERVER = 1_000_000 / 30_000;

/**
 * Parses `--sizes`: comma-separated `curated` or `SERVERS[:DECISIONS][@RUNS][~TIMEOUT_SECONDS]`, e.g.
 * `curated,1k,10k,30k:1m@1~600`. Decisions default to a million per 30,000 servers.
 */
export function parseSizes(text: string): SizeSpec[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(curated|[\d.]+[km]?)(?::([\d.]+[km]?))?(?:@(\d+))?(?:~(\d+))?$/i.exec(part);
      if (!match) throw new RangeError(`expected a size such as curated, 10k or 30k:1m@1~600, got ${JSON.stringify(part)}`);
      const runs = match[3] ? Number(match[3]) : undefined;
      if (runs !== undefined && runs < 1) throw new RangeError(`runs must be at least 1 in ${JSON.stringify(part)}`);
      const extra = { ...(runs ? { runs } : {}), ...(match[4] ? { timeout: Number(match[4]) } : {}) };
      if (match[1]!.toLowerCase() === 'curated') {
        if (match[2]) throw new RangeError('the curated size takes no decision count');
        return { label: 'curated', curated: true, servers: 0, decisions: 0, ...extra };
      }
      const servers = parseCount(match[1]!);
      if (servers < 1) throw new RangeError(`expected at least one server in ${JSON.stringify(part)}`);
      const decisions = match[2] ? parseCount(match[2]) : Math.round(servers * DEFAULT_DECISIONS_PER_SERVER);
      const label = match[2] ? `${formatCount(servers)}/${formatCount(decisions)}` : formatCount(servers);
      return { label, curated: false, servers, decisions, ...extra };
    });
}
