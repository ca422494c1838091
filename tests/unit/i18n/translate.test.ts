import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { makeTranslator, MissingStringError, placeholders, type Catalogue, type Vars } from '../../../src/lib/i18n/translate.ts';

// Synthetic catalogues, made up for these tests (not the site's strings).
const en = makeTranslator('en', {
  plain: 'Servers',
  greet: 'Hello {name}, {name}!',
  count: { one: '{count} server', other: '{count} servers' },
  big: 'Total: {n}',
});
const cy = makeTranslator('cy', {
  count: { zero: 'dim gweinydd', one: 'un gweinydd', two: 'dau weinydd', other: '{count} gweinydd' },
});

describe('makeTranslator', () => {
  it('returns plain strings and fills every occurrence of a placeholder', () => {
    expect(en('plain')).toBe('Servers');
    expect(en('greet', { name: 'Tŵt' })).toBe('Hello Tŵt, Tŵt!');
  });
  it('leaves a placeholder with no value as written, so a forgotten value shows', () => {
    expect(en('greet')).toBe('Hello {name}, {name}!');
  });
  it('chooses plural forms by the language’s rules', () => {
    expect(en('count', { count: 1 })).toBe('1 server');
    expect(en('count', { count: 0 })).toBe('0 servers');
    expect(en('count', { count: 2 })).toBe('2 servers');
    expect(cy('count', { count: 0 })).toBe('dim gweinydd');
    expect(cy('count', { count: 1 })).toBe('un gweinydd');
    expect(cy('count', { count: 2 })).toBe('dau weinydd');
    // Welsh "few" (3) and "many" (6) are not given: they fall back to "other".
    expect(cy('count', { count: 3 })).toBe('3 gweinydd');
    expect(cy('count', { count: 6 })).toBe('6 gweinydd');
  });
  it('formats numbers for the language', () => {
    expect(en('big', { n: 1234567 })).toBe('Total: 1,234,567');
    expect(makeTranslator('de', { big: 'Summe: {n}' })('big', { n: 1234567 })).toBe('Summe: 1.234.567');
  });
  it('writes a number the same the first time and every time after, whole or not', () => {
    for (const n of [12, 12, 999999, 999999, -3, -3, 2.5, 2.5, 1234567, 1234567]) expect(en('big', { n })).toBe(`Total: ${n.toLocaleString('en')}`);
  });
  it('finds only the catalogue\'s own strings, never an object\'s inherited properties', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(() => en(key)).toThrow(MissingStringError);
  });
  it('throws on a missing key, naming it and the language', () => {
    expect(() => cy('plain')).toThrow(MissingStringError);
    expect(() => cy('plain')).toThrow(/"plain".*"cy"/);
  });
  it('does not treat inherited object properties as keys', () => {
    expect(() => en('toString')).toThrow(MissingStringError);
    expect(() => en('__proto__')).toThrow(MissingStringError);
  });
  it('asks for a count where a string has plural forms', () => {
    expect(() => en('count')).toThrow(/numeric count/);
  });
  it('does not interpret values as placeholders or markup', () => {
    expect(en('greet', { name: '{name}<b>' })).toBe('Hello {name}<b>, {name}<b>!');
  });
});

describe('placeholders', () => {
  it('lists names once, sorted', () => {
    expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
    expect(placeholders('no { braces } here {1x}')).toEqual([]);
  });
});

describe('makeTranslator fills strings in as a plain search and replace would', () => {
  /** The translator's rule written the slow, obvious way: every `{name}` replaced where a value is given. */
  function reference(locale: string, catalogue: Catalogue): (key: string, vars?: Vars) => string {
    const rules = new Intl.PluralRules(locale);
    const numbers = new Intl.NumberFormat(locale);
    return (key, vars) => {
      const entry = catalogue[key]!;
      const text = typeof entry === 'string' ? entry : (entry[rules.select(Number(vars?.count))] ?? entry.other);
      if (!vars) return text;
      return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
        const value = vars[name];
        return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
      });
    };
  }
  const piece = fc.oneof(fc.string(), fc.constantFrom('{n}', '{count}', '{day}', '{', '}', '{{n}}', '{1x}', '{n', 'n}', '{ n }', '$&', '$1'));
  const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
  const value = fc.oneof(fc.string(), fc.constantFrom('{n}', '$&', 'ŵ'), fc.integer({ min: -1e7, max: 1e7 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
  it('for plain strings and plural forms, in English and Welsh, with values missing, repeated or holding braces', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'cy'), text, fc.record({ zero: text, one: text, two: text, few: text, many: text, other: text }), fc.dictionary(fc.constantFrom('n', 'day', 'x'), value), fc.integer({ min: 0, max: 30 }), (locale, plain, plural, vars, count) => {
        const catalogue: Catalogue = { plain, plural };
        const t = makeTranslator(locale, catalogue);
        const r = reference(locale, catalogue);
        // Twice each: the second call uses what the first one learnt about the string.
        for (let i = 0; i < 2; i++) {
          expect(t('plain', vars)).toBe(r('plain', vars));
          expect(t('plain')).toBe(r('plain'));
          expect(t('plural', { ...vars, count })).toBe(r('plural', { ...vars, count }));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('makeTranslator makes its Intl objects only when a string needs them', () => {
  it('makes no number format nor plural rules for strings without numbers, and one of each after', () => {
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    const pluralRules = vi.spyOn(Intl, 'PluralRules');
    try {
      // A locale no other test formats with, so format.ts's cache of number formats has none for it yet.
      const t = makeTranslator('en-IE', { plain: 'Plain', named: 'Hello {name}', count: { one: '{count} server', other: '{count} servers' } });
      expect(t('plain')).toBe('Plain');
      expect(t('named', { name: 'Wales' })).toBe('Hello Wales');
      expect(numberFormat).not.toHaveBeenCalled();
      expect(pluralRules).not.toHaveBeenCalled();
      expect(t('count', { count: 12345 })).toBe('12,345 servers');
      expect(t('count', { count: 1 })).toBe('1 server');
      expect(t('count', { count: 2.5 })).toBe('2.5 servers');
      expect(numberFormat).toHaveBeenCalledTimes(1);
      expect(pluralRules).toHaveBeenCalledTimes(1);
    } finally {
      numberFormat.mockRestore();
      pluralRules.mockRestore();
    }
  });
});
