/** Rule: a resolved obfuscated entry really is the domain its pattern and digest say. */
import { fitsPattern } from '../domain.ts';
import { sha256Hex } from '../sha256.ts';
import { asRecord, asString, rawDecisions, readableFiles, type Finding, type Rule } from './rule.ts';

export { fitsPattern };

/** Reports a resolved domain whose SHA-256 is not the published digest, or that does not fit the pattern. */
export const obfuscatedDigest: Rule = {
  name: 'obfuscated-digest',
  description: 'When an obfuscated entry is resolved, the domain fits its pattern and its SHA-256 equals the published digest.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { index, decision } of rawDecisions(file.value)) {
        const domain = asString(decision.domain);
        const obfuscated = asRecord(decision.obfuscated);
        if (!domain || !obfuscated) continue;
        const pattern = asString(obfuscated.pattern);
        const digest = asString(obfuscated.digest);
        if (pattern && !fitsPattern(domain, pattern)) {
          findings.push({ file, path: ['blocks', index, 'domain'], level: 'error', message: `"${domain}" does not fit the published pattern "${pattern}"` });
        }
        if (digest && /^[0-9a-f]{64}$/.test(digest) && sha256Hex(domain) !== digest) {
          findings.push({ file, path: ['blocks', index, 'obfuscated', 'digest'], level: 'error', message: `the SHA-256 of "${domain}" is not the published digest ${digest.slice(0, 12)}…: the domain was resolved wrongly` });
        }
      }
    }
    return findings;
  },
};
