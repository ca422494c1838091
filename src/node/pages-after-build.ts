/**
 * Pages the build writes itself once Astro has rendered its own: at a very large size, most server pages
 * (src/lib/views/written-pages.ts). A page module registers a job while Astro asks it for its paths
 * (`writeAfterBuild`, through the atlas); the `pages-after-build` integration in astro.config.mjs runs every job when
 * Astro's build is done (`runPagesAfterBuild`). A job reads the template pages Astro wrote and gives each page's file
 * and text. The texts go in batches to a thread that writes them (src/node/page-writer-worker.ts), each straight from
 * its string: the files are written on the machine's other core while this one makes the next pages, and no copy of
 * a page's bytes is held by this thread's heap (such copies of every page, when Astro wrote them, started most of a
 * very large build's full garbage collections).
 *
 * The registry lives on `globalThis` under a `Symbol.for` key: astro.config.mjs and the pages are bundled apart, so
 * each has its own copy of this module, in the one Node process of the build.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A kind of page written after the build: given a reader of the site's built files, each page's file (relative to the output folder) and text. */
export type PagesJob = (read: (file: string) => string) => Iterable<readonly [file: string, text: string]>;

/** What a job did. */
export interface PagesJobDone {
  /** The job's name. */
  name: string;
  /** How many pages it wrote. */
  pages: number;
  /** How long it took, in milliseconds, its last page written. */
  ms: number;
}

/** The characters of page text sent to the writing thread in one message. */
export const BATCH_CHARS = 1 << 20;

/** The most characters of page text sent and not yet written: past it, the next page waits for the thread. */
export const UNWRITTEN_AT_MOST = 16 << 20;

const REGISTRY = Symbol.for('federation-atlas.pages-after-build');

function jobs(): Map<string, PagesJob> {
  const holder = globalThis as { [REGISTRY]?: Map<string, PagesJob> };
  return (holder[REGISTRY] ??= new Map());
}

/** Registers `job` under `name`, to be run when the build is done; registering a name again replaces its job. */
export function writeAfterBuild(name: string, job: PagesJob): void {
  jobs().set(name, job);
}

/** A file of the output folder `root` (resolved), refused when its relative name would leave the folder. */
function inside(root: string, file: string): string {
  const path = resolve(root, file);
  if (!path.startsWith(root + sep)) throw new Error(`a page written after the build would leave the output folder: ${JSON.stringify(file)}`);
  return path;
}

/** The writing thread: batches sent in order, a wait while too much is unwritten, and the end of it. */
function pageWriter() {
  const worker = new Worker(new URL('./page-writer-worker.ts', import.meta.url));
  let unwritten = 0;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (answer: { chars?: number; error?: string }) => {
    if (answer.error !== undefined) failed ??= new Error(`writing a page after the build failed: ${answer.error}`);
    else unwritten -= answer.chars ?? 0;
    settle();
  });
  worker.on('error', (err) => {
    failed ??= err;
    settle();
  });
  worker.on('exit', (code) => {
    failed ??= new Error(`the page writing thread stopped (exit code ${code})`);
    settle();
  });
  const until = async (done: () => boolean) => {
    while (!done() && !failed) await new Promise<void>((r) => (wake = r));
    if (failed) throw failed;
  };
  return {
    /** Sends a batch; waits first while more than `UNWRITTEN_AT_MOST` characters are unwritten. */
    async send(batch: [string, string][], chars: number) {
      await until(() => unwritten <= UNWRITTEN_AT_MOST);
      unwritten += chars;
      worker.postMessage(batch);
    },
    /** Waits until everything sent is written, then ends the thread. */
    async close() {
      try {
        await until(() => unwritten === 0);
      } finally {
        worker.removeAllListeners('exit');
        await worker.terminate();
      }
    },
  };
}

/** Runs every registered job into `outDir`, in the order they were registered; each is forgotten once taken, even when it fails. */
export async function runPagesAfterBuild(outDir: string): Promise<PagesJobDone[]> {
  const done: PagesJobDone[] = [];
  const root = resolve(outDir);
  const read = (file: string) => readFileSync(inside(root, file), 'utf8');
  const pending = [...jobs()];
  jobs().clear();
  for (const [name, job] of pending) {
    const start = performance.now();
    const writer = pageWriter();
    let pages = 0;
    try {
      let batch: [string, string][] = [];
      let chars = 0;
      for (const [file, text] of job(read)) {
        batch.push([inside(root, file), text]);
        chars += text.length;
        pages += 1;
        if (chars >= BATCH_CHARS) {
          await writer.send(batch, chars);
          batch = [];
          chars = 0;
        }
      }
      if (batch.length > 0) await writer.send(batch, chars);
    } finally {
      await writer.close();
    }
    done.push({ name, pages, ms: performance.now() - start });
  }
  return done;
}
