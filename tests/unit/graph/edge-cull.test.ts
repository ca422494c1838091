import { describe, expect, it } from 'vitest';
import { edgesInBox } from '../../../src/lib/graph/edge-cull.ts';

describe('the full graph\'s edges in sight', () => {
  // A plus sign of nodes around a 10 × 10 box at the origin, and one far away.
  const nodes = [
    { x: 5, y: 5 }, // 0: inside
    { x: -20, y: 5 }, // 1: left
    { x: 30, y: 5 }, // 2: right
    { x: 5, y: -20 }, // 3: above
    { x: 100, y: 100 }, // 4: far below right
    { x: 100, y: -100 }, // 5: far above right
  ];
  const box = { minX: 0, minY: 0, maxX: 10, maxY: 10 };

  it('keeps an edge with an end inside, and one crossing the box with both ends outside', () => {
    const edges = [
      { source: 0, target: 4 }, // one end inside
      { source: 1, target: 2 }, // crosses from left to right, both ends outside
      { source: 3, target: 0 },
    ];
    expect(edgesInBox(nodes, edges, box)).toEqual([0, 1, 2]);
  });

  it('leaves out edges whose bounding box misses the box, and edges naming no node', () => {
    const edges = [
      { source: 4, target: 5 }, // wholly to the right
      { source: 2, target: 4 }, // right and below
      { source: 0, target: 9 }, // no node 9
      { source: 1, target: 3 }, // bounding box (-20..5, -20..5) meets the box's corner
    ];
    expect(edgesInBox(nodes, edges, box)).toEqual([3]);
  });

  it('keeps the edges\' order', () => {
    const edges = [
      { source: 2, target: 0 },
      { source: 4, target: 5 },
      { source: 0, target: 1 },
    ];
    expect(edgesInBox(nodes, edges, box)).toEqual([0, 2]);
  });
});
