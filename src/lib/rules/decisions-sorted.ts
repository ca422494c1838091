/** Rule: decisions are in canonical order (target, then since), so diffs stay small and reviews easy. */
import { isSeq } from 'yaml';
import { compareDecisions, decisionTarget } from '../order.ts';
import { asArray, asRecord, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports the first decision out of order; `--fix` sorts them (comments travel with their entries). */
export const decisionsSorted: Rule = {
  name: 'decisions-sorted',
  description: 'Decisions are sorted by target domain, then since date.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const blocks = asArray(asRecord(file.value)?.blocks);
      for (let i = 1; i < blocks.length; i++) {
        if (compareDecisions(blocks[i - 1], blocks[i]) > 0) {
          findings.push({
            file,
            path: ['blocks', i],
            level: 'error',
            message: `blocks are not sorted: "${decisionTarget(blocks[i])}" (blocks[${i}]) comes after "${decisionTarget(blocks[i - 1])}"; sort by domain, then since`,
            fixable: true,
          });
          break;
        }
      }
    }
    return findings;
  },
  fix(file) {
    const seq = file.doc.get('blocks', true);
    if (!isSeq(seq)) return;
    const items = seq.items.map((node, i) => ({ node, value: asArray(asRecord(file.value)?.blocks)[i] }));
    items.sort((a, b) => compareDecisions(a.value, b.value));
    seq.items = items.map((x) => x.node);
  },
};
