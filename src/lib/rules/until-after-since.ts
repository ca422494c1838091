/** Rule: a lifted decision ends after it began. */
import { firstDay, isRealDate, lastDay } from '../dates.ts';
import { decisionStart } from '../order.ts';
import { asString, rawDecisions, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports a decision whose `until` is on or before its `since`. */
export const untilAfterSince: Rule = {
  name: 'until-after-since',
  description: 'A decision\'s until comes after its since.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { index, decision } of rawDecisions(file.value)) {
        const since = decisionStart(decision);
        const until = asString(decision.until);
        if (!until || !since || !isRealDate(since) || !isRealDate(until)) continue;
        if (lastDay(until) <= firstDay(since)) {
          findings.push({ file, path: ['blocks', index, 'until'], level: 'error', message: `until "${until}" is not after since "${since}": a decision must end after it begins` });
        }
      }
    }
    return findings;
  },
};
