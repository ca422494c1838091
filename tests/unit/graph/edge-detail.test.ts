import { describe, expect, it } from 'vitest';
import { AT_ONCE_AT_MOST, drawnInSlices, edgeDetail, keepLayer, keepWhileRedrawn, LAYER_SCALE_RANGE, SKETCH_ABOVE, type LayerState } from '../../../src/lib/graph/edge-detail.ts';

const layer = (over: Partial<LayerState> = {}): LayerState => ({ detail: 'full', exact: true, scale: 1, covers: true, ...over });

describe('the full graph\'s level of detail', () => {
  it('a still view shows its edges in full detail, however many are in sight', () => {
    expect(edgeDetail(false, 0)).toBe('full');
    expect(edgeDetail(false, 15_047)).toBe('full');
  });

  it('a moving view sketches many edges in sight, and draws a few in full', () => {
    expect(edgeDetail(true, 15_047)).toBe('sketch');
    expect(edgeDetail(true, SKETCH_ABOVE + 1)).toBe('sketch');
    expect(edgeDetail(true, SKETCH_ABOVE)).toBe('full');
    expect(edgeDetail(true, 12)).toBe('full');
  });

  it('a dense graph, whose edges are plain hairlines in any detail, draws its one layer in full and at once', () => {
    expect(edgeDetail(true, 23_947, true)).toBe('full');
    expect(edgeDetail(false, 23_947, true)).toBe('full');
    expect(drawnInSlices(23_947, true)).toBe(false);
    expect(drawnInSlices(23_947, false)).toBe(true);
  });

  it('a still view keeps only a layer drawn in full for exactly that view', () => {
    expect(keepLayer(false, layer())).toBe(true);
    // the sketch drawn while zooming is drawn again in full once the view is still
    expect(keepLayer(false, layer({ detail: 'sketch' }))).toBe(false);
    // a layer drawn for another view, even one that still covers the canvas, is drawn again sharp
    expect(keepLayer(false, layer({ exact: false, scale: 1.2 }))).toBe(false);
    expect(keepLayer(false, undefined)).toBe(false);
  });

  it('a moving view keeps any layer that covers the canvas at a scale within the range, sketch or full', () => {
    for (const detail of ['full', 'sketch'] as const) {
      expect(keepLayer(true, layer({ detail, exact: false, scale: 1.5 }))).toBe(true);
      expect(keepLayer(true, layer({ detail, exact: false, scale: LAYER_SCALE_RANGE[0] }))).toBe(true);
      expect(keepLayer(true, layer({ detail, exact: false, scale: LAYER_SCALE_RANGE[1] }))).toBe(true);
      expect(keepLayer(true, layer({ detail, exact: false, scale: LAYER_SCALE_RANGE[1] * 1.01 }))).toBe(false);
      expect(keepLayer(true, layer({ detail, exact: false, scale: LAYER_SCALE_RANGE[0] * 0.99 }))).toBe(false);
      expect(keepLayer(true, layer({ detail, exact: false, covers: false }))).toBe(false);
    }
    expect(keepLayer(true, undefined)).toBe(false);
  });

  it('a still view draws a few edges in full at once, and many a slice a frame', () => {
    expect(drawnInSlices(1987)).toBe(false); // the curated default variant's edges
    expect(drawnInSlices(AT_ONCE_AT_MOST)).toBe(false);
    expect(drawnInSlices(AT_ONCE_AT_MOST + 1)).toBe(true);
    expect(drawnInSlices(15_047)).toBe(true);
  });
});

describe('a dense graph\'s still view after a move', () => {
  it('shows the full layer it has, moved or scaled within range, while its own is drawn behind it', () => {
    expect(keepWhileRedrawn(layer({ exact: false, scale: 1 }), true)).toBe(true);
    expect(keepWhileRedrawn(layer({ exact: false, scale: LAYER_SCALE_RANGE[1] }), true)).toBe(true);
  });

  it('draws at once what it cannot show so: no layer, one that no longer covers the canvas or is scaled too far, a sketch', () => {
    expect(keepWhileRedrawn(undefined, true)).toBe(false);
    expect(keepWhileRedrawn(layer({ exact: false, covers: false }), true)).toBe(false);
    expect(keepWhileRedrawn(layer({ exact: false, scale: LAYER_SCALE_RANGE[1] * 1.01 }), true)).toBe(false);
    expect(keepWhileRedrawn(layer({ exact: false, detail: 'sketch' }), true)).toBe(false);
  });

  it('a layer drawn for this very view needs no other, and a graph that is not dense sketches instead', () => {
    expect(keepWhileRedrawn(layer({ exact: true }), true)).toBe(false);
    expect(keepWhileRedrawn(layer({ exact: false, scale: 1 }), false)).toBe(false);
  });
});
