import { describe, expect, it } from 'vitest';
import { domainDayGraph } from '../../../src/lib/graph/day-graph.ts';
import { nodeSize } from '../../../src/lib/graph/node-size.ts';

describe('domainDayGraph', () => {
  const answers = new Map([
    ['z.test', { state: 'suspends' as const }],
    ['a.test', { state: 'limits' as const }],
    ['m.test', { state: 'reaches' as const }],
    ['u.test', { state: 'unknown' as const }],
  ]);

  it('draws an edge from each community that suspends or limits the domain that day, none for reaches or unknown', () => {
    const graph = domainDayGraph('d.example', '2024-01-01', answers, { 'z.test': 'Zed', 'a.test': 'a.test' });
    expect(graph.focus).toBe('d.example');
    expect(graph.day).toBe('2024-01-01');
    expect(graph.edges).toEqual([
      { source: 'a.test', target: 'd.example', state: 'limits' },
      { source: 'z.test', target: 'd.example', state: 'suspends' },
    ]);
    expect(graph.nodes.map((n) => [n.id, n.kind, n.acting])).toEqual([
      ['a.test', 'community', 0],
      ['d.example', 'domain', 2],
      ['z.test', 'community', 0],
    ]);
    expect(graph.nodes.find((n) => n.id === 'd.example')!.size).toBe(nodeSize(2));
    expect(graph.nodes.find((n) => n.id === 'z.test')!.name).toBe('Zed');
  });

  it('makes the domain a community node when it is a curated server, and never an edge to itself', () => {
    const graph = domainDayGraph('z.test', '2024-01-01', answers, {}, true);
    expect(graph.nodes.find((n) => n.id === 'z.test')!.kind).toBe('community');
    expect(graph.edges.map((e) => e.source)).toEqual(['a.test']);
  });
});
