/** Rule: each server has one file. */
import { readDomain } from '../domain.ts';
import { baseName } from './file-name.ts';
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';
import type { ParsedFile } from '../yaml/parse.ts';

function normalDomain(file: ParsedFile): string | undefined {
  const domain = asString(asRecord(file.value)?.domain);
  return domain && (readDomain(domain).normal ?? domain);
}

/** Files named after their own domain come first (they are "the" file), then by path. */
function rank(a: ParsedFile, b: ParsedFile): number {
  const own = (f: ParsedFile) => (baseName(f.file) === normalDomain(f) ? 0 : 1);
  return own(a) - own(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/**
 * Reports a second file for a domain already described (compared in normal form, so "Toot.Wales"
 * matches "toot.wales"). The file named after the domain is the original; the other is reported.
 */
export const duplicateServer: Rule = {
  name: 'duplicate-server',
  description: 'No two files describe the same server (domains compared in normal form).',
  check({ files }) {
    const findings: Finding[] = [];
    const first = new Map<string, string>();
    for (const file of [...readableFiles(files)].sort(rank)) {
      const key = normalDomain(file);
      if (!key) continue;
      const earlier = first.get(key);
      if (earlier) findings.push({ file, path: ['domain'], level: 'error', message: `server "${key}" is already described in ${earlier}: merge the two files` });
      else first.set(key, file.file);
    }
    return findings;
  },
};
