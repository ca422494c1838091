/**
 * Lists a built site's files: every file under a folder, as paths relative to it with `/` separators, in
 * code-point order. Shared by the site checks (tools/site-check/check-site.ts, tools/site-check/check-reproducible.ts) and the
 * hostile-data build (tests/hostile/build.ts).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (recursively), relative to it, sorted; only those ending with `ext` when given. */
export async function listFiles(dir: string, ext = ''): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
