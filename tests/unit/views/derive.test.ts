/** The pages' derivations agree with the reach model and the graph builders they wrap. */
import { describe, expect, it } from 'vitest';
import { communitySubgraph } from '../../../src/lib/graph/community-subgraph.ts';
import { domainSubgraph } from '../../../src/lib/graph/domain-subgraph.ts';
import { fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { actedOnPrepared } from '../../../src/lib/reach/acted-on.ts';
import { domainReach } from '../../../src/lib/reach/domain-reach.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import { domainTimeline } from '../../../src/lib/reach/timeline.ts';
import { createViews, DOMAIN_ANSWERS_KEPT } from '../../../src/lib/views/derive.ts';
import { loadFixtures } from '../reach/helpers.ts';

const servers = [...loadFixtures().values()].sort((a, b) => (a.domain < b.domain ? -1 : 1));
const day = '2026-03-04';
const prepared = prepareAll(servers);
const views = createViews(servers, prepared, day, actedOnPrepared(prepared, day));

describe('createViews', () => {
  it('per-domain answers are the reach model\'s', () => {
    for (const domain of ['threads.net', 'gamma.example', 'x.parent.example', 'partial.example']) {
      expect(views.domainNow(domain)).toEqual(domainReach(servers, domain, day));
      expect(views.domainTimeline(domain)).toEqual(domainTimeline(servers, domain, day));
      expect(views.domainGraph(domain).graph).toEqual(domainSubgraph(servers, domain, day));
    }
    expect(views.communityGraph('published.example').graph).toEqual(communitySubgraph(servers, 'published.example', day));
    expect(() => views.communityGraph('nobody.example')).toThrow(RangeError);
  });
  it('a small dataset keeps every domain\'s answers: its shard and its pages, built far apart, share one', () => {
    const acted = actedOnPrepared(prepared, day).map((a) => a.domain);
    expect(acted.length).toBeGreaterThan(DOMAIN_ANSWERS_KEPT + 1);
    const fresh = createViews(servers, prepared, day, actedOnPrepared(prepared, day));
    const first = fresh.domainNow(acted[0]!);
    for (const domain of acted.slice(1)) fresh.domainNow(domain);
    expect(fresh.domainNow(acted[0]!)).toBe(first);
  });
  it('a domain\'s decisions: every covering decision of another community, by date', () => {
    const rows = views.domainDecisions('threads.net');
    expect(rows.map((r) => [r.community, r.decision.severity])).toEqual([
      ['partial.example', 'suspend'],
      ['published.example', 'suspend'],
    ]);
    const sub = views.domainDecisions('x.parent.example');
    expect(sub.every((r) => r.decision.domain === 'parent.example')).toBe(true);
  });
  it('the domain and server pages\' models: computed once per page (the same object each language asks), from the same answers', () => {
    const page = views.domainPage('threads.net');
    expect(views.domainPage('threads.net')).toBe(page);
    expect(page.now).toEqual(domainReach(servers, 'threads.net', day));
    expect(page.events.filter((e) => e.kind === 'since').map((e) => e.community)).toEqual(['partial.example', 'published.example']);
    const server = views.serverPage('published.example');
    expect(views.serverPage('published.example')).toBe(server);
    expect(server.actions.map((a) => a.action)).toEqual(views.communityActions('published.example'));
    expect(server.actedOn.map((r) => r.entry)).toEqual(views.actingNow('published.example'));
    expect(() => views.serverPage('nobody.example')).toThrow(RangeError);
    expect(views.ogServers()).toBe(views.ogServers());
    expect(views.ogServers().size).toBe(servers.length);
  });
  it('the full graph\'s variants share the largest one\'s layout', () => {
    const { variants, layout, defaultMinActing } = views.fullGraphs();
    expect(variants[0]!.minActing).toBe(1);
    expect(variants[0]!.graph).toEqual(fullGraph(servers, day, { minActing: 1 }));
    const placed = new Set(layout.positions.map((p) => p.id));
    for (const v of variants) for (const n of v.graph.nodes) expect(placed.has(n.id)).toBe(true);
    expect(variants.map((v) => v.minActing)).toContain(defaultMinActing);
    expect(views.fullGraphs()).toBe(views.fullGraphs());
    expect(views.fullGraphs().withheld).toEqual([]);
  });
  it('a variant with more edges than the budget is not built, unless it is the default; the layout is the widest built one\'s', () => {
    const all = views.fullGraphs().variants;
    const shown = all.find((v) => v.minActing === views.fullGraphs().defaultMinActing)!;
    // A budget below every variant's edges leaves out all but the default.
    const budget = Math.min(...all.map((v) => v.graph.edges.length)) - 1;
    const tight = createViews(servers, prepared, day, actedOnPrepared(prepared, day), { variantEdgesAtMost: budget }).fullGraphs();
    const expectedBuilt = all.filter((v) => v.graph.edges.length <= budget || v.minActing === shown.minActing).map((v) => v.minActing);
    expect(expectedBuilt.length).toBeLessThan(all.length);
    expect(tight.variants.map((v) => v.minActing)).toEqual(expectedBuilt);
    expect(tight.withheld).toEqual(all.filter((v) => !expectedBuilt.includes(v.minActing)).map((v) => ({ minActing: v.minActing, nodes: v.graph.nodes.length, edges: v.graph.edges.length })));
    for (const v of tight.variants) expect(v.graph).toEqual(all.find((a) => a.minActing === v.minActing)!.graph);
    const placed = new Set(tight.layout.positions.map((p) => p.id));
    expect([...placed].sort()).toEqual(tight.variants[0]!.graph.nodes.map((n) => n.id).sort());
    expect(new Set(tight.spans.map((s) => s.target)).size).toBeLessThanOrEqual(placed.size);
  });
  it('the matrix answers now; the look-up summary covers every community', () => {
    const m = views.matrix();
    expect(m.communities).toEqual(servers.map((s) => s.domain));
    expect(views.absence().communities.map((c) => c.community)).toEqual(servers.map((s) => s.domain));
    expect(views.isActedOn('threads.net')).toBe(true);
    expect(views.isActedOn('nobody.example')).toBe(false);
    expect(views.server('published.example')?.domain).toBe('published.example');
  });
});
