/** Rule: a server file is named after its domain: data/servers/<domain>.yaml. */
import { readDomain } from '../domain.ts';
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';

/** The file's base name without `.yaml`. */
export function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '');
}

/** Reports a file whose name is not `<domain>.yaml`. */
export const fileName: Rule = {
  name: 'file-name',
  description: 'The file is named after the server\'s domain: <domain>.yaml.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const domain = asString(asRecord(file.value)?.domain);
      if (!file.file.endsWith('.yaml')) {
        findings.push({ file, path: [], level: 'error', message: `data files end in ".yaml", this one is "${file.file.split('/').pop()}"` });
      }
      const normal = domain === undefined ? undefined : (readDomain(domain).normal ?? domain);
      if (normal !== undefined && baseName(file.file) !== normal) {
        findings.push({ file, path: ['domain'], level: 'error', message: `the file is named "${baseName(file.file)}.yaml" but its domain is "${domain}": rename the file to "${normal}.yaml"` });
      }
    }
    return findings;
  },
};
