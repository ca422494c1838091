/**
 * The matrix's fold: a row goes into the summary row only when the strict reach model says "unknown" in every one
 * of its columns on every day, and its list has not been read (reason `list-unknown`, listed on /servers/unpublished/).
 */
import { describe, expect, it } from 'vitest';
import { foldMatrix } from '../../../src/lib/graph/matrix-fold.ts';
import { matrixHistory } from '../../../src/lib/graph/matrix-history.ts';
import { matrixOnDay } from '../../../src/lib/graph/matrix-on-day.ts';
import { reachMatrix } from '../../../src/lib/graph/matrix.ts';
import { silenceHistory } from '../../../src/lib/map/as-of-history.ts';
import { absenceSummary } from '../../../src/lib/reach/absence.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { community, decision, loadFixtures } from '../reach/helpers.ts';

const TODAY = '2025-06-01';

function fold(servers: readonly Community[], k = 5) {
  const prepared = prepareAll(servers);
  const silence = silenceHistory(prepared, TODAY, '2000-01-01');
  const matrix = reachMatrix(servers, TODAY, { k });
  const history = matrixHistory(prepared, matrix, silence);
  const everywhere = new Set(absenceSummary(prepared, TODAY).communities.filter((e) => e.state === 'unknown' && e.reason === 'list-unknown').map((e) => e.community));
  return { matrix, history, silence, everywhere, shown: foldMatrix(matrix, history, silence, everywhere) };
}

/** Every day from 2000 to TODAY, one a fortnight, and the days around each decision's bounds in the data. */
function days(servers: readonly Community[]): string[] {
  const out = new Set<string>([TODAY]);
  for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2025, 5, 1); t += 14 * 86400000) out.add(new Date(t).toISOString().slice(0, 10));
  for (const s of servers) for (const d of s.blocks) for (const v of [d.since, d.until]) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v <= TODAY) out.add(v);
  return [...out].sort();
}

describe('foldMatrix', () => {
  it('on the fixtures: folds exactly the rows unknown in every column on every day, among the communities whose list has not been read', () => {
    const servers = [...loadFixtures().values()];
    const { matrix, shown, everywhere } = fold(servers, 20);
    expect(shown.folded.length).toBeGreaterThan(0);
    expect(shown.matrix.communities.length + shown.folded.length).toBe(matrix.communities.length);
    const allUnknown = new Set(matrix.communities);
    for (const day of days(servers)) {
      // The strict model, asked afresh on each day (not the segments the fold reads).
      const strict = reachMatrix(servers, day, { domains: matrix.domains });
      strict.communities.forEach((c, i) => {
        if (!strict.cells[i]!.every((s) => s === 'unknown')) allUnknown.delete(c);
      });
    }
    const expected = matrix.communities.filter((c) => allUnknown.has(c) && everywhere.has(c));
    expect(shown.folded).toEqual(expected);
    // The rows kept keep their cells, in the matrix's order.
    shown.matrix.communities.forEach((c, i) => expect(shown.matrix.cells[i]).toEqual(matrix.cells[matrix.communities.indexOf(c)]));
  });

  it('keeps a row unknown everywhere today that had a known answer on a past day, and one that is itself a column', () => {
    const servers = [
      community('actor.example', 'published', [decision('threads.net', 'suspend', '2024-01-01')], '2025-05-01'),
      community('lifted.example', 'unknown', [decision('threads.net', 'suspend', '2024-01-01', { until: '2024-06-01' })]),
      community('quiet.example', 'unknown'),
      community('threads.net', 'unknown'),
    ];
    const { matrix, history, silence, shown } = fold(servers);
    expect(matrix.domains).toEqual(['threads.net']);
    // lifted.example is unknown towards threads.net today, but suspended it in early 2024: the replay needs its row.
    expect(matrix.cells[matrix.communities.indexOf('lifted.example')]).toEqual(['unknown']);
    expect(matrixOnDay(matrix, history, silence, '2024-03-01').cells[matrix.communities.indexOf('lifted.example')]).toEqual(['suspends']);
    expect(shown.folded).toEqual(['quiet.example']);
    expect(shown.matrix.communities).toEqual(['actor.example', 'lifted.example', 'threads.net']);
  });

  it('keeps a row whose published list reaches the columns', () => {
    // A list read on TODAY: unknown before, reaches from that reading on, so the row has a known answer.
    const servers = [community('actor.example', 'partial', [decision('threads.net', 'suspend', '2024-01-01')]), community('read.example', 'published', [], TODAY)];
    const { shown } = fold(servers);
    expect(shown.folded).toEqual([]);
  });

  it('keeps a row whose list was read in part, though unknown in every column on every day (the summary row says "not read")', () => {
    const servers = [community('actor.example', 'published', [decision('threads.net', 'suspend', '2024-01-01')], '2025-05-01'), community('part.example', 'partial'), community('none.example', 'unknown')];
    const { matrix, shown } = fold(servers);
    expect(matrix.cells[matrix.communities.indexOf('part.example')]).toEqual(['unknown']);
    expect(shown.folded).toEqual(['none.example']);
  });
});
