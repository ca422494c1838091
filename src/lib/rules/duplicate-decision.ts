/** Rule: a decision is listed once. */
import { locate } from '../yaml/parse.ts';
import { intervals } from './decision-intervals.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports a decision with the same target, severity, since and until as an earlier one in the file. */
export const duplicateDecision: Rule = {
  name: 'duplicate-decision',
  description: 'No decision is listed twice (same target, severity, since and until).',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const seen = new Map<string, number>();
      for (const d of intervals(file.value)) {
        const key = JSON.stringify([d.target, d.severity, d.since, d.until ?? '']);
        const earlier = seen.get(key);
        if (earlier === undefined) {
          seen.set(key, d.index);
          continue;
        }
        const line = locate(file, ['blocks', earlier]).line;
        findings.push({ file, path: ['blocks', d.index], level: 'error', message: `blocks[${d.index}] repeats blocks[${earlier}] (line ${line}): ${d.severity} of "${d.target}" since ${d.since}; delete one` });
      }
    }
    return findings;
  },
};
