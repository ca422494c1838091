/** Rule: a lifted decision ends after it began. */
import { firstDay, isRealDate, lastDay } from '../dates.ts';
import { decisionStart } from '../order.ts';
import { asString, rawDecisions, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports a decision whose `until` is on or before its `since`, or whose `last_seen` is not between them. */
export const untilAfterSince: Rule = {
  name: 'until-after-since',
  description: 'A decision\'s until comes after its since; a last_seen day comes with an until, on or after since and before until.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { index, decision } of rawDecisions(file.value)) {
        const since = decisionStart(decision);
        const until = asString(decision.until);
        if (!until) {
          if (decision.last_seen !== undefined) findings.push({ file, path: ['blocks', index, 'last_seen'], level: 'error', message: 'last_seen needs an until: the day the decision was known to be lifted by' });
          continue;
        }
        if (!since || !isRealDate(since) || !isRealDate(until)) continue;
        if (lastDay(until) <= firstDay(since)) {
          findings.push({ file, path: ['blocks', index, 'until'], level: 'error', message: `until "${until}" is not after since "${since}": a decision must end after it begins` });
        }
        const seen = asString(decision.last_seen);
        if (seen === undefined || !isRealDate(seen)) continue;
        if (seen < firstDay(since)) findings.push({ file, path: ['blocks', index, 'last_seen'], level: 'error', message: `last_seen "${seen}" is before since "${since}": it was seen in force before it began` });
        else if (seen >= lastDay(until)) findings.push({ file, path: ['blocks', index, 'last_seen'], level: 'error', message: `last_seen "${seen}" is not before until "${until}": a decision is lifted after it was last seen` });
      }
    }
    return findings;
  },
};
