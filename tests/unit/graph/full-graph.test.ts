/** The full graph as of a day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutFullGraph, fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { nodeSize } from '../../../src/lib/graph/node-size.ts';
import { reach } from '../../../src/lib/reach/reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { communityArb, dayArb, loadFixtures } from '../reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('fullGraph', () => {
  it('on the fixtures, 2025-06-01: every community, every domain acted on, an edge per suspends/limits', () => {
    const g = fullGraph(servers, '2025-06-01');
    expect(g.nodes.map((n) => [n.id, n.kind, n.acting])).toEqual([
      ['child.parent.example', 'domain', 1],
      ['gamma.example', 'domain', 1],
      ['parent.example', 'domain', 1],
      ['partial.example', 'community', 1],
      ['precision.example', 'community', 0],
      ['published.example', 'community', 0],
      ['spam.example', 'domain', 1],
      ['threads.net', 'domain', 2],
      ['unknown.example', 'community', 0],
    ]);
    expect(g.edges.map((e) => [e.source, e.target, e.state, e.via])).toEqual([
      ['partial.example', 'threads.net', 'suspends', undefined],
      ['precision.example', 'child.parent.example', 'limits', undefined],
      ['precision.example', 'gamma.example', 'suspends', undefined],
      ['precision.example', 'parent.example', 'suspends', undefined],
      ['published.example', 'partial.example', 'limits', undefined],
      ['published.example', 'spam.example', 'suspends', undefined],
      ['published.example', 'threads.net', 'suspends', undefined],
    ]);
    expect(g.nodes.find((n) => n.id === 'partial.example')).toMatchObject({ name: 'Reach fixture partial.example', status: 'partial' });
    expect(g.edges.find((e) => e.target === 'threads.net' && e.source === 'published.example')).toMatchObject({ severity: 'suspend', since: '2025-01-19' });
  });

  it('minActing keeps only the domains enough communities act on (communities always stay)', () => {
    const g = fullGraph(servers, '2025-06-01', { minActing: 2 });
    expect(g.nodes.filter((n) => n.kind === 'domain').map((n) => n.id)).toEqual(['threads.net']);
    expect(g.nodes.filter((n) => n.kind === 'community')).toHaveLength(4);
    expect(g.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['partial.example>threads.net', 'published.example>partial.example', 'published.example>threads.net']);
  });

  it('a parent decision draws an edge to a kept subdomain, marked via', () => {
    const cs: Community[] = [
      { domain: 'a.example', blocklist: { status: 'partial' }, blocks: [{ domain: 'p.example', severity: 'suspend', since: '2020-01-01' }] },
      { domain: 'b.example', blocklist: { status: 'partial' }, blocks: [{ domain: 's.p.example', severity: 'silence', since: '2020-01-01' }] },
    ];
    expect(fullGraph(cs, '2021-01-01').edges).toEqual([
      { source: 'a.example', target: 'p.example', state: 'suspends', severity: 'suspend', since: '2020-01-01' },
      { source: 'a.example', target: 's.p.example', state: 'suspends', severity: 'suspend', since: '2020-01-01', via: 'p.example' },
      { source: 'b.example', target: 's.p.example', state: 'limits', severity: 'silence', since: '2020-01-01' },
    ]);
  });

  it('property: edges join nodes, agree with reach, and count as each node\'s acting; sorted; input order does not matter', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: i % 2 ? `c${i}.example` : `${['x', 'y', 'a.x'][i % 3]}.example` })));
    fc.assert(
      fc.property(named, dayArb, fc.integer({ min: 0, max: 3 }), (cs, t, min) => {
        fc.pre(new Set(cs.map((c) => c.domain)).size === cs.length);
        const g = fullGraph(cs, t, { minActing: min });
        const ids = g.nodes.map((n) => n.id);
        expect(ids).toEqual([...new Set(ids)].sort());
        const keys = g.edges.map((e) => `${e.source}\u0000${e.target}`);
        expect(keys).toEqual([...new Set(keys)].sort());
        for (const c of cs) expect(ids).toContain(c.domain);
        for (const e of g.edges) {
          expect(ids).toContain(e.target);
          expect(cs.map((c) => c.domain)).toContain(e.source);
          expect(e.state).toBe(reach(cs.find((c) => c.domain === e.source)!, e.target, t).state);
        }
        // complete: every suspends/limits between a community and a node is an edge
        for (const c of cs) {
          for (const id of ids) {
            const state = id === c.domain ? 'self' : reach(c, id, t).state;
            expect(keys.includes(`${c.domain}\u0000${id}`)).toBe(state === 'suspends' || state === 'limits');
          }
        }
        for (const n of g.nodes) {
          expect(n.acting).toBe(g.edges.filter((e) => e.target === n.id).length);
          expect(n.size).toBe(nodeSize(n.acting));
          if (n.kind === 'domain') expect(n.acting).toBeGreaterThanOrEqual(min);
        }
        expect(fullGraph([...cs].reverse(), t, { minActing: min })).toEqual(g);
      }),
      { numRuns: 150 },
    );
  });
});

describe('cutFullGraph', () => {
  it('on the fixtures: cutting the minActing 1 graph gives fullGraph for each larger minActing', () => {
    const servers = [...loadFixtures().values()];
    const largest = fullGraph(servers, '2026-11-26', { minActing: 1 });
    for (const minActing of [1, 2, 3, 5]) expect(cutFullGraph(largest, minActing)).toEqual(fullGraph(servers, '2026-11-26', { minActing }));
  });
  it('property: the same as asking fullGraph again', () => {
    const named = fc.array(communityArb, { maxLength: 6 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, dayArb, fc.integer({ min: 1, max: 4 }), (cs, day, minActing) => {
        expect(cutFullGraph(fullGraph(cs, day, { minActing: 1 }), minActing)).toEqual(fullGraph(cs, day, { minActing }));
      }),
    );
  });
});
