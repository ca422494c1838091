/**
 * Reads a folder of data files from disk (Node only: the one place the build touches `data/` directly).
 * Pure logic lives in src/lib/; this module only lists and reads.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One data file: its path as the curator sees it, its absolute path and its text. */
export interface DataFile {
  /** Path relative to the project root with `/` separators, e.g. `data/servers/toot.wales.yaml`. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** The file's text (UTF-8). */
  text: string;
}

/** Code-point order, the same on every machine and locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists and reads every file in `dir` (not its sub-folders) whose name ends with `ext`,
 * sorted by name in code-point order. A missing folder yields no files.
 *
 * @param root The project root (a path or a `file:` URL); `file` paths are relative to it.
 * @param dir The folder, relative to `root` (e.g. `data/servers`) or absolute.
 * @param ext The file name ending to keep, e.g. `.yaml`.
 */
export async function readDataDir(root: string | URL, dir: string, ext: string): Promise<DataFile[]> {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  const dirPath = resolve(rootPath, dir);
  let names: string[];
  try {
    const entries = await readdir(dirPath, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => e.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  names.sort(byCodePoint);
  // A bounded number of files open at once: tens of thousands at once fail with EMFILE (too many open files).
  const out: DataFile[] = [];
  for (let i = 0; i < names.length; i += READ_AT_ONCE) {
    const batch = await Promise.all(
      names.slice(i, i + READ_AT_ONCE).map(async (name) => {
        const path = join(dirPath, name);
        const text = await readFile(path, 'utf8');
        return { file: relative(rootPath, path).split(sep).join('/'), path, text };
      }),
    );
    out.push(...batch);
  }
  return out;
}

/** How many files are read at once. */
export const READ_AT_ONCE = 64;
