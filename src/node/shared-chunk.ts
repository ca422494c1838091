/**
 * Which modules of the browser's bundles go into one chunk shared by the pages' scripts (`common`), instead of the
 * dozens of small chunks the bundler makes by default, one for each set of scripts that share some modules: the full
 * graph's page asked for 33 files of script, the map's 24, each a request of its own. A module goes there when it is
 * small, imported by at least two scripts, and only declares things when it is loaded: every module of the chunk is
 * run when a page loads it, so a module that acts on the page when imported (enhancing its tables, wiring a form)
 * must stay in the chunks of the scripts that import it. `lib/` and `locales/` are pure by the architecture's rules;
 * packages from npm are taken as they are (small ones only: Leaflet stays with the map); a module of `client/`
 * is read (`declaresOnly`). Used by astro.config.mjs for the client build only.
 */
import { readFileSync } from 'node:fs';

/** The most bytes of source a module may have to go in the shared chunk: larger ones stay with their scripts. */
export const SHARED_MODULE_MAX_BYTES = 20_000;

/** How a top-level line of a module (Prettier-formatted: top-level statements start at column 0) may begin. */
const DECLARING = /^(?:$|import\s[^'"]|import\s*\{|import\s+type\b|export\s|const\s|let\s|function\s|async\s+function\s|class\s|type\s|interface\s|\/\/|\/\*|\*|\s|\}|\)|\])/;

/**
 * True when `code` (a module of `src/client/`, formatted as the project formats it) only declares at its top level:
 * imports that bind names (not `import './x'`, run for its effect), exports, constants, functions, classes and types.
 * A line that begins a statement of any other kind at column 0 (`for (…)`, `if (…)`, a call, `void start(…)`) means
 * the module acts when it is loaded.
 */
export function declaresOnly(code: string): boolean {
  return code.split('\n').every((line) => DECLARING.test(line));
}

/** The module id's file path, without a query (`?v=…`, `?raw`), or undefined for a virtual module. */
function filePath(id: string): string | undefined {
  if (id.startsWith('\0') || id.startsWith('virtual:')) return undefined;
  const path = id.split('?')[0]!;
  return /\.(?:m?js|ts)$/.test(path) ? path : undefined;
}

/**
 * Whether the module `id` may go in the shared chunk (the bundler adds the other conditions: at least two scripts
 * import it; at most SHARED_MODULE_MAX_BYTES). `read` gives a file's text (the file system by default).
 */
export function sharedModule(id: string, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): boolean {
  const path = filePath(id);
  if (path === undefined) return false;
  const slashed = path.replace(/\\/g, '/');
  if (/\/node_modules\//.test(slashed)) return true;
  if (/\/src\/(?:lib|locales)\//.test(slashed)) return true;
  if (/\/src\/client\//.test(slashed)) return declaresOnly(read(path));
  return false;
}
