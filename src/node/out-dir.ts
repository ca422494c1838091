/**
 * Emptying the output folder without making the build wait for it. Astro empties the output folder at the start of
 * a build, one file at a time, before it renders anything: the real site's previous build is some 18,000 files, and
 * deleting them held the build up for seconds (more on a busy machine). So when a build starts, the old build's
 * entries are moved aside (a rename, at once) into `node_modules/.cache/atlas-old-builds/<folder>@<pid>/` and
 * deleted there by a separate `rm -rf` process while the build renders; Astro finds the folder empty. The build
 * waits for the deletion only at its end. What Astro keeps (`.git`) stays; an entry that cannot be moved (another
 * file system) is left for Astro to delete, as before.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

/** Where old builds are moved to be deleted. */
export const OLD_BUILDS_DIR = join('node_modules', '.cache', 'atlas-old-builds');

/** What Astro's own emptying leaves in the output folder. */
const KEEP = new Set(['.git']);

/** Deletes `paths` (and what they hold) in another process; resolves when it is done, never rejects. */
async function removeAside(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  if (process.platform === 'win32') {
    await Promise.all(paths.map((p) => rm(p, { recursive: true, force: true }).catch(() => undefined)));
    return;
  }
  await new Promise<void>((done) => {
    const child = spawn('rm', ['-rf', '--', ...paths], { stdio: 'ignore' });
    child.on('error', () => done());
    child.on('close', () => done());
  });
}

/**
 * Moves the entries of the output folder `outDir` aside and starts deleting them, with what earlier builds into the
 * same folder left aside (a build stopped before its end). Returns the deletion, for the build to wait for at its end.
 */
export function clearOutDirAside(outDir: string, oldBuilds: string = OLD_BUILDS_DIR): Promise<void> {
  const out = resolve(outDir);
  const prefix = `${basename(out)}@`;
  const aside = join(oldBuilds, `${prefix}${process.pid}`);
  const leftovers = existsSync(oldBuilds) ? readdirSync(oldBuilds).filter((n) => n.startsWith(prefix)).map((n) => join(oldBuilds, n)) : [];
  if (existsSync(out)) {
    for (const name of readdirSync(out)) {
      if (KEEP.has(name)) continue;
      try {
        mkdirSync(aside, { recursive: true });
        renameSync(join(out, name), join(aside, name));
      } catch {
        // left where it is: Astro deletes it
      }
    }
  }
  if (existsSync(aside) && !leftovers.includes(aside)) leftovers.push(aside);
  return removeAside(leftovers);
}
