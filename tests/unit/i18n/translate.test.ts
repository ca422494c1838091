import { describe, expect, it } from 'vitest';
import { makeTranslator, MissingStringError, placeholders } from '../../../src/lib/i18n/translate.ts';

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
