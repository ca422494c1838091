/**
 * Addresses of one archived file at other commits. An archive kept in git (such as the Oliphant archive on GitHub)
 * shows a file as it was at any commit: `https://github.com/<owner>/<repo>/blob/<commit>/<path>`. Given the address
 * of the file at one commit, these functions name the same file at another commit, or its history of commits.
 */

/** A 40-hex git commit as a path segment. */
const COMMIT_SEGMENT = /\/(blob|commits|tree|raw)\/([0-9a-f]{40})\//;

/** The 40-hex commit an address names (as a `/blob/<commit>/` style path segment), or undefined. */
export function commitOf(url: string): string | undefined {
  return COMMIT_SEGMENT.exec(url)?.[2];
}

/** The same archived file at `commit` (a 40-hex commit), or undefined when `url` names no commit. */
export function snapshotUrl(url: string, commit: string): string | undefined {
  if (!/^[0-9a-f]{40}$/.test(commit) || commitOf(url) === undefined) return undefined;
  return url.replace(COMMIT_SEGMENT, (_m, kind: string) => `/${kind}/${commit}/`);
}

/**
 * The history of commits of the archived file, up to the commit `url` names (GitHub's `/commits/<commit>/<path>`
 * page): where a reader finds a snapshot whose commit the importer does not know. Undefined when `url` names no commit.
 */
export function fileHistoryUrl(url: string): string | undefined {
  if (commitOf(url) === undefined) return undefined;
  return url.replace(COMMIT_SEGMENT, (_m, _kind: string, commit: string) => `/commits/${commit}/`);
}

/** True when two addresses name the same archived file, at the same or different commits. */
export function sameArchivedFile(a: string, b: string): boolean {
  if (commitOf(a) === undefined || commitOf(b) === undefined) return false;
  const bare = (u: string) => u.replace(COMMIT_SEGMENT, '/@/');
  return bare(a) === bare(b);
}
