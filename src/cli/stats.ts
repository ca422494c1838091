/**
 * `npm run stats [-- --day YYYY-MM-DD] [--domain threads.net]`: the atlas's headline figures
 *
 * Prints the atlas's headline figures from the curated data (data/servers, or ATLAS_DATA_DIR): the five most aligned pairs
 * of communities with their scores and counts and how many communities were left out of the alignment and why, and
 * the share of accounts on curated communities cut off from threads.net today, with the communities of unknown size:
 * as a headline only when the sizes pass the rule of src/lib/reach/people.ts (known for at least 80 % of the
 * communities, each counted within 365 days of the day), else as a caveated note based on N of M communities, with
 * the sizes' sources and the days they were counted.
 * The day is the atlas's (ATLAS_TODAY, else the latest day a source was read), as on the site.
 */
import { resolveAsOf } from '../lib/as-of.ts';
import { headlineFigures, formatHeadlineFigures } from '../lib/headline-figures.ts';
import { isoDay } from '../lib/dates.ts';
import { compareText } from '../lib/order.ts';
import { Server } from '../lib/schema/server.ts';
import { parseYamlFile } from '../lib/yaml/parse.ts';
import { readDataDir } from '../node/read-data-dir.ts';

async function main(argv: string[]): Promise<number> {
  let day: string | undefined;
  let domain = 'threads.net';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--day') day = argv[++i];
    else if (arg === '--domain') domain = argv[++i] ?? domain;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run stats [-- [--day YYYY-MM-DD] [--domain DOMAIN]]');
      return 0;
    } else {
      console.error(`unknown argument: ${arg}`);
      return 2;
    }
  }
  const files = await readDataDir(process.cwd(), process.env.ATLAS_DATA_DIR || 'data/servers', '.yaml');
  const servers: Server[] = [];
  for (const { file, text } of files) {
    const parsed = Server.safeParse(parseYamlFile(file, text).value);
    if (!parsed.success) {
      console.error(`${file}: not a valid server file (run \`npm run validate\`)`);
      return 1;
    }
    servers.push(parsed.data);
  }
  servers.sort((a, b) => compareText(a.domain, b.domain));
  const asOf = resolveAsOf(day ?? process.env.ATLAS_TODAY, servers, isoDay(new Date()));
  console.log(formatHeadlineFigures(headlineFigures(servers, asOf.day, domain)));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
