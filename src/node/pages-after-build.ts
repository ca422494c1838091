/**
 * Pages the build writes itself once Astro has rendered its own: at a very large size, most server pages
 * (src/lib/views/server-pages-written.ts). A page module registers a job while Astro asks it for its paths
 * (`writeAfterBuild`, through the atlas); the `pages-after-build` integration in astro.config.mjs runs every job when
 * Astro's build is done (`runPagesAfterBuild`). A job reads the template pages Astro wrote and gives each page's file
 * and text; each text is written as it is given, straight from the string (no copy of its bytes held by the heap:
 * such copies of every page were what started most of a very large build's full garbage collections).
 *
 * The registry lives on `globalThis` under a `Symbol.for` key: astro.config.mjs and the pages are bundled apart, so
 * each has its own copy of this module, in the one Node process of the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** A kind of page written after the build: given a reader of the site's built files, each page's file (relative to the output folder) and text. */
export type PagesJob = (read: (file: string) => string) => Iterable<readonly [file: string, text: string]>;

/** What a job did. */
export interface PagesJobDone {
  /** The job's name. */
  name: string;
  /** How many pages it wrote. */
  pages: number;
  /** How long it took, in milliseconds. */
  ms: number;
}

const REGISTRY = Symbol.for('federation-atlas.pages-after-build');

function jobs(): Map<string, PagesJob> {
  const holder = globalThis as { [REGISTRY]?: Map<string, PagesJob> };
  return (holder[REGISTRY] ??= new Map());
}

/** Registers `job` under `name`, to be run when the build is done; registering a name again replaces its job. */
export function writeAfterBuild(name: string, job: PagesJob): void {
  jobs().set(name, job);
}

/** A file of the output folder `outDir`, refused when its relative name would leave the folder. */
function inside(outDir: string, file: string): string {
  const root = resolve(outDir);
  const path = resolve(root, file);
  if (!path.startsWith(root + sep)) throw new Error(`a page written after the build would leave the output folder: ${JSON.stringify(file)}`);
  return path;
}

/** Runs every registered job into `outDir`, in the order they were registered; each is forgotten once taken, even when it fails. */
export function runPagesAfterBuild(outDir: string): PagesJobDone[] {
  const done: PagesJobDone[] = [];
  const read = (file: string) => readFileSync(inside(outDir, file), 'utf8');
  const pending = [...jobs()];
  jobs().clear();
  for (const [name, job] of pending) {
    const start = performance.now();
    const made = new Set<string>();
    let pages = 0;
    for (const [file, text] of job(read)) {
      const path = inside(outDir, file);
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(path, text);
      pages += 1;
    }
    done.push({ name, pages, ms: performance.now() - start });
  }
  return done;
}
