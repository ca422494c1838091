/** Rule: no domain mixes scripts or imitates a Latin name with look-alike letters (homoglyph domains). */
import { lookalikeProblem, readDomain } from '../domain.ts';
import { domainFields } from './fields.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports look-alike domains, decoding punycode first so "xn--pple-43d.com" is seen as "аpple.com". */
export const domainLookalike: Rule = {
  name: 'domain-lookalike',
  description: 'A server\'s domain does not mix scripts (Latin with Cyrillic, Greek…) nor spell a Latin name in look-alike letters; a look-alike target is a warning.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text, target } of domainFields(file.value)) {
        const normal = readDomain(text, { target }).normal;
        const problem = normal && lookalikeProblem(normal);
        if (!problem) continue;
        // A server's own domain must not imitate another; a target may (servers block impostors): warn only.
        if (target) findings.push({ file, path, level: 'warning', message: `target ${JSON.stringify(text)}: ${problem}; check it is the domain the list names` });
        else findings.push({ file, path, level: 'error', message: `domain ${JSON.stringify(text)}: ${problem}; check the real domain's spelling` });
      }
    }
    return findings;
  },
};
