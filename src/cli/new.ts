/**
 * `npm run new -- <domain> [--today YYYY-MM-DD]`
 *
 * Writes data/servers/<domain>.yaml from the annotated template (src/lib/new-server.ts): the domain, the editor's
 * schema line and today's date filled in, a `TODO` or `https://...` wherever a fact or source is still to be
 * found. Refuses a domain that is not a server's, one already curated, or one that looks like a curated one.
 * Exits 0 when the file was written, 1 when refused, 2 on a usage error.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isoDay } from '../lib/dates.ts';
import { newServerFile, SERVERS_DIR } from '../lib/new-server.ts';

const USAGE = 'usage: npm run new -- <domain> [--today YYYY-MM-DD]';

/** The curated domains: the names of the server files. */
async function curatedDomains(root: string): Promise<string[]> {
  const names = await readdir(resolve(root, SERVERS_DIR)).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  return names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
}

async function main(argv: string[]): Promise<number> {
  let today = isoDay(new Date());
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    }
    if (arg === '--today') today = argv[++i] ?? '';
    else words.push(arg);
  }
  if (words.length !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(USAGE);
    return 2;
  }
  const root = process.cwd();
  const result = newServerFile(words[0]!, { today, curated: await curatedDomains(root) });
  if (!result.ok) {
    console.error(`new: ${result.reason}`);
    return 1;
  }
  try {
    // "wx": never overwrite a file, even one written since the folder was listed.
    await writeFile(resolve(root, result.file), result.text, { encoding: 'utf8', flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      console.error(`new: ${result.file} already exists: edit it`);
      return 1;
    }
    throw err;
  }
  if (result.note) console.log(`note: ${result.note}`);
  console.log(`wrote ${result.file}`);
  console.log('next: replace each TODO and https://... with what a public source shows (or delete the optional lines no');
  console.log('      source gives), then run: npm run validate');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`new: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
