/**
 * The matrix page's embedded data and its download's rows. A synthetic matrix of three communities and two domains;
 * every expected row is worked out by hand from the cells and segments (the last change on or before the day
 * holds), not read off the code.
 */
import { describe, expect, it } from 'vitest';
import type { ReachMatrix } from '../../../src/lib/graph/matrix.ts';
import { matrixData, matrixFoldedShown, matrixRowColumns, matrixRows, matrixRowShown, matrixRowSplit, parseMatrixData, reachMatrixOf, type MatrixDataRow } from '../../../src/lib/press/matrix-rows.ts';

/** Rows: a.example (cy, GB-WLS), b.example (en, IE), t.example (en, no area, itself a column). Columns: t.example, x.example. */
const MATRIX: ReachMatrix = {
  day: '2026-04-12',
  communities: ['a.example', 'b.example', 't.example'],
  domains: ['t.example', 'x.example'],
  cells: [
    ['suspends', 'reaches'],
    ['unknown', 'limits'],
    [null, 'reaches'],
  ],
};
const INFO = {
  'a.example': { list: 'published', languages: ['cy', 'en-GB'], regions: ['gb-wls'] },
  'b.example': { list: 'partial', languages: ['en'], regions: ['IE'] },
  't.example': { list: 'published', languages: ['en'], regions: [] },
} as const;
const DATA = matrixData(MATRIX, (c) => INFO[c as keyof typeof INFO]);

/**
 * Segments for the replay: a.example suspends t.example from 2025-01-19 (reaches before, from its reading on
 * 2023-10-23); its other cells and every other community's are those of its silence.
 */
const REPLAY = {
  history: { cells: { 'a.example': { 't.example': ['unknown', '2023-10-23', 'reaches@2023-10-23', '2025-01-19', 'suspends@2026-04-01'] } } },
  silence: { communities: { 'a.example': ['unknown', '2023-10-23', 'reaches@2023-10-23'], 'b.example': ['unknown', '2024-05-01', 'limits'], 't.example': ['unknown', '2025-01-01', 'reaches'] } },
};

describe('matrixData', () => {
  it('packs each row\'s cells one letter each, `-` for its own column, regions upper case, and reads back unchanged', () => {
    expect(DATA.rows).toEqual([
      { community: 'a.example', list: 'published', languages: ['cy', 'en-GB'], regions: ['GB-WLS'], cells: 'sr' },
      { community: 'b.example', list: 'partial', languages: ['en'], regions: ['IE'], cells: 'ul' },
      { community: 't.example', list: 'published', languages: ['en'], regions: [], cells: '-r' },
    ]);
    expect(reachMatrixOf(parseMatrixData(JSON.stringify(DATA)))).toEqual(MATRIX);
  });

  it('refuses broken data, naming the place', () => {
    expect(() => parseMatrixData('{}')).toThrow(/expected "day", "domains" and "rows"/);
    expect(() => parseMatrixData(JSON.stringify({ ...DATA, rows: [{ ...DATA.rows[0], cells: 's' }] }))).toThrow(/rows\[0\]: expected a community and one cell a column/);
  });
});

describe('matrixRows', () => {
  it('on the matrix\'s day, without filters: every community, its list, each column\'s state, `itself` in its own', () => {
    expect(matrixRowColumns(DATA)).toEqual(['community', 'list', 't.example', 'x.example']);
    expect(matrixRows(DATA, {}, '2026-04-12')).toEqual([
      { community: 'a.example', list: 'published', 't.example': 'suspends', 'x.example': 'reaches' },
      { community: 'b.example', list: 'partial', 't.example': 'unknown', 'x.example': 'limits' },
      { community: 't.example', list: 'published', 't.example': 'itself', 'x.example': 'reaches' },
    ]);
  });

  it('keeps the communities the language and region filters keep, as the map\'s filters do', () => {
    const shown = (filters: { lang?: string; area?: string }) => matrixRows(DATA, filters, '2026-04-12').map((r) => r.community);
    expect(shown({ lang: 'cy' })).toEqual(['a.example']);
    expect(shown({ lang: 'en' })).toEqual(['a.example', 'b.example', 't.example']);
    expect(shown({ area: 'GB' })).toEqual(['a.example']);
    expect(shown({ lang: 'en', area: 'IE' })).toEqual(['b.example']);
    expect(shown({ lang: '', area: '' })).toEqual(['a.example', 'b.example', 't.example']);
  });

  it('on another day: each cell from its own segments, else its community\'s silence', () => {
    // 2024-06-01: a reaches t (its own segments, before its suspension) and x (silence); b limits both (silence,
    // from 2024-05-01); t is unknown towards x (its silence is unknown until 2025-01-01).
    expect(matrixRows(DATA, {}, '2024-06-01', REPLAY)).toEqual([
      { community: 'a.example', list: 'published', 't.example': 'reaches', 'x.example': 'reaches' },
      { community: 'b.example', list: 'partial', 't.example': 'limits', 'x.example': 'limits' },
      { community: 't.example', list: 'published', 't.example': 'itself', 'x.example': 'unknown' },
    ]);
    expect(matrixRows(DATA, { lang: 'cy' }, '2025-02-01', REPLAY)).toEqual([{ community: 'a.example', list: 'published', 't.example': 'suspends', 'x.example': 'reaches' }]);
  });

  it('refuses another day without the segments, rather than give the wrong day\'s states', () => {
    expect(() => matrixRows(DATA, {}, '2024-06-01')).toThrow(/2024-06-01 needs the matrix's segments/);
  });
});

describe('published lists only', () => {
  /** Four synthetic communities: two with unknown lists (one Welsh), a published Welsh one and a partial English one. */
  const ROWS: MatrixDataRow[] = [
    { community: 'p.example', list: 'published', languages: ['cy'], regions: ['GB-WLS'] },
    { community: 'q.example', list: 'partial', languages: ['en'], regions: ['IE'] },
    { community: 'u.example', list: 'unknown', languages: ['cy'], regions: ['GB-WLS'] },
    { community: 'v.example', list: 'unknown', languages: ['en'], regions: ['IE'] },
  ].map((r) => ({ ...r, cells: '' })) as MatrixDataRow[];

  it('hides the communities whose list is unknown, and keeps partial lists', () => {
    expect(ROWS.map((r) => matrixRowShown(r, { published: true }))).toEqual([true, true, false, false]);
    expect(ROWS.map((r) => matrixRowShown(r, { published: false }))).toEqual([true, true, true, true]);
  });

  it('folds only the unknown lists the language and region filters keep', () => {
    expect(matrixRowSplit(ROWS, { published: true })).toEqual({ shown: 2, folded: 2 });
    expect(matrixRowSplit(ROWS, { published: true, lang: 'cy' })).toEqual({ shown: 1, folded: 1 });
    expect(matrixRowSplit(ROWS, { published: true, area: 'FR' })).toEqual({ shown: 0, folded: 0 });
    expect(matrixRowSplit(ROWS, { lang: 'en' })).toEqual({ shown: 2, folded: 0 });
  });

  it('leaves the unknown lists out of the download when asked', () => {
    const data = matrixData(MATRIX, (c) => ({ ...INFO[c as keyof typeof INFO], list: c === 'b.example' ? 'unknown' : 'published' }));
    expect(matrixRows(data, { published: true }, MATRIX.day).map((r) => r.community)).toEqual(['a.example', 't.example']);
  });
});

describe('the folded communities in the embedded data', () => {
  const INFO: Record<string, { languages: string[]; regions: string[] }> = {
    'f.example': { languages: ['cy'], regions: ['gb-wls'] },
    'g.example': { languages: ['cy'], regions: ['gb-wls'] },
    'h.example': { languages: ['en'], regions: ['ie'] },
  };
  const info = (c: string) => ({ list: 'unknown' as const, ...(INFO[c] ?? { languages: ['en'], regions: [] }) });

  it('counts them by languages and regions, without rows, and the filters count them as the rows are counted', () => {
    const data = matrixData(MATRIX, info, ['f.example', 'g.example', 'h.example']);
    expect(data.rows.map((r) => r.community)).toEqual(['a.example', 'b.example', 't.example']);
    expect(data.folded).toEqual([
      { languages: ['cy'], regions: ['GB-WLS'], count: 2 },
      { languages: ['en'], regions: ['IE'], count: 1 },
    ]);
    expect(matrixFoldedShown(data, {})).toBe(3);
    expect(matrixFoldedShown(data, { lang: 'cy' })).toBe(2);
    expect(matrixFoldedShown(data, { area: 'GB' })).toBe(2);
    expect(matrixFoldedShown(data, { area: 'IE', published: true })).toBe(1);
    expect(matrixFoldedShown(data, { lang: 'fr' })).toBe(0);
  });

  it('leaves the field out when none is folded', () => {
    expect(matrixData(MATRIX, info).folded).toBeUndefined();
    expect(matrixFoldedShown(matrixData(MATRIX, info), {})).toBe(0);
  });
});
