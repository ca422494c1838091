/**
 * `node tools/site-check/check-reproducible.ts [--out dist]` (run by `npm test` after the fixture site's build, with its
 * ATLAS_DATA_DIR and ATLAS_OUT_DIR)
 *
 * Builds the site a second time, from the same commit and data (ATLAS_DATA_DIR, as the first build), into a scratch folder, and checks that every
 * file is byte-identical to the first build's (same files, same SHA-256). Prints what differs and exits 1 if
 * anything does. Same input, same output: no clock, no random, no machine path in what the build writes.
 *
 * The second build leaves every server page and every domain page but the first of each to be written after Astro's
 * build (ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST=0 and ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST=0, as a build of more than 2,000
 * servers or 200 paged domains does; src/lib/views/written-pages.ts), so the same comparison proves the pages
 * written so are the pages Astro renders, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { treeDiff } from './tree-diff.ts';
import { listFiles } from '../../src/node/list-files.ts';

async function digests(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of await listFiles(dir)) out.set(file, createHash('sha256').update(await readFile(join(dir, file))).digest('hex'));
  return out;
}

async function main(argv: string[]): Promise<number> {
  let first = process.env.ATLAS_OUT_DIR || 'dist';
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--out') first = argv[++i] ?? first;
  const second = `${first}-repro`;
  await rm(second, { recursive: true, force: true });
  execFileSync(process.execPath, ['tools/astro-run.ts', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ATLAS_OUT_DIR: second, ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST: '0', ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST: '0' } });
  const a = await digests(first);
  const diff = treeDiff(a, await digests(second));
  for (const f of diff.onlyInFirst.slice(0, 20)) console.error(`only in ${first}/: ${f}`);
  for (const f of diff.onlyInSecond.slice(0, 20)) console.error(`only in the second build: ${f}`);
  for (const f of diff.changed.slice(0, 20)) console.error(`differs between the two builds: ${f}`);
  const problems = diff.onlyInFirst.length + diff.onlyInSecond.length + diff.changed.length;
  console.log(`check-reproducible: ${a.size} files in ${first}/ compared with a second build: ${problems} differ`);
  if (problems === 0) await rm(second, { recursive: true, force: true });
  return problems ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
