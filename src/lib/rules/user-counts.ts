/** Rule: a server's user counts are consistent with themselves and with when they were read. */
import { isRealDate } from '../dates.ts';
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports active accounts above the total, and counts for a day after the day their source was read. */
export const userCounts: Rule = {
  name: 'user-counts',
  description: 'users.active_month is not above users.total, and users.counted is not after the day its evidence was read.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const users = asRecord(asRecord(file.value)?.users);
      if (!users) continue;
      const { total, active_month: active } = users;
      if (typeof total === 'number' && typeof active === 'number' && active > total) {
        findings.push({ file, path: ['users', 'active_month'], level: 'error', message: `active_month ${active} is above total ${total}: active accounts are some of all accounts` });
      }
      const counted = asString(users.counted);
      const read = asString(asRecord(users.evidence)?.retrieved);
      if (counted && read && isRealDate(counted) && isRealDate(read) && counted > read) {
        findings.push({ file, path: ['users', 'counted'], level: 'error', message: `counted "${counted}" is after the evidence was read ("${read}"): a source cannot give counts for a later day` });
      }
    }
    return findings;
  },
};
