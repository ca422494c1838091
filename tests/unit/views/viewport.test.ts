/** The full graph's viewport arithmetic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centreOn, fitView, hitTest, panBy, relativeTransform, toScreen, toWorld, visibleWorld, zoomAt } from '../../../src/lib/views/viewport.ts';

describe('viewport', () => {
  it('fits an extent, centred, within the padding, no closer than maxK', () => {
    const v = fitView({ minX: -100, minY: -50, maxX: 100, maxY: 50 }, 440, 300, 20);
    expect(v.k).toBe(2);
    expect(toScreen(v, 0, 0)).toEqual({ x: 220, y: 150 });
    expect(fitView({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, 800, 600).k).toBe(2);
    expect(fitView({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, 800, 600, 24, 8).k).toBe(8);
  });
  it('zooming keeps the point under the cursor in place, within bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0, max: 800, noNaN: true }), fc.double({ min: 0, max: 600, noNaN: true }), (f, sx, sy) => {
        const v = { k: 1, x: 30, y: -20 };
        const before = toWorld(v, sx, sy);
        const z = zoomAt(v, f, sx, sy, 0.5, 4);
        expect(z.k).toBeGreaterThanOrEqual(0.5);
        expect(z.k).toBeLessThanOrEqual(4);
        const after = toWorld(z, sx, sy);
        expect(after.x).toBeCloseTo(before.x, 6);
        expect(after.y).toBeCloseTo(before.y, 6);
      }),
    );
  });
  it('pan, centre, visible box and the cached layer\'s transform agree', () => {
    const v = { k: 2, x: 10, y: 20 };
    expect(panBy(v, 5, -5)).toEqual({ k: 2, x: 15, y: 15 });
    expect(toScreen(centreOn(7, 9, 200, 100, 3), 7, 9)).toEqual({ x: 100, y: 50 });
    expect(visibleWorld(v, 100, 80)).toEqual({ minX: -5, minY: -10, maxX: 45, maxY: 30 });
    const to = zoomAt(panBy(v, 13, 7), 1.7, 40, 30, 0.1, 10);
    const t = relativeTransform(v, to);
    const p = toScreen(v, 3, 4);
    const q = toScreen(to, 3, 4);
    expect(p.x * t.s + t.dx).toBeCloseTo(q.x, 9);
    expect(p.y * t.s + t.dy).toBeCloseTo(q.y, 9);
  });
  it('hit-tests the topmost circle, with slop for small ones', () => {
    const circles = [{ x: 0, y: 0, r: 5 }, { x: 3, y: 0, r: 5 }, { x: 100, y: 100, r: 1 }];
    const v = { k: 1, x: 0, y: 0 };
    expect(hitTest(circles, v, 1, 0)).toBe(1);
    expect(hitTest(circles, v, -6, 0)).toBe(0);
    expect(hitTest(circles, v, 103, 100)).toBe(2);
    expect(hitTest(circles, v, 50, 50)).toBe(-1);
  });
});
