import { describe, expect, it } from 'vitest';
import { glyphTransform, SHAPE_OF_SCALE, SHAPES, shapeOf, STATE_GLYPHS } from '../../../src/lib/map/shapes.ts';
import { SHOWN_STATES } from '../../../src/lib/map/reach-shard.ts';
import { SCALES } from '../../../src/lib/schema/server.ts';

describe('marks', () => {
  it('follow the seed map: pin for city and facility, square for region, drop for nation', () => {
    expect(SHAPE_OF_SCALE).toMatchObject({ city: 'pin', facility: 'pin', region: 'square', nation: 'drop' });
  });

  it('multinational areas and placeless language communities each have a mark of their own', () => {
    const others = new Set([SHAPE_OF_SCALE.city, SHAPE_OF_SCALE.region, SHAPE_OF_SCALE.nation]);
    expect(others.has(SHAPE_OF_SCALE.multinational)).toBe(false);
    expect(others.has(SHAPE_OF_SCALE.language)).toBe(false);
    expect(SHAPE_OF_SCALE.multinational).not.toBe(SHAPE_OF_SCALE.language);
    expect(shapeOf(undefined)).toBe('dot');
  });

  it('every scale has a mark, and every mark a geometry whose anchor and glyph lie inside it', () => {
    for (const scale of SCALES) {
      const g = SHAPES[shapeOf(scale)];
      expect(g.path).toMatch(/^M[\d .,A-Z-]+Z$/);
      for (const [x, y] of [g.anchor, g.glyph]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(g.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(g.height);
      }
    }
    expect(glyphTransform('drop')).toBe('translate(13 13)');
  });

  it('every reach state has its own glyph path', () => {
    const paths = SHOWN_STATES.map((s) => STATE_GLYPHS[s]);
    expect(paths.every((p) => p.startsWith('M'))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
