/**
 * `npm run bench:generate -- --servers 1000 --decisions 30000 [--seed 1] [--out DIR] [--retrieved YYYY-MM-DD]`
 *
 * Writes a synthetic dataset (tools/bench/dataset.ts) as `<domain>.yaml` files into DIR (default: a new folder
 * under the system's temporary folder), never into data/. Prints the folder and the counts. Build from it with
 * `ATLAS_DATA_DIR=DIR npm run build`. The validator passes them with no errors; it warns on each that the
 * editors' schema comment is missing (the files sit outside the project, where no relative path reaches it).
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from './dataset.ts';
import { parseCount } from './sizes.ts';

/** Generates the dataset into `out` (created if missing); returns the folder and the totals. */
export async function writeDataset(options: { servers: number; decisions: number; seed: number; retrieved: string; out?: string }): Promise<{ dir: string; servers: number; decisions: number }> {
  const dir = options.out ? resolve(options.out) : await mkdtemp(join(tmpdir(), 'atlas-bench-'));
  if (resolve(dir).split(/[\\/]/).includes('data') && resolve(dir).startsWith(process.cwd())) throw new Error('refusing to write synthetic data into the project\'s data/ folder');
  await mkdir(dir, { recursive: true });
  let servers = 0;
  let decisions = 0;
  let batch: Promise<void>[] = [];
  for (const file of generateDataset(options)) {
    batch.push(writeFile(join(dir, file.name), file.text, 'utf8'));
    servers++;
    decisions += file.decisions;
    if (batch.length >= 256) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { dir, servers, decisions };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      servers: { type: 'string', default: '1k' },
      decisions: { type: 'string', default: '30k' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      retrieved: { type: 'string', default: '2026-11-01' },
    },
  });
  const result = await writeDataset({
    servers: parseCount(values.servers),
    decisions: parseCount(values.decisions),
    seed: Number(values.seed),
    retrieved: values.retrieved,
    out: values.out,
  });
  console.log(`${result.servers} servers, ${result.decisions} decisions written to ${result.dir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(`bench-generate: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
