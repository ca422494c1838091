/** Focused subgraphs around one domain or one community. */
import { describe, expect, it } from 'vitest';
import { communitySubgraph } from '../../../src/lib/graph/community-subgraph.ts';
import { domainSubgraph } from '../../../src/lib/graph/domain-subgraph.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { loadFixtures } from '../reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('domainSubgraph', () => {
  it('who cuts off threads.net on 2025-06-01', () => {
    const g = domainSubgraph(servers, 'threads.net', '2025-06-01');
    expect(g.focus).toBe('threads.net');
    expect(g.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['partial.example', 'community'],
      ['published.example', 'community'],
      ['threads.net', 'domain'],
    ]);
    expect(g.edges.map((e) => [e.source, e.target, e.state])).toEqual([
      ['partial.example', 'threads.net', 'suspends'],
      ['published.example', 'threads.net', 'suspends'],
    ]);
    expect(g.counts).toEqual({ suspends: 2, limits: 0, reaches: 1, unknown: 1 });
  });

  it('…and who still reaches it, when asked; unknowns draw nothing', () => {
    const g = domainSubgraph(servers, 'threads.net', '2025-06-01', { reaching: true });
    expect(g.edges.map((e) => [e.source, e.state])).toEqual([
      ['partial.example', 'suspends'],
      ['precision.example', 'reaches'],
      ['published.example', 'suspends'],
    ]);
    expect(g.nodes.map((n) => n.id)).not.toContain('unknown.example');
  });

  it('before the decisions, nobody cuts it off', () => {
    const g = domainSubgraph(servers, 'threads.net', '2025-01-18');
    expect(g.edges).toEqual([]);
    expect(g.nodes.map((n) => n.id)).toEqual(['threads.net']);
  });

  it('a curated domain that blocks back gets the edge back too', () => {
    const cs: Community[] = [
      { domain: 'a.example', blocklist: { status: 'partial' }, blocks: [{ domain: 'b.example', severity: 'suspend', since: '2020-01-01' }] },
      { domain: 'b.example', blocklist: { status: 'partial' }, blocks: [{ domain: 'a.example', severity: 'silence', since: '2020-02-01' }] },
    ];
    const g = domainSubgraph(cs, 'b.example', '2021-01-01');
    expect(g.edges.map((e) => [e.source, e.target, e.state])).toEqual([
      ['a.example', 'b.example', 'suspends'],
      ['b.example', 'a.example', 'limits'],
    ]);
    expect(g.nodes.every((n) => n.kind === 'community')).toBe(true);
  });
});

describe('communitySubgraph', () => {
  it('what precision.example acts on, on 2024-07-01 (late.example is uncertain: no edge)', () => {
    const g = communitySubgraph(servers, 'precision.example', '2024-07-01');
    expect(g.focus).toBe('precision.example');
    expect(g.edges.map((e) => [e.target, e.state])).toEqual([
      ['child.parent.example', 'limits'],
      ['gamma.example', 'suspends'],
      ['parent.example', 'suspends'],
    ]);
    expect(g.nodes.map((n) => n.id)).toEqual(['child.parent.example', 'gamma.example', 'parent.example', 'precision.example']);
  });

  it('a lifted decision draws nothing; a community acting on nothing is alone', () => {
    expect(communitySubgraph(servers, 'precision.example', '2024-05-31').edges.map((e) => e.target)).not.toContain('gamma.example');
    expect(communitySubgraph(servers, 'unknown.example', '2025-01-01')).toMatchObject({ nodes: [{ id: 'unknown.example' }], edges: [] });
  });

  it('throws for a domain that is not curated', () => {
    expect(() => communitySubgraph(servers, 'threads.net', '2025-01-01')).toThrow(RangeError);
  });
});

describe('subgraphs over a prepared context', () => {
  it('give the same graphs as the one-off builders', async () => {
    const { graphContext, domainSubgraphIn, communitySubgraphIn } = await import('../../../src/lib/graph/index.ts');
    const context = graphContext(servers);
    for (const day of ['2025-01-18', '2025-06-01', '2026-03-04']) {
      expect(domainSubgraphIn(context, 'threads.net', day, { reaching: true })).toEqual(domainSubgraph(servers, 'threads.net', day, { reaching: true }));
      expect(domainSubgraphIn(context, 'partial.example', day)).toEqual(domainSubgraph(servers, 'partial.example', day));
      expect(communitySubgraphIn(context, 'published.example', day)).toEqual(communitySubgraph(servers, 'published.example', day));
    }
  });

  it('count who acts on a domain once per day and domain, each count as `actingOn` gives it on that day', async () => {
    const { actingIn, actingOn, graphContext } = await import('../../../src/lib/graph/assemble.ts');
    const context = graphContext(servers);
    const domains = [...new Set(context.prepared.flatMap((p) => [...p.byDomain.keys()]))];
    // Days interleaved, so an answer kept for one day would show on another.
    for (const round of [1, 2]) {
      for (const day of ['2025-01-18', '2025-06-01', '2026-03-04']) {
        for (const domain of domains) expect([round, day, domain, actingIn(context, domain, day)]).toEqual([round, day, domain, actingOn(context.prepared, domain, day)]);
      }
    }
    const counts = ['2025-01-18', '2025-06-01'].map((day) => domains.map((d) => actingIn(context, d, day)));
    expect(counts[0]).not.toEqual(counts[1]);
  });
});
