/**
 * The server files parsed on several cores at once. Parsing YAML with positions is most of a cold build's start on
 * a large dataset (30,000 files: 54 s of one core, measured in a CPU profile), and the build uses one core while it
 * reads them. Above `WORKERS_FROM` files, they are shared out in contiguous runs between worker threads
 * (src/node/yaml-parse-worker.ts), each parsing with the very function the validator uses (src/lib/yaml/parse.ts);
 * fewer are parsed here, where starting a thread would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseYamlFile, type ParsedFile } from '../lib/yaml/parse.ts';

/** What the loader keeps of a parsed file: its plain value and its syntax problems. */
export type ParsedValue = Pick<ParsedFile, 'value' | 'syntax'>;

/** From this many files on, they are parsed in worker threads. */
export const WORKERS_FROM = 1000;

/** The most worker threads started, whatever the machine's cores: each loads the parser and holds its share. */
export const THREADS_AT_MOST = 8;

/** A file's value and syntax problems, as `parseYamlFile` gives them (the document itself is not kept). */
export function parsedValue(file: string, text: string): ParsedValue {
  const { value, syntax } = parseYamlFile(file, text);
  return { value, syntax };
}

/** The files split into at most `parts` contiguous runs of nearly equal length, in order, none empty. */
export function splitRuns<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(Math.floor(parts), items.length));
  const runs: T[][] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.floor((i * items.length) / n);
    const to = Math.floor(((i + 1) * items.length) / n);
    if (to > from) runs.push(items.slice(from, to));
  }
  return runs;
}

/** One run of files parsed in a new worker thread, which then ends. */
function parseRun(files: readonly { file: string; text: string }[]): Promise<ParsedValue[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./yaml-parse-worker.ts', import.meta.url));
    worker.once('message', (out: ParsedValue[]) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the YAML parsing thread stopped (exit code ${code}) before it answered`)));
    worker.postMessage(files);
  });
}

/**
 * Each file's value and syntax problems, in the order of `files`, the same as `parseYamlFile` gives. `threads`
 * (default: the machine's cores, at most `THREADS_AT_MOST`) worker threads share the files when there are at least `from` (default
 * `WORKERS_FROM`) of them.
 */
export async function parseServerFiles(files: readonly { file: string; text: string }[], threads = Math.min(availableParallelism(), THREADS_AT_MOST), from = WORKERS_FROM): Promise<ParsedValue[]> {
  if (files.length < from || threads < 2) return files.map(({ file, text }) => parsedValue(file, text));
  const runs = await Promise.all(splitRuns(files, threads).map(parseRun));
  return runs.flat();
}
