/**
 * The `servers` collection's loader (src/content.config.ts): the server files read and parsed exactly as the
 * validator parses them (src/lib/yaml/parse.ts, YAML 1.2 core schema: dates stay text; duplicate keys are errors),
 * rather than by Astro's `glob()`. A file unchanged since the last build, parsed by an unchanged parser and schema,
 * keeps the entry Astro stored for it then.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { packageVersion } from './basemap-sources.ts';
import { parseServerFiles } from './parse-in-workers.ts';
import { readDataDir } from './read-data-dir.ts';

/**
 * What a file's parsed entry depends on besides its text: the schema (src/lib/schema/), the parser
 * (src/lib/yaml/parse.ts, run by src/node/parse-in-workers.ts) and the versions of the packages they use. Astro keeps
 * the collection between builds (its data store, in the cache folder); an entry kept from an earlier build whose file
 * and parser are unchanged is reused as it is, not parsed and checked again (a 30,000-file dataset takes most of a
 * minute of one core to parse).
 */
async function parserKey(root: URL, digest: (text: string) => string): Promise<string> {
  const sources = [...(await readDataDir(root, 'src/lib/schema', '.ts')), ...(await readDataDir(root, 'src/lib/yaml', '.ts'))];
  return digest([...sources.map((s) => `${s.file}\n${s.text}`), `yaml@${packageVersion('yaml')}`, `zod@${packageVersion('zod')}`].join('\n'));
}

/**
 * Loads the server files of `dir` (relative to the project root, or absolute; `data/servers` for the site): one
 * entry per `<domain>.yaml`, its id the domain taken from the file name, checked by the collection's schema.
 */
export function serversLoader(dir: string, ext = '.yaml'): Loader {
  return {
    name: 'atlas-servers',
    load: async ({ store, parseData, generateDigest, logger, config, watcher }) => {
      const load = async () => {
        const files = await readDataDir(config.root, dir, ext);
        const key = await parserKey(config.root, generateDigest);
        const stale = new Set(store.keys());
        let reused = 0;
        const changed: { file: string; text: string; id: string; digest: string }[] = [];
        for (const { file, text } of files) {
          const id = file.slice(file.lastIndexOf('/') + 1, -ext.length);
          stale.delete(id);
          const digest = generateDigest(`${key}\n${text}`);
          const kept = store.get<{ domain?: unknown }>(id);
          if (kept && kept.digest === digest && kept.filePath === file) {
            if (kept.data.domain !== id) logger.warn(`${file}: domain is "${String(kept.data.domain)}" but the file is named for "${id}"`);
            reused++;
            continue;
          }
          changed.push({ file, text, id, digest });
        }
        // Parsed all at once (on several cores for many files), then checked and stored in file order.
        const parsedAll = await parseServerFiles(changed);
        for (const [i, { file, id, digest }] of changed.entries()) {
          const parsed = parsedAll[i]!;
          const first = parsed.syntax[0];
          if (first) {
            throw new Error(`${file}:${first.line}:${first.col} YAML syntax error: ${first.message} (run \`npm run validate\` for every problem)`);
          }
          const value = parsed.value;
          if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new Error(`${file}: expected the fields of a server (a YAML mapping) at the top level (run \`npm run validate\`)`);
          }
          const data = await parseData({ id, data: value as Record<string, unknown>, filePath: file });
          if (data.domain !== id) logger.warn(`${file}: domain is "${String(data.domain)}" but the file is named for "${id}"`);
          store.set({ id, data, filePath: file, digest });
        }
        for (const id of stale) store.delete(id);
        logger.info(`${files.length} server files read from ${dir}/ (${reused} unchanged since the last build, not parsed again)`);
      };
      await load();
      // In `astro dev`, reload when a data file is added, changed or removed.
      if (watcher) {
        const folder = resolve(fileURLToPath(config.root), dir);
        watcher.add(folder);
        const onChange = (path: string) => {
          if (path.startsWith(folder) && path.endsWith(ext)) load().catch((err: unknown) => logger.error(String(err)));
        };
        watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      }
    },
  };
}

