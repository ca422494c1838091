/** The matrix on a day: looked up in segments, equal to the strict reach model on every day but the atlas's own. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixHistory } from '../../../src/lib/graph/matrix-history.ts';
import { matrixOnDay } from '../../../src/lib/graph/matrix-on-day.ts';
import { reachMatrix } from '../../../src/lib/graph/matrix.ts';
import { silenceHistory } from '../../../src/lib/map/as-of-history.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { community, communityArb, dayArb, decision, loadFixtures } from '../reach/helpers.ts';

const TODAY = '2025-06-01';

function setUp(servers: readonly Community[], today = TODAY) {
  const prepared = prepareAll(servers);
  const silence = silenceHistory(prepared, today, '2000-01-01');
  const matrix = reachMatrix(servers, today, { k: 5 });
  return { matrix, silence, history: matrixHistory(prepared, matrix, silence) };
}

describe('matrixOnDay', () => {
  it('on the fixtures: every day but the atlas\'s own gives the strict model\'s matrix for the same columns', () => {
    const servers = [...loadFixtures().values()];
    const { matrix, silence, history } = setUp(servers);
    for (const day of ['2022-06-01', '2023-12-31', '2025-01-18', '2025-01-19', '2025-02-01', '2025-05-31']) {
      expect(matrixOnDay(matrix, history, silence, day), day).toEqual(reachMatrix(servers, day, { domains: matrix.domains }));
    }
    // the atlas's own day is "now", unchanged (a published list read earlier reaches a domain as of that reading)
    expect(matrixOnDay(matrix, history, silence, TODAY)).toBe(matrix);
  });

  it('at the boundaries of since (inclusive) and until (exclusive), and an "on or before" since', () => {
    const servers = [
      community('a.example', 'partial', [decision('threads.net', 'suspend', '2025-01-19', { until: '2025-03-01' })]),
      community('b.example', 'partial', [decision('threads.net', 'silence', { on_or_before: '2023-12-31' })]),
    ];
    const { matrix, silence, history } = setUp(servers);
    expect(matrix.domains).toEqual(['threads.net']);
    const cells = (day: string) => matrixOnDay(matrix, history, silence, day).cells.map((row) => row[0]);
    expect(cells('2023-12-30')).toEqual(['unknown', 'unknown']);
    expect(cells('2023-12-31')).toEqual(['unknown', 'limits']);
    expect(cells('2025-01-18')).toEqual(['unknown', 'limits']);
    expect(cells('2025-01-19')).toEqual(['suspends', 'limits']);
    expect(cells('2025-02-28')).toEqual(['suspends', 'limits']);
    expect(cells('2025-03-01')).toEqual(['unknown', 'limits']);
    // only the cells that differ from silence are written down
    expect(Object.keys(history.cells).sort()).toEqual(['a.example', 'b.example']);
  });

  it('with a period, a known cell not confirmed within it is unknown and marked stale, on the atlas\'s own day too', () => {
    // a.example suspends threads.net from 2024-01-10 (no reading: confirmed on its first day); b.example's list, read
    // 2025-05-01, limits it from 2023-12-31 (confirmed by that reading).
    const servers = [
      community('a.example', 'partial', [decision('threads.net', 'suspend', '2024-01-10')]),
      community('b.example', 'published', [decision('threads.net', 'silence', { on_or_before: '2023-12-31' })], '2025-05-01'),
    ];
    const { matrix, silence, history } = setUp(servers);
    const on = (day: string, months?: number) => {
      const m = matrixOnDay(matrix, history, silence, day, months);
      return [m.cells.map((row) => row[0]), m.stale?.map((row) => row[0])];
    };
    // On 2025-06-01 within a year (from 2024-06-01): a.example's 2024-01-10 is too old, b.example's 2025-05-01 is not.
    expect(on(TODAY, 12)).toEqual([['unknown', 'limits'], [true, false]]);
    // Within two years (from 2023-06-01) both stand; without a period the matrix is the one built.
    expect(on(TODAY, 24)).toEqual([['suspends', 'limits'], [false, false]]);
    expect(matrixOnDay(matrix, history, silence, TODAY)).toBe(matrix);
    // On 2025-01-09 within a year (from 2024-01-09): a.example's first day counts.
    expect(on('2025-01-09', 12)).toEqual([['suspends', 'limits'], [false, false]]);
    expect(on('2025-01-11', 12)).toEqual([['unknown', 'limits'], [true, false]]);
  });

  it('keeps a community\'s own column null, and a community with no segments unknown', () => {
    const servers = [community('a.example', 'partial', []), community('threads.net', 'partial', [decision('a.example', 'suspend', '2024-01-01')])];
    const { matrix, silence, history } = setUp(servers);
    const day = matrixOnDay(matrix, history, silence, '2024-06-01');
    const self = matrix.domains.indexOf('a.example');
    expect(day.cells[0]![self]).toBeNull();
    expect(day.cells[1]![self]).toBe('suspends');
    expect(matrixOnDay(matrix, history, { communities: {} }, '2024-06-01').cells[1]).toEqual(day.cells[1]!.map((c) => (c === null ? null : c === 'suspends' ? 'suspends' : 'unknown')));
  });

  it('property: equal to reachMatrix (strict) for the same columns on any other day', () => {
    const named = fc.array(communityArb, { maxLength: 4 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, dayArb, (cs, day) => {
        fc.pre(day !== TODAY);
        const { matrix, silence, history } = setUp(cs);
        expect(matrixOnDay(matrix, history, silence, day)).toEqual(reachMatrix(cs, day, { domains: matrix.domains }));
      }),
      { numRuns: 150 },
    );
  });
});
