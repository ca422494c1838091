/** Rule: no domain mixes scripts or imitates a Latin name with look-alike letters (homoglyph domains). */
import { lookalikeProblem, readDomain } from '../domain.ts';
import { domainFields } from './fields.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports look-alike domains, decoding punycode first so "xn--pple-43d.com" is seen as "аpple.com". */
export const domainLookalike: Rule = {
  name: 'domain-lookalike',
  description: 'Domains do not mix scripts (Latin with Cyrillic, Greek…) nor spell a Latin name in look-alike letters.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text } of domainFields(file.value)) {
        const normal = readDomain(text).normal;
        const problem = normal && lookalikeProblem(normal);
        if (problem) findings.push({ file, path, level: 'error', message: `domain ${JSON.stringify(text)}: ${problem}; check the real domain's spelling` });
      }
    }
    return findings;
  },
};
