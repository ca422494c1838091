/**
 * Comparing two builds: given each build's files with a digest of their bytes, what is only in one, and what
 * differs. Pure; the CLI lists and hashes the files.
 */

/** How two builds differ; all three lists are sorted and empty when the builds are byte-identical. */
export interface TreeDiff {
  /** Files only in the first build. */
  onlyInFirst: string[];
  /** Files only in the second build. */
  onlyInSecond: string[];
  /** Files in both whose bytes differ. */
  changed: string[];
}

/** Compares two builds, each given as file path → digest. */
export function treeDiff(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): TreeDiff {
  const sort = (list: string[]) => list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    onlyInFirst: sort([...first.keys()].filter((f) => !second.has(f))),
    onlyInSecond: sort([...second.keys()].filter((f) => !first.has(f))),
    changed: sort([...first].filter(([f, digest]) => second.has(f) && second.get(f) !== digest).map(([f]) => f)),
  };
}
