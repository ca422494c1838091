/** Reads a text file of the project (e.g. data/LICENSE-ODbL.txt) for the build to serve as it is. */
import { readFileSync } from 'node:fs';

/** The UTF-8 text of `path` (relative to the working directory, the project root at build time). */
export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
