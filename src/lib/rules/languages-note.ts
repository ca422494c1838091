/** Rule: a community whose language could not be told says why. */
import { asArray, asRecord, readableFiles, type Finding, type Rule } from './rule.ts';

/** Whether a missing `languages_note` is an error or a warning: an error, now that every "und" server has one. */
export const LANGUAGES_NOTE_LEVEL: 'error' | 'warning' = 'error';

/** Reports a server whose `languages` include "und" without a `languages_note`. */
export const languagesNote: Rule = {
  name: 'languages-note',
  description: 'A server whose languages include "und" (undetermined) says why in languages_note.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const server = asRecord(file.value)!;
      const index = asArray(server.languages).indexOf('und');
      if (index < 0) continue;
      const note = server.languages_note;
      if (typeof note === 'string' && note.trim() !== '') continue;
      findings.push({
        file,
        path: ['languages', index],
        level: LANGUAGES_NOTE_LEVEL,
        message: 'languages include "und" (undetermined) but there is no languages_note: say what was read and why no language could be told, or name the languages',
      });
    }
    return findings;
  },
};
