/**
 * Content collections. `servers` holds one entry per `data/servers/<domain>.yaml`, checked against the
 * same zod schema the validator and the editors' JSON Schema use (src/lib/schema/server.ts).
 *
 * The files are read by our own loader rather than Astro's `glob()` so that they are parsed exactly as the
 * validator parses them (YAML 1.2 core schema: dates stay text; duplicate keys are errors).
 * Run `npm run validate` first: it reports every problem with its line; the build stops at the first.
 */
import { defineCollection } from 'astro:content';
import { Server } from './lib/schema/server.ts';
import { serversLoader } from './node/servers-loader.ts';

/**
 * Where the server files live: `data/servers` under the project root, or the folder named by the environment
 * variable ATLAS_DATA_DIR (absolute, or relative to the project root). The benchmark and the hostile-data tests
 * build the site from generated folders this way; nothing is ever written into data/.
 */
const SERVERS_DIR = process.env.ATLAS_DATA_DIR || 'data/servers';

/** The site's collections. */
export const collections = {
  servers: defineCollection({ loader: serversLoader(SERVERS_DIR), schema: Server }),
};
