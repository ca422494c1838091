import { describe, expect, it } from 'vitest';
import { localePath, localePrefix, splitLocale } from '../../../src/lib/i18n/locale-path.ts';

describe('locale paths', () => {
  it('give the default language no prefix and others their code', () => {
    expect(localePrefix('en', 'en')).toBe('');
    expect(localePrefix('cy', 'en')).toBe('cy/');
    expect(localePath('en', 'en', '/domains/threads.net/')).toBe('domains/threads.net/');
    expect(localePath('cy', 'en', '/')).toBe('cy/');
    expect(localePath('cy', 'en', 'graph/?date=2025-02-01#x')).toBe('cy/graph/?date=2025-02-01#x');
  });
  it('split a path into its language and the rest', () => {
    const codes = ['en', 'cy'];
    expect(splitLocale('/cy/domains/threads.net/', codes, 'en')).toEqual({ locale: 'cy', rest: 'domains/threads.net/' });
    expect(splitLocale('cy/', codes, 'en')).toEqual({ locale: 'cy', rest: '' });
    expect(splitLocale('cy', codes, 'en')).toEqual({ locale: 'cy', rest: '' });
    expect(splitLocale('/domains/cy/', codes, 'en')).toEqual({ locale: 'en', rest: 'domains/cy/' });
    // A domain page whose name starts with a language code is not that language.
    expect(splitLocale('/cymru.social/', codes, 'en')).toEqual({ locale: 'en', rest: 'cymru.social/' });
    // The default language's code is never a prefix.
    expect(splitLocale('/en/x/', codes, 'en')).toEqual({ locale: 'en', rest: 'en/x/' });
  });
  it('round-trip: splitting a language’s path gives back the language and the path', () => {
    for (const locale of ['en', 'cy']) {
      for (const rest of ['', 'domains/', 'servers/toot.wales/', 'graph/matrix/']) {
        expect(splitLocale(localePath(locale, 'en', rest), ['en', 'cy'], 'en')).toEqual({ locale, rest });
      }
    }
  });
});
