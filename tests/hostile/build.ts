/**
 * `npm run test:hostile-build` (part of `npm test`): builds the site from the synthetic hostile dataset and its
 * plain twin (see README.md), then checks that
 * 1. the whole hostile dataset validates (each string sits only in fields that accept it, and every refusal was
 *    reported with a file:line:col, never a crash);
 * 2. both builds succeed;
 * 3. every page of the hostile build has the same elements and attributes as its plain twin: nothing on any page
 *    came from the data as markup;
 * 4. the site check (internal links, Content-Security-Policy) passes on the hostile build;
 * 5. every feed (.xml) is well-formed XML, and the data's CSV files lose nothing: each naughty string placed in a
 *    server's name or a decision's comment comes back from servers.csv / decisions.csv exactly (with an apostrophe
 *    first where it began like a formula), and no text cell begins like a formula.
 * Writes .hostile/manifest.json (counts and the pages to visit) for tests/e2e/hostile.spec.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sax from 'sax';
import { FORMULA_STARTS, neutraliseFormula, parseCsv } from '../../src/lib/press/csv.ts';
import { validate } from '../../src/lib/validate.ts';
import { listFiles } from '../../src/node/list-files.ts';
import { FIELDS, HOSTILE_DAY, hostileDatasets, hostileDomain, TARGET } from './dataset.ts';
import { NAUGHTY_STRINGS } from './strings.ts';
import { structureDiff, structureOf } from './structure.ts';

const WORK = '.hostile';
const OUT = 'dist-hostile';
const PLAIN_OUT = 'dist-hostile-plain';

async function writeDataset(dir: string, files: Map<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) await writeFile(join(dir, name), text);
}

/**
 * Builds the site from `dataDir` into `outDir`; `draftCards`: Open Graph cards left blank (ATLAS_OG_DRAFT);
 * `pagesAfter`: every server page and every domain page but the first of each written after Astro's build from
 * the first, as beyond 2,000 servers or 200 paged domains (ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST=0 and
 * ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST=0, src/lib/views/written-pages.ts).
 */
function build(dataDir: string, outDir: string, draftCards = false, pagesAfter = false): void {
  execFileSync(process.execPath, ['tools/astro-run.ts', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ATLAS_DATA_DIR: join(process.cwd(), dataDir),
      ATLAS_OUT_DIR: outDir,
      ATLAS_TODAY: HOSTILE_DAY,
      ATLAS_BASE: '/',
      ATLAS_OG_DRAFT: draftCards ? '1' : '0',
      ...(pagesAfter ? { ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST: '0', ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST: '0' } : {}),
    },
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const sets = hostileDatasets(NAUGHTY_STRINGS);
  const failures: string[] = [];

  // 1. Every string in every field was placed or refused; refusals carry a place and a message; nothing crashed;
  // most strings are ordinary text to the validator (it refuses only what it has a rule for); the whole set
  // validates together.
  const tried = [...sets.accepted.values()].reduce((n, fields) => n + fields.length, 0) + sets.refusals.length;
  if (tried !== NAUGHTY_STRINGS.length * FIELDS.length) failures.push(`${tried} placements tried, not ${NAUGHTY_STRINGS.length} strings × ${FIELDS.length} fields`);
  if (sets.refusals.length > NAUGHTY_STRINGS.length * FIELDS.length * 0.1) failures.push(`${sets.refusals.length} refusals: more than a tenth of the placements`);
  for (const r of sets.refusals) {
    if (r.diagnostics.some((d) => !/\.yaml$/.test(d.file))) failures.push(`string ${r.index} in ${r.field}: a refusal that names no data file`);
    for (const d of r.diagnostics) {
      if (!(d.line >= 1 && d.col >= 1 && d.message.trim() && !/crashed/.test(d.message))) {
        failures.push(`string ${r.index} in ${r.field}: a refusal without a clear place or message: ${JSON.stringify(d)}`);
      }
    }
  }
  const all = [...sets.hostile].map(([name, text]) => ({ file: `${WORK}/servers/${name}`, text }));
  const errors = validate(all, { today: HOSTILE_DAY }).filter((d) => d.level === 'error');
  for (const e of errors.slice(0, 20)) failures.push(`hostile dataset: ${e.file}:${e.line}:${e.col} ${e.rule}: ${e.message}`);

  // 2. Both builds.
  await writeDataset(join(WORK, 'servers'), sets.hostile);
  await writeDataset(join(WORK, 'plain'), sets.plain);
  // The hostile build's server pages (but its first) are written after Astro's build, from the first page's markup
  // and the naughty strings in its head and body; the plain twin's are all Astro's: the page-by-page comparison below
  // holds the written pages to the rendered ones.
  build(join(WORK, 'servers'), OUT, false, true);
  // The hostile build draws every card (its strings go through the SVG and the rasteriser); the plain twin's pages
  // are what is compared, so its cards are left blank.
  build(join(WORK, 'plain'), PLAIN_OUT, true);

  // 3. Same structure, page by page.
  const pages = await listFiles(OUT, '.html');
  const plainPages = new Set(await listFiles(PLAIN_OUT, '.html'));
  for (const page of pages) {
    if (!plainPages.has(page)) {
      failures.push(`${page}: built from the hostile data only`);
      continue;
    }
    const diff = structureDiff(structureOf(await readFile(join(PLAIN_OUT, page), 'utf8')), structureOf(await readFile(join(OUT, page), 'utf8')));
    if (diff.length) failures.push(`${page}: elements differ from the plain build (plain → hostile): ${diff.slice(0, 5).join('; ')}`);
  }
  if (pages.length !== plainPages.size) failures.push(`${pages.length} hostile pages but ${plainPages.size} plain ones`);

  // 4. Links and CSP on the hostile build.
  try {
    execFileSync(process.execPath, ['tools/site-check/check-site.ts', '--out', OUT, '--base', '/'], { stdio: 'inherit' });
  } catch {
    failures.push('the site check failed on the hostile build (see above)');
  }

  // 5. Feeds are well-formed; the CSV files keep every string and neutralise formulas.
  const feeds = await listFiles(OUT, '.xml');
  for (const feed of feeds) {
    const xml = sax.parser(true, {});
    let error: string | undefined;
    xml.onerror = (e: Error) => {
      error ??= e.message.split('\n')[0];
      throw e;
    };
    try {
      xml.write(await readFile(join(OUT, feed), 'utf8')).close();
    } catch {
      failures.push(`${feed}: not well-formed XML (${error})`);
    }
  }
  if (feeds.length < 2) failures.push(`only ${feeds.length} feeds in the hostile build`);
  const csv = async (name: string) => {
    const [header, ...rows] = parseCsv(await readFile(join(OUT, 'data', name), 'utf8'));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
  };
  const servers = await csv('servers.csv');
  const decisions = await csv('decisions.csv');
  let csvCells = 0;
  for (const row of [...servers, ...decisions]) {
    for (const cell of Object.values(row)) {
      csvCells++;
      if (cell && FORMULA_STARTS.includes(cell[0]!) && !/^-?\d+(\.\d+)?$/.test(cell)) failures.push(`a CSV cell begins like a formula: ${JSON.stringify(cell.slice(0, 40))}`);
    }
  }
  let csvChecked = 0;
  NAUGHTY_STRINGS.forEach((s, i) => {
    const domain = hostileDomain(i);
    const fields = sets.accepted.get(i) ?? [];
    const want = neutraliseFormula(s.trim());
    if (fields.includes('name')) {
      csvChecked++;
      const got = servers.find((r) => r.domain === domain)?.name;
      if (got !== want) failures.push(`servers.csv: the name of ${domain} came back as ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
    }
    if (fields.includes('decision.comment')) {
      csvChecked++;
      const got = decisions.find((r) => r.server === domain && r.domain === TARGET)?.comment;
      if (got !== want) failures.push(`decisions.csv: the comment of ${domain} came back as ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
    }
  });

  const placed = [...sets.accepted.values()].reduce((n, fields) => n + fields.length, 0);
  const manifest = {
    strings: NAUGHTY_STRINGS.length,
    fields: FIELDS.length,
    placed,
    refused: sets.refusals.length,
    pages: pages.length,
    feeds: feeds.length,
    csvCells,
    csvStringsCompared: csvChecked,
    target: TARGET,
    servers: NAUGHTY_STRINGS.map((_, i) => hostileDomain(i)),
  };
  await writeFile(join(WORK, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const f of failures.slice(0, 50)) console.error(f);
  console.log(
    `hostile build: ${manifest.strings} strings × ${manifest.fields} fields: ${placed} placed, ${manifest.refused} refused with file:line:col; ` +
      `${pages.length} pages compared with the plain build; ${feeds.length} feeds parsed; ${csvChecked} strings found again in ${csvCells} CSV cells; ${failures.length} failures (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
