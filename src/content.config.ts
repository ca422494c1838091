/**
 * Content collections. `servers` holds one entry per `data/servers/<domain>.yaml`, checked against the
 * same zod schema the validator and the editors' JSON Schema use (src/lib/schema/server.ts).
 *
 * The files are read by our own loader rather than Astro's `glob()` so that they are parsed exactly as the
 * validator parses them (YAML 1.2 core schema: dates stay text; duplicate keys are errors).
 * Run `npm run validate` first: it reports every problem with its line; the build stops at the first.
 */
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { Server } from './lib/schema/server.ts';
import { parseYamlFile } from './lib/yaml/parse.ts';
import { readDataDir } from './node/read-data-dir.ts';

/**
 * Where the server files live: `data/servers` under the project root, or the folder named by the environment
 * variable ATLAS_DATA_DIR (absolute, or relative to the project root). The benchmark and the hostile-data tests
 * build the site from generated folders this way; nothing is ever written into data/.
 */
const SERVERS_DIR = process.env.ATLAS_DATA_DIR || 'data/servers';
const EXT = '.yaml';

/** Loads `data/servers/*.yaml`: the entry id is the domain, taken from the file name. */
function serversLoader(): Loader {
  return {
    name: 'atlas-servers',
    load: async ({ store, parseData, generateDigest, logger, config, watcher }) => {
      const load = async () => {
        const files = await readDataDir(config.root, SERVERS_DIR, EXT);
        store.clear();
        for (const { file, text } of files) {
          const parsed = parseYamlFile(file, text);
          const first = parsed.syntax[0];
          if (first) {
            throw new Error(`${file}:${first.line}:${first.col} YAML syntax error: ${first.message} (run \`npm run validate\` for every problem)`);
          }
          const value = parsed.value;
          if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new Error(`${file}: expected the fields of a server (a YAML mapping) at the top level (run \`npm run validate\`)`);
          }
          const id = file.slice(file.lastIndexOf('/') + 1, -EXT.length);
          const data = await parseData({ id, data: value as Record<string, unknown>, filePath: file });
          if (data.domain !== id) logger.warn(`${file}: domain is "${String(data.domain)}" but the file is named for "${id}"`);
          store.set({ id, data, filePath: file, digest: generateDigest(text) });
        }
        logger.info(`${files.length} server files read from ${SERVERS_DIR}/`);
      };
      await load();
      // In `astro dev`, reload when a data file is added, changed or removed.
      if (watcher) {
        const dir = resolve(fileURLToPath(config.root), SERVERS_DIR);
        watcher.add(dir);
        const onChange = (path: string) => {
          if (path.startsWith(dir) && path.endsWith(EXT)) load().catch((err: unknown) => logger.error(String(err)));
        };
        watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      }
    },
  };
}

/** The site's collections. */
export const collections = {
  servers: defineCollection({ loader: serversLoader(), schema: Server }),
};
