import { describe, expect, it } from 'vitest';
import { LANGUAGES_NOTE_LEVEL, languagesNote } from '../../../src/lib/rules/languages-note.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('languages-note', () => {
  it('accepts known languages without a note', () => {
    expect(run(languagesNote, VALID)).toEqual([]);
  });
  it('reports "und" without languages_note, at the tag', () => {
    expect(run(languagesNote, variant('languages: [cy, en]', 'languages: [und]'))).toEqual([
      `${F}:5:13 ${LANGUAGES_NOTE_LEVEL} languages-note: languages include "und" (undetermined) but there is no languages_note: say what was read and why no language could be told, or name the languages`,
    ]);
  });
  it('accepts "und" with a note', () => {
    expect(run(languagesNote, variant('languages: [cy, en]', 'languages: [und]\nlanguages_note: The directory\'s description must be read by a curator.'))).toEqual([]);
  });
});
