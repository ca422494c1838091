/** The full graph over time: edge spans at the boundaries of since and until, and equal to the graph on every day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphContext } from '../../../src/lib/graph/assemble.ts';
import { edgeSpans, spansOfSegments } from '../../../src/lib/graph/edge-spans.ts';
import { actingOnDay, edgeCountsOnDay, edgesOnDay, spanChangeDays, spanHolds } from '../../../src/lib/graph/edge-spans-lookup.ts';
import { fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import { EPOCH } from '../../../src/lib/reach/segments.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { community, communityArb, dayArb, decision, loadFixtures } from '../reach/helpers.ts';

const spansOf = (communities: Community[], targets = ['x.example']) => {
  const { index } = graphContext(communities);
  return edgeSpans(index, targets);
};
const stateOn = (spans: ReturnType<typeof spansOf>, day: string) => edgesOnDay(spans, day)[0]?.state ?? 'none';

describe('edgeSpans', () => {
  it('a decision counts from since, inclusive, to until, exclusive', () => {
    const spans = spansOf([community('c.example', 'partial', [decision('x.example', 'suspend', '2025-01-19', { until: '2025-03-01' })])]);
    expect(spans).toEqual([{ source: 'c.example', target: 'x.example', state: 'suspends', from: '2025-01-19', until: '2025-03-01', confirmed: '2025-01-19' }]);
    expect(stateOn(spans, '2025-01-18')).toBe('none');
    expect(stateOn(spans, '2025-01-19')).toBe('suspends');
    expect(stateOn(spans, '2025-02-28')).toBe('suspends');
    expect(stateOn(spans, '2025-03-01')).toBe('none');
  });

  it('an "on or before" since draws no edge before its day (the block may or may not have existed), and the edge from it on', () => {
    const spans = spansOf([community('c.example', 'published', [decision('x.example', 'silence', { on_or_before: '2023-06-18' })], '2023-06-18')]);
    expect(spans).toEqual([{ source: 'c.example', target: 'x.example', state: 'limits', from: '2023-06-18', confirmed: '2023-06-18' }]);
    expect(stateOn(spans, '2023-06-17')).toBe('none');
    expect(stateOn(spans, '2023-06-18')).toBe('limits');
    expect(stateOn(spans, '2030-01-01')).toBe('limits');
  });

  it('a since known only to the year, and an until known only to the month, leave their days in doubt without an edge', () => {
    const spans = spansOf([community('c.example', 'partial', [decision('x.example', 'suspend', '2023', { until: '2024-05' })])]);
    expect(spans).toEqual([{ source: 'c.example', target: 'x.example', state: 'suspends', from: '2023-12-31', until: '2024-05-01', confirmed: '2023-12-31' }]);
    expect(stateOn(spans, '2023-12-30')).toBe('none');
    expect(stateOn(spans, '2023-12-31')).toBe('suspends');
    expect(stateOn(spans, '2024-04-30')).toBe('suspends');
    expect(stateOn(spans, '2024-05-01')).toBe('none');
  });

  it('a suspension, lifted, then a limit: two spans, one after the other; counts, acting and change days', () => {
    const spans = spansOf([
      community('c.example', 'partial', [decision('x.example', 'suspend', '2023-01-01', { until: '2023-07-01' }), decision('x.example', 'silence', '2023-07-01')]),
      community('d.example', 'partial', [decision('x.example', 'silence', '2023-03-01')]),
    ]);
    expect(spans.map((s) => [s.source, s.state, s.from, s.until])).toEqual([
      ['c.example', 'suspends', '2023-01-01', '2023-07-01'],
      ['c.example', 'limits', '2023-07-01', undefined],
      ['d.example', 'limits', '2023-03-01', undefined],
    ]);
    expect(edgeCountsOnDay(spans, '2023-06-30')).toEqual({ suspends: 1, limits: 1 });
    expect(edgeCountsOnDay(spans, '2023-07-01')).toEqual({ suspends: 0, limits: 2 });
    expect(actingOnDay(spans, '2023-02-01')).toEqual(new Map([['x.example', 1]]));
    expect(spanChangeDays(spans)).toEqual(['2023-01-01', '2023-03-01', '2023-07-01']);
  });

  it('a community\'s own domain draws no edge, and spansOfSegments starts the first segment at EPOCH', () => {
    expect(spansOf([community('x.example', 'partial', [decision('x.example', 'suspend', '2023-01-01')])])).toEqual([]);
    expect(spansOfSegments(['suspends', '2024-01-01', 'unknown'])).toEqual([{ state: 'suspends', from: EPOCH, until: '2024-01-01' }]);
    expect(spansOfSegments(['unknown', '2024-01-01', 'limits@2024-06-30'])).toEqual([{ state: 'limits', from: '2024-01-01', confirmed: '2024-06-30' }]);
    expect(spanHolds({ from: '2024-01-01' }, '2023-12-31')).toBe(false);
  });

  it('on the fixtures, the spans on each day are exactly the full graph\'s edges that day', () => {
    const servers = [...loadFixtures().values()];
    const { index } = graphContext(servers, prepareAll(servers));
    const all = fullGraph(servers, '2025-06-01');
    const spans = edgeSpans(index, all.nodes.map((n) => n.id));
    for (const day of ['2022-01-01', '2023-06-18', '2023-12-31', '2025-01-18', '2025-01-19', '2025-02-01', '2025-06-01']) {
      const ids = new Set(all.nodes.map((n) => n.id));
      const graph = fullGraph(servers, day);
      const expected = graph.edges.filter((e) => ids.has(e.target)).map((e) => [e.source, e.target, e.state]);
      expect(edgesOnDay(spans, day).map((s) => [s.source, s.target, s.state]), day).toEqual(expected);
    }
  });

  it('property: on any day, the spans give the full graph\'s edges (strict model) for the same targets', () => {
    const named = fc.array(communityArb, { maxLength: 4 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, dayArb, (cs, day) => {
        const { index } = graphContext(cs);
        const graph = fullGraph(cs, day);
        const targets = graph.nodes.map((n) => n.id);
        const got = edgesOnDay(edgeSpans(index, targets), day).map((s) => `${s.source}>${s.target}:${s.state}`);
        expect(got).toEqual(graph.edges.map((e) => `${e.source}>${e.target}:${e.state}`));
      }),
      { numRuns: 200 },
    );
  });
});
