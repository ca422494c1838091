/**
 * Which data files a working tree changed, compared with git's HEAD, and their text at HEAD: for the validator's
 * list of pages to preview. Node only (runs git); says nothing (undefined) outside a git checkout or without git.
 */
import { execFileSync } from 'node:child_process';

/** A changed file: its path relative to the project root, and its text at HEAD (absent when it is new). */
export interface ChangedFile {
  file: string;
  before?: string;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

/**
 * The `.yaml` files under `paths` (relative to `root`) that differ from HEAD: changed, added, deleted or untracked
 * (but not ignored), in code-point order, each with its text at HEAD. Undefined when git cannot tell (not a
 * checkout, no commit yet, no git).
 */
export function changedSinceHead(root: string, paths: readonly string[]): ChangedFile[] | undefined {
  let tracked: string[];
  let untracked: string[];
  try {
    tracked = git(root, ['diff', '--name-only', '--relative', '--no-renames', '-z', 'HEAD', '--', ...paths]).split('\0');
    untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...paths]).split('\0');
  } catch {
    return undefined;
  }
  const files = [...new Set([...tracked, ...untracked])].filter((f) => f.endsWith('.yaml')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const headFiles = new Set(tracked);
  return files.map((file) => {
    if (!headFiles.has(file)) return { file };
    try {
      return { file, before: git(root, ['show', `HEAD:./${file}`]) };
    } catch {
      return { file }; // added to the index but not in HEAD
    }
  });
}
