import { describe, expect, it } from 'vitest';
import { NODE_LAYER_ABOVE, nodesFromLayer } from '../../../src/lib/graph/node-detail.ts';

describe('the full graph\'s nodes while the view moves', () => {
  it('a still view draws its nodes as shapes, however many', () => {
    expect(nodesFromLayer(false, 0)).toBe(false);
    expect(nodesFromLayer(false, 30_001)).toBe(false);
  });

  it('a moving view shows many nodes from a bitmap, and draws a few as shapes', () => {
    expect(nodesFromLayer(true, 30_001)).toBe(true); // the 30,000-server bench's graph
    expect(nodesFromLayer(true, NODE_LAYER_ABOVE + 1)).toBe(true);
    expect(nodesFromLayer(true, NODE_LAYER_ABOVE)).toBe(false);
    expect(nodesFromLayer(true, 4442)).toBe(false); // the curated largest variant
  });
});
