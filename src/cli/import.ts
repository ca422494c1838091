/**
 * `npm run import -- <format> <file-or-url> [options]`: imports a published block list (or the Fediverse Near Me
 * map) into data/servers/. A thin shell over src/lib/import/: it reads files, fetches URLs, computes SHA-256 with
 * node:crypto, validates the result with the Server schema and writes. See src/lib/import/README.md.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parse as parseYaml } from 'yaml';
import { countryLocator, type CountryLocator } from '../lib/geo/country.ts';
import { knownDomains, parseCandidates } from '../lib/import/candidates.ts';
import { readDomain } from '../lib/import/domain.ts';
import { domainBlocksUrl, fetchJsonText, type FetchResult } from '../lib/import/fetch.ts';
import { MergeError } from '../lib/import/merge.ts';
import { readNearMe } from '../lib/import/near-me.ts';
import { defaultListUrl, importBlockList, ImportError, isBlockListFormat, type BlockListFormat } from '../lib/import/pipeline.ts';
import { nodeInfoHref, readNodeInfoUsers, setUsers, type UsersField } from '../lib/import/nodeinfo-users.ts';
import { formatReport, reportChangesFile } from '../lib/import/report.ts';
import { planNearMe } from '../lib/import/server-file.ts';
import type { EvidenceKind } from '../lib/import/types.ts';
import { EVIDENCE_KINDS } from '../lib/schema/evidence.ts';
import { isEntryPoint } from '../node/entry-point.ts';
import { schemaProblems } from '../lib/schema/problems.ts';
import { isoDay } from '../lib/dates.ts';
import { sha256Hex } from '../lib/sha256.ts';

const USAGE = `Usage: npm run import -- <format> <file-or-url> [options]

Formats:
  mastodon-json   /api/v1/instance/domain_blocks (JSON)
  mastodon-csv    Mastodon's domain-block CSV (admin export and variants)
  akkoma          Pleroma/Akkoma NodeInfo (metadata.federation.mrf_simple)
  lemmy           /api/v3/federated_instances
  gotosocial      /api/v1/instance/peers?filter=suspended
  history         per-server history CSV of an archived list
  near-me         Fediverse Near Me GeoJSON or uMap backup (creates server files)
  fetch <domain>  fetch https://<domain>/api/v1/instance/domain_blocks now
                  (with --users: its NodeInfo user counts instead, via /.well-known/nodeinfo)
  nodeinfo        a NodeInfo 2.x document (file or https URL): the server's user counts
                  (usage.users.total, usage.users.activeMonth) into its users field

Options:
  --server DOMAIN      whose list it is (data/servers/DOMAIN.yaml must exist); near-me: import only this server
  --dry-run            print what would change; write nothing
  --candidates FILE    more domains (one a line) to try against obfuscated entries' digests
  --source-url URL     where the list is published (its evidence); default: the URL given, or the
                       format's address on the server
  --retrieved DATE     the day the list was read (default: today; history: its last snapshot)
  --kind KIND          evidence kind of the list (default: block-list; history: archive)
  --note TEXT          a note on the list's evidence
  --no-comments        leave the servers' public comments out
  --software NAME      near-me: the software of a plain GeoJSON layer
  --countries FILE     near-me: country shapes (a world-atlas TopoJSON with ISO 3166-1 numeric ids) to name the
                       country each new server's pin is in (default: world-atlas countries-50m.json)
  --coast-km KM        near-me: a pin in no country's outline takes the nearest country within KM (default 10:
                       1:50m coastlines are coarse, coastal cities fall just outside); 0 for none
  --users              fetch: read the server's NodeInfo user counts, not its block list
  --counted DATE       nodeinfo: the day the counts are for (default: the day they were read)
  --replace            re-read an archive: take out the decisions read before from the same archived file
                       (the --source-url file at any commit), then merge this reading in their place
  --data-dir DIR       the data directory (default: data)
  --verbose            also list every decision kept as it was`;

/** The day today, UTC. */
function today(): string {
  return isoDay(new Date());
}

class UsageError extends Error {}

/** A source URL must be a plain public https:// URL (no spaces or control characters smuggled in). */
function checkSourceUrl(url: string): void {
  let ok = false;
  try {
    ok = new URL(url).protocol === 'https:' && !/[\s\u0000-\u001f\u007f]/.test(url);
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`--source-url must be a public https:// URL, got ${JSON.stringify(url)}`);
}

/** Reads a local file, or fetches an https URL under the fetch limits. */
async function readSource(source: string, json: boolean): Promise<{ text: string; url?: string }> {
  if (/^https?:\/\//i.test(source)) {
    const result: FetchResult = await fetchJsonText(source, { fetch: globalThis.fetch, json });
    if (!result.ok) throw new ImportError(`${result.url}: ${result.message}`);
    return { text: result.text, url: result.url };
  }
  if (!existsSync(source)) throw new ImportError(`${source}: no such file`);
  return { text: readFileSync(source, 'utf8') };
}

/** Every server file's raw value, by domain (file name). */
function loadServers(dataDir: string): Map<string, unknown> {
  const dir = join(dataDir, 'servers');
  const out = new Map<string, unknown>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    try {
      out.set(name.slice(0, -'.yaml'.length), parseYaml(readFileSync(join(dir, name), 'utf8'), { version: '1.2' }));
    } catch {
      out.set(name.slice(0, -'.yaml'.length), undefined);
    }
  }
  return out;
}


async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      server: { type: 'string' },
      'dry-run': { type: 'boolean' },
      candidates: { type: 'string' },
      'source-url': { type: 'string' },
      retrieved: { type: 'string' },
      kind: { type: 'string' },
      note: { type: 'string' },
      'no-comments': { type: 'boolean' },
      software: { type: 'string' },
      countries: { type: 'string' },
      'coast-km': { type: 'string' },
      'data-dir': { type: 'string' },
      users: { type: 'boolean' },
      counted: { type: 'string' },
      verbose: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [format, input] = positionals;
  if (!format || !input || positionals.length > 2) throw new UsageError('expected a format and a file, URL or domain');
  if (values.retrieved !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.retrieved)) throw new UsageError('--retrieved expects YYYY-MM-DD');
  if (values.kind !== undefined && !(EVIDENCE_KINDS as readonly string[]).includes(values.kind)) {
    throw new UsageError(`--kind expects one of ${EVIDENCE_KINDS.join(', ')}`);
  }
  const dataDir = values['data-dir'] ?? 'data';
  const dryRun = values['dry-run'] === true;

  if (format === 'near-me') return importNearMe(input, values, dataDir, dryRun);
  if (format === 'nodeinfo' || (format === 'fetch' && values.users === true)) return importUsers(format, input, values, dataDir, dryRun);

  // Block lists: where the text comes from.
  let blockFormat: BlockListFormat;
  let source: { text: string; url?: string };
  let server = values.server;
  if (format === 'fetch') {
    const d = readDomain(input.replace(/^https:\/\//i, '').replace(/\/.*$/, ''));
    if (d.kind !== 'domain') throw new UsageError(`fetch expects a server domain, got ${JSON.stringify(input)}`);
    server ??= d.domain;
    blockFormat = 'mastodon-json';
    const result = await fetchJsonText(domainBlocksUrl(d.domain), { fetch: globalThis.fetch });
    if (!result.ok) throw new ImportError(`${result.url}: ${result.message}`);
    source = { text: result.text, url: result.url };
  } else if (isBlockListFormat(format)) {
    blockFormat = format;
    source = await readSource(input, format !== 'mastodon-csv' && format !== 'history');
    if (server === undefined && source.url !== undefined) server = new URL(source.url).hostname;
  } else {
    throw new UsageError(`unknown format ${JSON.stringify(format)}`);
  }
  if (server === undefined) throw new UsageError('name the server whose list this is: --server DOMAIN');
  const serverDomain = readDomain(server);
  if (serverDomain.kind !== 'domain') throw new UsageError(`--server expects a domain, got ${JSON.stringify(server)}`);
  server = serverDomain.domain;

  const file = join(dataDir, 'servers', `${server}.yaml`);
  if (!existsSync(file)) {
    throw new ImportError(
      `${file} does not exist. Create the server's file first (npm run new -- ${server}, ` +
        'or import it from Fediverse Near Me: npm run import -- near-me <map.geojson|map.umap> --server ' +
        `${server}), then import its list.`,
    );
  }
  const url = values['source-url'] ?? source.url ?? defaultListUrl(blockFormat, server);
  if (url === undefined) throw new UsageError(`say where this list is published: --source-url URL (a ${format} file has no fixed address)`);
  checkSourceUrl(url);
  const retrieved = values.retrieved ?? (blockFormat === 'history' ? undefined : today());
  if (values.retrieved === undefined && blockFormat !== 'history' && source.url === undefined) {
    console.log(`note: the list is taken as read today (${retrieved}); give --retrieved YYYY-MM-DD if the file is older`);
  }

  const known = knownDomains(loadServers(dataDir).values());
  if (values.candidates !== undefined) for (const d of parseCandidates(readFileSync(values.candidates, 'utf8'))) known.add(d);

  const serverText = readFileSync(file, 'utf8');
  const evidence: { url: string; retrieved?: string; kind?: EvidenceKind; note?: string } = { url };
  if (retrieved !== undefined) evidence.retrieved = retrieved;
  if (values.kind !== undefined) evidence.kind = values.kind as EvidenceKind;
  if (values.note !== undefined) evidence.note = values.note;
  const result = importBlockList({
    format: blockFormat,
    text: source.text,
    serverText,
    file,
    source: source.url ?? input,
    evidence,
    known,
    hash: sha256Hex,
    comments: values['no-comments'] !== true,
    replace: values.replace === true,
  });
  for (const line of formatReport(result.report, { verbose: values.verbose === true })) console.log(line);
  const problems = schemaProblems(result.text);
  if (problems.length > 0) {
    console.error(`${file}: the merged file would not be valid, so it was not written:`);
    for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
    return 1;
  }
  if (!reportChangesFile(result.report) || result.text === serverText) console.log(`${file}: nothing to change`);
  else if (dryRun) console.log(`${file}: dry run, not written`);
  else {
    writeFileSync(file, result.text);
    console.log(`${file}: written`);
  }
  return 0;
}

/**
 * `nodeinfo <file-or-url>` and `fetch <domain> --users`: a server's user counts from its NodeInfo document into
 * its file's `users` field, with the document's address and the day as evidence.
 */
async function importUsers(format: string, input: string, values: Record<string, string | boolean | undefined>, dataDir: string, dryRun: boolean): Promise<number> {
  let server = typeof values.server === 'string' ? values.server : undefined;
  let text: string;
  let url: string | undefined;
  if (format === 'fetch') {
    const d = readDomain(input.replace(/^https:\/\//i, '').replace(/\/.*$/, ''));
    if (d.kind !== 'domain') throw new UsageError(`fetch expects a server domain, got ${JSON.stringify(input)}`);
    server ??= d.domain;
    const wellKnown = await fetchJsonText(`https://${d.domain}/.well-known/nodeinfo`, { fetch: globalThis.fetch });
    if (!wellKnown.ok) throw new ImportError(`${wellKnown.url}: ${wellKnown.message}`);
    const href = nodeInfoHref(wellKnown.text);
    if (!href.ok) throw new ImportError(`${wellKnown.url}: ${href.message}`);
    const doc = await fetchJsonText(href.url, { fetch: globalThis.fetch });
    if (!doc.ok) throw new ImportError(`${doc.url}: ${doc.message}`);
    text = doc.text;
    url = doc.url;
  } else {
    const source = await readSource(input, true);
    text = source.text;
    url = source.url;
    if (server === undefined && url !== undefined) server = new URL(url).hostname;
  }
  if (server === undefined) throw new UsageError('name the server these counts are for: --server DOMAIN');
  const serverDomain = readDomain(server);
  if (serverDomain.kind !== 'domain') throw new UsageError(`--server expects a domain, got ${JSON.stringify(server)}`);
  const file = join(dataDir, 'servers', `${serverDomain.domain}.yaml`);
  if (!existsSync(file)) throw new ImportError(`${file} does not exist. Create the server's file first (npm run new -- ${serverDomain.domain}), then import its user counts.`);
  const evidenceUrl = (values['source-url'] as string | undefined) ?? url;
  if (evidenceUrl === undefined) throw new UsageError('say where this NodeInfo document was published: --source-url URL (a file has no address)');
  checkSourceUrl(evidenceUrl);
  const retrieved = (values.retrieved as string | undefined) ?? today();
  const counted = (values.counted as string | undefined) ?? retrieved;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(counted)) throw new UsageError('--counted expects YYYY-MM-DD');
  const read = readNodeInfoUsers(text);
  if (!read.ok) throw new ImportError(`${url ?? input}: ${read.message}`);
  const evidence: { url: string; retrieved: string; kind?: string; note?: string } = { url: evidenceUrl, retrieved, kind: (values.kind as string | undefined) ?? 'api' };
  if (typeof values.note === 'string') evidence.note = values.note;
  const users: UsersField = { total: read.total, counted, evidence };
  if (read.activeMonth !== undefined) users.active_month = read.activeMonth;
  const before = readFileSync(file, 'utf8');
  const after = setUsers(before, users);
  console.log(`${file}: users.total ${read.total}${read.activeMonth === undefined ? '' : `, users.active_month ${read.activeMonth}`}, counted ${counted}`);
  const problems = schemaProblems(after);
  if (problems.length > 0) {
    console.error(`${file}: the file would not be valid, so it was not written:`);
    for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
    return 1;
  }
  if (after === before) console.log(`${file}: nothing to change`);
  else if (dryRun) console.log(`${file}: dry run, not written`);
  else {
    writeFileSync(file, after);
    console.log(`${file}: written`);
  }
  return 0;
}

async function importNearMe(input: string, values: Record<string, string | boolean | undefined>, dataDir: string, dryRun: boolean): Promise<number> {
  const source = await readSource(input, true);
  const software = typeof values.software === 'string' ? values.software : undefined;
  const read = readNearMe(source.text, software === undefined ? {} : { software });
  const url = (values['source-url'] as string | undefined) ?? read.uri ?? source.url;
  if (url === undefined) throw new UsageError('say where the map is published: --source-url URL (a GeoJSON file carries no address)');
  checkSourceUrl(url);
  const retrieved = (values.retrieved as string | undefined) ?? today();
  const existing = loadServers(dataDir);
  const only = typeof values.server === 'string' ? values.server : undefined;
  const coast = typeof values['coast-km'] === 'string' ? Number(values['coast-km']) : DEFAULT_COAST_KM;
  if (!Number.isFinite(coast) || coast < 0 || coast > 100) throw new UsageError('--coast-km expects a number of km from 0 to 100');
  const locate = loadCountries(typeof values.countries === 'string' ? values.countries : undefined, coast);
  const plan = planNearMe(read, existing, { url, retrieved, name: 'Fediverse Near Me (ODbL)' }, { dir: join(dataDir, 'servers'), locate, ...(only === undefined ? {} : { only }) });
  for (const line of formatReport(plan.report, { verbose: values.verbose === true })) console.log(line);
  let failed = 0;
  for (const f of plan.files) {
    const problems = schemaProblems(f.text);
    const path = join(dataDir, 'servers', `${f.domain}.yaml`);
    if (problems.length > 0) {
      failed++;
      console.error(`${path}: would not be valid, not written: ${problems.join('; ')}`);
      continue;
    }
    if (!dryRun) writeFileSync(path, f.text, { flag: 'wx' });
  }
  console.log(dryRun ? `${plan.files.length} file(s) would be created (dry run)` : `${plan.files.length - failed} file(s) created in ${join(dataDir, 'servers')}`);
  return failed > 0 ? 1 : 0;
}

/** How far off a country's 1:50m outline a pin may lie and still be given that country, by default. */
const DEFAULT_COAST_KM = 10;

/** Country shapes from a world-atlas topology (default: the installed countries-50m.json), ready for lookups. */
function loadCountries(file: string | undefined, toleranceKm: number): CountryLocator {
  const path = file ?? createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  if (!existsSync(path)) throw new UsageError(`--countries: ${path}: no such file`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  if (topology.type !== 'Topology' || topology.objects?.countries === undefined) throw new UsageError(`--countries: ${path} is not a TopoJSON topology with a "countries" object`);
  return countryLocator(feature(topology, topology.objects.countries), { toleranceKm });
}

/**
 * Runs `npm run import` with `argv` (paths relative to the working directory), printing what the command prints.
 * Resolves to the exit status: 0 done, 1 the import failed (or would leave an invalid file), 2 a usage error.
 */
export async function importCommand(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    if (err instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      console.error(`import: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ImportError || err instanceof MergeError) {
      console.error(`import: ${err.message}`);
      return 1;
    }
    console.error(err);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) importCommand(process.argv.slice(2)).then((code) => process.exit(code));
