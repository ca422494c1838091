import { describe, expect, it } from 'vitest';
import { FOCUS_WORDS, isUndetermined, languageLabel, languageName, LIST_STATUS_ORDER, LIST_STATUS_WORDS, plural, SCALE_WORDS, SOFTWARE_NAMES } from '../../src/lib/labels.ts';
import { FOCUSES, LIST_STATUSES, SCALES, SOFTWARE } from '../../src/lib/schema/server.ts';
import * as values from '../../src/lib/schema/values.ts';
import { translator } from '../../src/locales/index.ts';

describe('labels', () => {
  it('word every value of the schema', () => {
    for (const v of SOFTWARE) expect(SOFTWARE_NAMES[v]).toBeTruthy();
    for (const v of LIST_STATUSES) expect(LIST_STATUS_WORDS[v].label).toBeTruthy();
    for (const v of SCALES) expect(SCALE_WORDS[v]).toBeTruthy();
    for (const v of FOCUSES) expect(FOCUS_WORDS[v]).toBeTruthy();
    expect([...LIST_STATUS_ORDER].sort()).toEqual([...LIST_STATUSES].sort());
  });

  it('the zod-free lists are the schema\'s', () => {
    expect(values.FOCUSES).toBe(FOCUSES);
    expect(values.SCALES).toBe(SCALES);
    expect(values.SOFTWARE).toBe(SOFTWARE);
    expect(values.LIST_STATUSES).toBe(LIST_STATUSES);
  });

  it('names languages with their tag, and keeps a tag it cannot name', () => {
    expect(languageLabel('cy')).toBe('Welsh (cy)');
    expect(languageLabel('pt-BR')).toBe('Brazilian Portuguese (pt-BR)');
    expect(languageName('qaa')).toBeUndefined();
    expect(languageLabel('not a tag')).toBe('not a tag');
  });

  it('plural', () => {
    expect([plural(1, 'server', 'servers'), plural(0, 'server', 'servers'), plural(3, 'server', 'servers')]).toEqual(['1 server', '0 servers', '3 servers']);
  });
  it('never shows the code of an undetermined language', () => {
    expect(isUndetermined('und')).toBe(true);
    expect(isUndetermined('und-Latn')).toBe(true);
    expect(isUndetermined('en')).toBe(false);
    expect(isUndetermined('undx')).toBe(false);
    expect(languageLabel('und')).toBe('Language not determined');
    expect(languageLabel('und', 'en', translator('en'))).toBe('Language not determined');
    expect(languageLabel('und', 'cy', translator('cy'))).toBe('Iaith heb ei phennu');
    expect(languageLabel('und-Latn', 'cy', translator('cy'))).not.toContain('und');
    expect(languageLabel('cy', 'cy', translator('cy'))).toBe('Cymraeg (cy)');
  });
});
