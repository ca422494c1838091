/** Rule: the file is one well-formed YAML document whose top level is a mapping. */
import { isMap } from 'yaml';
import type { Finding, Rule } from './rule.ts';

/** Reports YAML syntax errors (bad indentation, duplicate keys, tabs…) at their position. */
export const yamlSyntax: Rule = {
  name: 'yaml-syntax',
  description: 'The file is well-formed YAML: one document, a mapping at the top, no duplicate keys.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of files) {
      for (const e of file.syntax) {
        findings.push({ file, path: [], level: 'error', message: e.message, position: { line: e.line, col: e.col } });
      }
      if (file.syntax.length === 0 && !isMap(file.doc.contents)) {
        findings.push({ file, path: [], level: 'error', message: 'expected a mapping of fields (domain: …, name: …) at the top of the file' });
      }
    }
    return findings;
  },
};
