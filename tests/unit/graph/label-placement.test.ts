import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, LABEL_SPACING, placeLabels, type LabelRequest } from '../../../src/lib/graph/label-placement.ts';

const bounds = { width: 400, height: 300 };
const req = (index: number, x: number, y: number, width = 60, height = 14, r = 4): LabelRequest => ({ index, x, y, r, width, height });

describe('placeLabels', () => {
  it('puts a lone label to the right of its node, a gap past its rim, centred on it', () => {
    const [p] = placeLabels([req(7, 100, 100)], bounds);
    expect(p).toMatchObject({ index: 7, side: 'right', minX: 100 + 4 + LABEL_GAP, maxX: 100 + 4 + LABEL_GAP + 60, minY: 93, maxY: 107 });
    expect([p!.dx, p!.dy]).toEqual([4 + LABEL_GAP, -7]);
  });

  it('flips a label to the left of a node near the right edge instead of cutting it', () => {
    const [p] = placeLabels([req(0, 380, 100)], bounds);
    expect(p!.side).toBe('left');
    expect(p!.maxX).toBeLessThanOrEqual(380 - 4);
    expect(p!.minX).toBeGreaterThanOrEqual(0);
  });

  it('moves a second label off the first, and leaves out one with no room', () => {
    // Two nodes side by side: the first takes the right; the second's right and left both cross it, so it goes above.
    const placed = placeLabels([req(0, 200, 150), req(1, 230, 150)], bounds);
    expect(placed.map((p) => [p.index, p.side])).toEqual([
      [0, 'right'],
      [1, 'above'],
    ]);
    // A canvas just big enough for one label: the second node's label has nowhere to go.
    const tiny = placeLabels([req(0, 10, 10, 60, 14, 2), req(1, 12, 10, 60, 14, 2)], { width: 80, height: 20 });
    expect(tiny.map((p) => p.index)).toEqual([0]);
  });

  it('in a crowd, tries right again half a line lower', () => {
    // B's right crosses A's label; its left, above and below run off the canvas; lowered, it fits.
    const placed = placeLabels([req(0, 10, 20), req(1, 12, 28)], { width: 100, height: 50 });
    expect(placed[1]).toMatchObject({ index: 1, side: 'right' });
    expect(placed[1]!.minY).toBeGreaterThanOrEqual(placed[0]!.maxY);
  });

  it('keeps room between two labels on one line, so two names never read as one', () => {
    // B's node sits at the end of A's label: its label to the right would start 1 px after A's, touching it.
    const a = req(0, 100, 100);
    const aEnd = 100 + 4 + LABEL_GAP + 60;
    const placed = placeLabels([a, req(1, aEnd - LABEL_GAP + 1, 100, 60, 14, 0)], bounds);
    const [first, second] = placed;
    expect(first).toMatchObject({ index: 0, side: 'right', maxX: aEnd });
    if (second && second.minY < first!.maxY && second.maxY > first!.minY) {
      expect(second.minX - first!.maxX >= LABEL_SPACING || first!.minX - second.maxX >= LABEL_SPACING).toBe(true);
    }
    expect(LABEL_SPACING).toBeGreaterThanOrEqual(2);
  });

  it('keeps the order given: an earlier label wins its place', () => {
    const a = placeLabels([req(1, 230, 150), req(0, 200, 150)], bounds);
    expect(a[0]).toMatchObject({ index: 1, side: 'right' });
  });

  it('stops at max', () => {
    expect(placeLabels([req(0, 50, 50), req(1, 50, 150), req(2, 50, 250)], bounds, 2).map((p) => p.index)).toEqual([0, 1]);
  });

  it('never overlaps two labels and never leaves the bounds (any nodes)', () => {
    const node = fc.record({ x: fc.integer({ min: -50, max: 450 }), y: fc.integer({ min: -50, max: 350 }), width: fc.integer({ min: 5, max: 150 }) });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 60 }), (nodes) => {
        const placed = placeLabels(
          nodes.map((n, i) => req(i, n.x, n.y, n.width)),
          bounds,
        );
        for (const p of placed) {
          expect(p.minX).toBeGreaterThanOrEqual(0);
          expect(p.minY).toBeGreaterThanOrEqual(0);
          expect(p.maxX).toBeLessThanOrEqual(bounds.width);
          expect(p.maxY).toBeLessThanOrEqual(bounds.height);
          expect(p.maxX - p.minX).toBe(nodes[p.index]!.width);
        }
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            const a = placed[i]!;
            const b = placed[j]!;
            expect(a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY, `labels ${a.index} and ${b.index} overlap`).toBe(false);
          }
        }
        expect(new Set(placed.map((p) => p.index)).size).toBe(placed.length);
      }),
    );
  });

  it('reads the requests one at a time and none past the max-th label placed', () => {
    let made = 0;
    function* many(): Generator<LabelRequest> {
      for (let i = 0; i < 100; i++) {
        made++;
        yield req(i, 50, 20 + i * 20);
      }
    }
    expect(placeLabels(many(), bounds, 3).map((p) => p.index)).toEqual([0, 1, 2]);
    expect(made).toBe(3);
  });

  it('measures a label only when a lower bound of its width leaves it room, and places the same labels as measuring them all', () => {
    const node = fc.record({ x: fc.integer({ min: -50, max: 450 }), y: fc.integer({ min: -50, max: 350 }), width: fc.integer({ min: 5, max: 150 }), slack: fc.integer({ min: 0, max: 150 }) });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (nodes, max) => {
        const measured: number[] = [];
        const lazy = nodes.map((n, i): LabelRequest => ({
          ...req(i, n.x, n.y),
          width: () => {
            measured.push(i);
            return n.width;
          },
          minWidth: Math.max(0, n.width - n.slack),
        }));
        const eager = placeLabels(nodes.map((n, i) => req(i, n.x, n.y, n.width)), bounds, max);
        expect(placeLabels(lazy, bounds, max)).toEqual(eager);
        // Never measured twice, and never once the max is reached.
        expect(new Set(measured).size).toBe(measured.length);
        expect(measured.every((i) => i <= (eager.at(-1)?.index ?? Infinity) || eager.length < max)).toBe(true);
      }),
    );
    // No room even at the lower bound (wider than the canvas): the second label is never measured.
    let asked = 0;
    const crowded = placeLabels([req(0, 100, 150), { ...req(1, 120, 200), width: () => ++asked + 300, minWidth: 250 }], { width: 240, height: 300 });
    expect(crowded.map((p) => p.index)).toEqual([0]);
    expect(asked).toBe(0);
  });
});
