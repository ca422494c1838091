import { describe, expect, it } from 'vitest';
import { compareCatalogues } from '../../../src/lib/i18n/check.ts';

describe('compareCatalogues', () => {
  const base = { a: 'A {x}', b: 'B', n: { one: '{count} thing', other: '{count} things' } };
  it('finds nothing when keys, placeholders and plural shapes agree', () => {
    expect(compareCatalogues(base, { a: 'Á {x}', b: 'Bé', n: { one: 'un peth', other: '{count} peth' } })).toEqual([]);
  });
  it('names missing, extra and empty keys', () => {
    expect(compareCatalogues(base, { a: 'Á {x}', n: { other: '{count}' }, c: 'C' })).toEqual([
      { key: 'b', problem: 'missing' },
      { key: 'c', problem: 'extra' },
    ]);
    expect(compareCatalogues(base, { a: 'Á {x}', b: ' ', n: { other: '{count}' } })).toEqual([{ key: 'b', problem: 'empty' }]);
  });
  it('names a key whose placeholders differ', () => {
    expect(compareCatalogues(base, { a: 'Á {y}', b: 'B', n: { other: '{count}' } })).toEqual([{ key: 'a', problem: 'placeholders differ', detail: 'expected {x}, found {y}' }]);
  });
  it('names a key that should or should not have plural forms', () => {
    expect(compareCatalogues(base, { a: 'Á {x}', b: { other: 'B' }, n: '{count}' })).toEqual([
      { key: 'b', problem: 'plural forms unexpected' },
      { key: 'n', problem: 'plural forms expected' },
    ]);
  });
});
