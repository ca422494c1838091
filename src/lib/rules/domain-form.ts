/** Rule: every domain is in normal form (lower case, punycode, no scheme, path, port, wildcard or trailing dot). */
import { isScalar } from 'yaml';
import { readDomain } from '../domain.ts';
import { domainFields } from './fields.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports domains not in normal form; `--fix` rewrites them to it where one can be derived. */
export const domainForm: Rule = {
  name: 'domain-form',
  description: 'Domains are in normal form: lower case, IDN as punycode, no scheme, path, port, wildcard or trailing dot (a target may also be a top-level domain or an IP address).',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text, target } of domainFields(file.value)) {
        const { normal, problems } = readDomain(text, { target });
        if (problems.length === 0) continue;
        const fix = normal ? `: write "${normal}"` : '';
        findings.push({ file, path, level: 'error', message: `domain ${JSON.stringify(text)} ${problems.join(', ')}${fix}`, fixable: normal !== undefined });
      }
    }
    return findings;
  },
  fix(file) {
    for (const { path, text, target } of domainFields(file.value)) {
      const { normal } = readDomain(text, { target });
      const node = file.doc.getIn(path, true);
      if (normal && normal !== text && isScalar(node)) node.value = normal;
    }
  },
};
