/** Rule: every date is a real calendar date and not in the future. */
import { firstDay, isRealDate } from '../dates.ts';
import { DATE_PATTERN } from '../schema/primitives.ts';
import { dateFields } from './fields.ts';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports impossible dates (2025-02-30, month 13) and dates after today. Badly shaped dates are the schema's. */
export const realDate: Rule = {
  name: 'real-date',
  description: 'Dates (since, until, retrieved) are real calendar dates and not in the future.',
  check({ files, today }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text } of dateFields(file.value)) {
        if (!DATE_PATTERN.test(text)) continue;
        if (!isRealDate(text)) findings.push({ file, path, level: 'error', message: `"${text}" is not a real calendar date` });
        else if (firstDay(text) > today) findings.push({ file, path, level: 'error', message: `"${text}" is in the future (today is ${today})` });
      }
    }
    return findings;
  },
};
