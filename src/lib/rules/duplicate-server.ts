/** Rule: each server has one file. */
import { readDomain } from '../domain.ts';
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports a second file for a domain already described (compared in normal form, so "Toot.Wales" matches "toot.wales"). */
export const duplicateServer: Rule = {
  name: 'duplicate-server',
  description: 'No two files describe the same server (domains compared in normal form).',
  check({ files }) {
    const findings: Finding[] = [];
    const first = new Map<string, string>();
    for (const file of [...readableFiles(files)].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      const domain = asString(asRecord(file.value)?.domain);
      const key = domain && (readDomain(domain).normal ?? domain);
      if (!key) continue;
      const earlier = first.get(key);
      if (earlier) findings.push({ file, path: ['domain'], level: 'error', message: `server "${key}" is already described in ${earlier}: merge the two files` });
      else first.set(key, file.file);
    }
    return findings;
  },
};
