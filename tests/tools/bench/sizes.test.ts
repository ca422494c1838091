/** The bench's size options: counts written short, and the list of dataset sizes. */
import { describe, expect, it } from 'vitest';
import { formatCount, NAMED_SIZES, parseCount, parseSizes } from '../../../tools/bench/sizes.ts';
import { generateDataset } from '../../../tools/bench/dataset.ts';
import { resolveAsOf } from '../../../src/lib/as-of.ts';
import { cutFullGraph, fullGraph } from '../../../src/lib/graph/full-graph.ts';
import { withoutReservedTargets } from '../../../src/lib/reserved-name.ts';
import { Server } from '../../../src/lib/schema/server.ts';
import { minActingSteps } from '../../../src/lib/views/graph-data.ts';
import { parseYamlFile } from '../../../src/lib/yaml/parse.ts';

describe('parseCount and formatCount', () => {
  it('reads k and m', () => {
    expect(parseCount('267')).toBe(267);
    expect(parseCount('10k')).toBe(10_000);
    expect(parseCount('2.5K')).toBe(2_500);
    expect(parseCount('1m')).toBe(1_000_000);
    expect(() => parseCount('ten')).toThrow(RangeError);
    expect(() => parseCount('-1')).toThrow(RangeError);
  });
  it('writes them back', () => {
    expect([1000, 30_000, 1_000_000, 267, 33_333].map(formatCount)).toEqual(['1k', '30k', '1m', '267', '33333']);
  });
});

describe('parseSizes', () => {
  it('curated, servers with the default million per 30,000, explicit decisions and runs', () => {
    expect(parseSizes('curated,1k,30k:300k@1')).toEqual([
      { label: 'curated', curated: true, servers: 0, decisions: 0 },
      { label: '1k', curated: false, servers: 1000, decisions: 33_333 },
      { label: '30k/300k', curated: false, servers: 30_000, decisions: 300_000, runs: 1 },
    ]);
    expect(parseSizes('30k')[0]!.decisions).toBe(1_000_000);
    expect(parseSizes('30k@1~600')[0]).toEqual({ label: '30k', curated: false, servers: 30_000, decisions: 1_000_000, runs: 1, timeout: 600 });
  });
  it('a named size: its own dataset and seed, built once unless runs are given, measured on its one graph page', () => {
    const [curated, seeded, ten] = parseSizes('curated,graph-24k,10k@1');
    expect(seeded).toEqual({ label: 'graph-24k', curated: false, servers: 2_400, decisions: 37_000, runs: 1, seed: 1, graphPath: '/graph/min-3/' });
    expect(curated!.graphPath).toBeUndefined();
    expect(ten!.seed).toBeUndefined();
    expect(parseSizes('GRAPH-24K@3~900')[0]).toMatchObject({ label: 'graph-24k', runs: 3, timeout: 900, graphPath: '/graph/min-3/' });
  });
  it('the seeded graph is a variant the site offers, of the nodes and edges it states, near the size the budgets name', () => {
    const { servers: count, decisions, seed, graphPath, nodes, edges } = NAMED_SIZES['graph-24k']!;
    const n = Number(/^\/graph\/min-(\d+)\/$/.exec(graphPath)?.[1]);
    const servers = withoutReservedTargets([...generateDataset({ servers: count, decisions, seed, retrieved: '2026-11-01' })].map((f) => Server.parse(parseYamlFile(f.name, f.text).value)));
    const largest = fullGraph(servers, resolveAsOf(undefined, servers, '2026-12-06').day);
    const max = largest.nodes.reduce((m, node) => Math.max(m, node.kind === 'community' ? 0 : node.acting), 0);
    expect(minActingSteps(max)).toContain(n);
    const variant = cutFullGraph(largest, n);
    expect([variant.nodes.length, variant.edges.length]).toEqual([nodes, edges]);
    expect(Math.abs(nodes - 4_884) / 4_884).toBeLessThan(0.05);
    expect(Math.abs(edges - 23_967) / 23_967).toBeLessThan(0.01);
  }, 300_000); // 2,400 servers generated, parsed and laid out: 43 s beside the other steps on a slow 2-core machine, 274 s with more load
  it('rejects what it cannot read', () => {
    expect(() => parseSizes('graph-99k')).toThrow(/unknown size/);
    expect(() => parseSizes('graph-24k:5k')).toThrow(RangeError);
    expect(() => parseSizes('toString')).toThrow(/unknown size/);
    expect(() => parseSizes('huge')).toThrow(RangeError);
    expect(() => parseSizes('1k@0')).toThrow(RangeError);
    expect(() => parseSizes('curated:5k')).toThrow(RangeError);
  });
});
