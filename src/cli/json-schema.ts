/**
 * `npm run schema` writes public/schema/server.schema.json from the zod schema.
 * `npm run schema -- --check` fails (exit 1) when the committed file is stale.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { serverJsonSchemaText } from '../lib/json-schema.ts';
import { SCHEMA_PATH } from '../lib/rules/schema-comment.ts';

const text = serverJsonSchemaText();
if (process.argv.includes('--check')) {
  const current = await readFile(SCHEMA_PATH, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(`${SCHEMA_PATH} is stale: the zod schema changed. Run "npm run schema" and commit the result.`);
    process.exit(1);
  }
  console.log(`${SCHEMA_PATH} is up to date.`);
} else {
  await mkdir(dirname(SCHEMA_PATH), { recursive: true });
  await writeFile(SCHEMA_PATH, text, 'utf8');
  console.log(`wrote ${SCHEMA_PATH}`);
}
