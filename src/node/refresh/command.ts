/**
 * `npm run refresh -- [DOMAIN…] [options]`: reads every curated server's public block list (or the named ones'), merges
 * it into the server's file, records lifts and user counts, prints a report and writes a Markdown summary. The
 * network, the clock and sleeping are injected, so tests run this very function against a simulated fediverse.
 * src/cli/refresh.ts calls it with the real ones.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { isoDay } from '../../lib/dates.ts';
import { knownDomains, parseCandidates } from '../../lib/import/candidates.ts';
import { applyReading, type ServerSummary } from '../../lib/refresh/apply.ts';
import { pullRequestPreview } from '../../lib/refresh/pull-request.ts';
import { markdownSummary, terminalLines } from '../../lib/refresh/report.ts';
import { resolveMap } from '../../lib/refresh/resolve.ts';
import { schemaProblems } from '../../lib/schema/problems.ts';
import { sha256Hex } from '../../lib/sha256.ts';
import { REPO_URL } from '../../lib/site.ts';
import { CLIENT_DEFAULTS, createClient } from './http.ts';
import { readServer } from './read-server.ts';

/** The User-Agent every request carries: the atlas, what it is doing, and where to read about it. */
export const USER_AGENT = `FederationAtlas/0.1 (block-list refresh; +${REPO_URL})`;

/** How many servers are read at once, by default. */
export const DEFAULT_CONCURRENCY = 4;

export const USAGE = `Usage: npm run refresh -- [DOMAIN…] [options]

Reads each curated server's public block list (every server in the data directory when no DOMAIN is named):
finds its software through /.well-known/nodeinfo, reads the list through that software's API, merges it into
data/servers/<domain>.yaml, marks decisions the list no longer names as lifted, records the NodeInfo user counts,
and notes why a list could not be read. A server that fails (no answer, a bad answer) keeps its file as it was.

Options:
  --dry-run              print what would change; write nothing
  --summary FILE         write the Markdown summary (a pull request's body) to FILE
  --print-pr FILE        print the pull request's title and body from a summary FILE, and exit
  --data-dir DIR         the data directory holding servers/ (default: data; or ATLAS_DATA_DIR, the servers folder)
  --resolve DOMAIN=URL   send every request for https://DOMAIN/… to URL/… instead (repeatable); evidence still
                         names the public address
  --only-resolved        refuse every request to a host not given with --resolve (a local copy, nothing else)
  --candidates FILE      more domains (one a line) to try against obfuscated entries' digests
  --concurrency N        servers read at once (default ${DEFAULT_CONCURRENCY})
  --pace-ms MS           pause between two requests to one host (default ${CLIENT_DEFAULTS.paceMs})
  --timeout-ms MS        abandon a request, answer and body, after MS (default ${CLIENT_DEFAULTS.timeoutMs})
  --retries N            retries after a 429, a 5xx or a failed connection (default ${CLIENT_DEFAULTS.retries})
  --max-wait-ms MS       longest pause before a retry; a longer Retry-After gives up (default ${CLIENT_DEFAULTS.maxWaitMs})
  --max-bytes N          largest answer read (default ${CLIENT_DEFAULTS.maxBytes})

Exit status: 0 when the run completed (even if some servers could not be read), 2 for bad options.`;

/** What the command needs from the outside world. */
export interface CommandIo {
  /** The fetch implementation (a test wraps it to record and refuse hosts). */
  fetch: typeof globalThis.fetch;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Waits; a test's is fake. */
  sleep: (ms: number) => Promise<void>;
  /** Prints a line. */
  out: (line: string) => void;
  /** Prints an error line. */
  err: (line: string) => void;
  /** The working directory paths are relative to. */
  cwd: string;
  /** The environment (ATLAS_DATA_DIR). */
  env: Record<string, string | undefined>;
}

class UsageError extends Error {}

/** Runs the refresh; resolves to the exit status. */
export async function refreshCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof Error && String((err as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS'))) {
      io.err(`refresh: ${err.message}`);
      io.err('');
      io.err(USAGE);
      return 2;
    }
    throw err;
  }
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      summary: { type: 'string' },
      'print-pr': { type: 'string' },
      'data-dir': { type: 'string' },
      resolve: { type: 'string', multiple: true },
      'only-resolved': { type: 'boolean' },
      candidates: { type: 'string' },
      concurrency: { type: 'string' },
      'pace-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      retries: { type: 'string' },
      'max-wait-ms': { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values['print-pr'] !== undefined) {
    const path = resolve(io.cwd, values['print-pr']);
    if (!existsSync(path)) throw new UsageError(`--print-pr: ${values['print-pr']}: no such file`);
    try {
      io.out(pullRequestPreview(readFileSync(path, 'utf8')).replace(/\n$/, ''));
    } catch (err) {
      throw new UsageError(`--print-pr: ${(err as Error).message}`);
    }
    return 0;
  }
  let map: Map<string, string>;
  try {
    map = resolveMap(values.resolve ?? []);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const serversDir = values['data-dir'] !== undefined ? resolve(io.cwd, values['data-dir'], 'servers') : resolve(io.cwd, io.env.ATLAS_DATA_DIR || 'data/servers');
  if (!existsSync(serversDir)) throw new UsageError(`no such folder: ${serversDir}`);
  const files = readdirSync(serversDir).filter((n) => n.endsWith('.yaml')).sort();
  const all = files.map((n) => n.slice(0, -'.yaml'.length));
  const named = positionals.map((p) => p.trim().toLowerCase().replace(/^https:\/\//, '').replace(/\/.*$/, ''));
  for (const d of named) if (!all.includes(d)) throw new UsageError(`${d} has no file in ${serversDir}: only curated servers are refreshed`);
  const domains = named.length > 0 ? [...new Set(named)].sort() : all;

  const known = knownDomains(all.map((d) => parseQuietly(readFileSync(join(serversDir, `${d}.yaml`), 'utf8'))));
  if (values.candidates !== undefined) for (const d of parseCandidates(readFileSync(resolve(io.cwd, values.candidates), 'utf8'))) known.add(d);

  const fetch = values['only-resolved'] ? onlyTo([...map.values()], io.fetch) : io.fetch;
  const client = createClient({
    fetch,
    now: io.now,
    sleep: io.sleep,
    userAgent: USER_AGENT,
    resolve: map,
    timeoutMs: count(values['timeout-ms'], '--timeout-ms'),
    maxBytes: count(values['max-bytes'], '--max-bytes'),
    retries: count(values.retries, '--retries'),
    maxWaitMs: count(values['max-wait-ms'], '--max-wait-ms'),
    paceMs: count(values['pace-ms'], '--pace-ms'),
  });
  const concurrency = count(values.concurrency, '--concurrency') ?? DEFAULT_CONCURRENCY;
  if (concurrency < 1) throw new UsageError('--concurrency expects 1 or more');
  const day = isoDay(new Date(io.now()));
  const dryRun = values['dry-run'] === true;

  const summaries: ServerSummary[] = [];
  await pool(domains, concurrency, async (domain) => {
    const path = join(serversDir, `${domain}.yaml`);
    const file = `${values['data-dir'] !== undefined ? `${values['data-dir'].replace(/\/+$/, '')}/servers` : io.env.ATLAS_DATA_DIR || 'data/servers'}/${domain}.yaml`;
    const before = readFileSync(path, 'utf8');
    const reading = await readServer(domain, client);
    const { text, summary } = applyReading(before, reading, { file, domain, day, known, hash: sha256Hex });
    if (text !== before) {
      const problems = schemaProblems(text);
      if (problems.length > 0) {
        summaries.push({ ...summary, outcome: 'error', reason: `the new file would not be valid, so it was not written: ${problems.slice(0, 3).join('; ')}`, added: [], lifted: [], changed: [], changedFile: false });
        return;
      }
      if (!dryRun) writeFileSync(path, text);
    }
    summaries.push(summary);
  });

  for (const line of terminalLines(summaries, { dryRun })) io.out(line);
  if (values.summary !== undefined) {
    const summaryPath = resolve(io.cwd, values.summary);
    const markdown = markdownSummary(day, summaries);
    if (dryRun) io.out(`summary: dry run, ${values.summary} not written`);
    else {
      writeFileSync(summaryPath, markdown);
      io.out(`summary: ${values.summary}`);
    }
  }
  return 0;
}

/** Runs `task` on every item, at most `limit` at once. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A fetch that refuses every address not under one of `bases` (for `--only-resolved`). */
function onlyTo(bases: readonly string[], fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    if (!bases.some((b) => url === b || url.startsWith(`${b}/`))) return Promise.reject(new Error(`refused ${new URL(url).host}: --only-resolved allows only the --resolve addresses`));
    return fetch(input, init);
  };
}

function count(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} expects a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

function parseQuietly(text: string): unknown {
  try {
    return parseYaml(text, { version: '1.2' });
  } catch {
    return undefined;
  }
}

