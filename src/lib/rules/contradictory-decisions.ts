/** Rule: at any one time a server has at most one decision on a target. */
import { locate } from '../yaml/parse.ts';
import { intervals, overlaps } from './decision-intervals.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports two different decisions on one target in force on the same day (exact repeats are duplicate-decision's). */
export const contradictoryDecisions: Rule = {
  name: 'contradictory-decisions',
  description: 'Two decisions on one target are never in force on the same day: end the earlier with until.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      // The earlier decisions on each target, in file order: a list of thousands compares each only with its own
      // target's (comparing each with every earlier one made long lists quadratic).
      const earlier = new Map<string, ReturnType<typeof intervals>>();
      for (const b of intervals(file.value)) {
        const same = earlier.get(b.target) ?? earlier.set(b.target, []).get(b.target)!;
        const a = same.find((x) => overlaps(x, b) && !(x.severity === b.severity && x.since === b.since && x.until === b.until));
        same.push(b);
        if (!a) continue;
        const line = locate(file, ['blocks', a.index]).line;
        const both = a.severity === b.severity ? `two ${a.severity} decisions` : `${a.severity} (blocks[${a.index}], line ${line}) and ${b.severity}`;
        findings.push({
          file,
          path: ['blocks', b.index],
          level: 'error',
          message: `${both} on "${b.target}" are both in force from ${a.start > b.start ? a.start : b.start}${a.severity === b.severity ? ` (see blocks[${a.index}], line ${line})` : ''}: give the earlier one an until date`,
        });
      }
    }
    return findings;
  },
};
