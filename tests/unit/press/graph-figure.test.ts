import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps } from '../../../src/lib/label-placement.ts';
import { graphFigure } from '../../../src/lib/press/graph-figure.ts';
import type { DrawEdge, DrawNode } from '../../../src/lib/views/graph-data.ts';

const node = (id: string, x: number, y: number, acting = 0, community = false): DrawNode => ({ id, community, x, y, r: 4, acting });

describe('graphFigure', () => {
  it('fits the graph into the width, draws each state with its dash, and escapes labels', () => {
    const nodes = [node('a.example', -100, -50, 0, true), node('<b>&x', 100, 50, 3)];
    const edges: DrawEdge[] = [{ source: 0, target: 1, state: 'limits' }];
    const { svg, width, height } = graphFigure(nodes, edges, 600);
    expect(() => sax.parser(true, {}).write(svg).close()).not.toThrow();
    expect(width).toBe(600);
    // 200 × 100 units into 600 − 2 × 12 pixels: scale 2.88, height 288 + 24.
    expect(height).toBe(312);
    expect(svg).toContain('data-edge-state="limits"');
    expect(svg).toContain('stroke-dasharray="7 4"');
    expect(svg).toContain('&lt;b&gt;&amp;x');
    expect(svg).not.toContain('<b>');
  });

  it('labels the most acted-on node first and leaves out labels that would overlap', () => {
    // Ten nodes along a short line: their labels cannot all fit.
    const nodes = Array.from({ length: 10 }, (_, i) => node(`node-${i}.example`, i * 3, 0, i));
    nodes.push(node('far.example', 300, 200));
    const { svg, dropped } = graphFigure(nodes, [], 400);
    const texts = [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3] as 'start', text: m[4]! }));
    expect(texts.map((t) => t.text)).toContain('node-9.example');
    expect(dropped).toBeGreaterThan(0);
    expect(texts.length + dropped).toBe(11);
    const boxes = texts.map((t) => labelBox(t, t.text.length * 11 * 0.6, 11));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
});
