import { describe, expect, it } from 'vitest';
import { fixAntimeridian, unwrapLongitudes } from '../../../src/lib/map/antimeridian.ts';

describe('unwrapLongitudes', () => {
  it('leaves a line that does not cross the antimeridian alone', () => {
    expect(unwrapLongitudes([[-3, 52], [-2, 53], [0, 54]])).toEqual([[-3, 52], [-2, 53], [0, 54]]);
  });

  it('undoes the jump from +180 to -180, east and west', () => {
    expect(unwrapLongitudes([[178, -16], [-179, -17], [-178, -16]])).toEqual([[178, -16], [181, -17], [182, -16]]);
    expect(unwrapLongitudes([[-178, 65], [179, 66], [170, 67]])).toEqual([[-178, 65], [-181, 66], [-190, 67]]);
  });
});

describe('fixAntimeridian', () => {
  it('a polygon across the antimeridian is drawn on both sides, with no edge across the world', () => {
    const fiji = { type: 'Polygon' as const, coordinates: [[[178, -16], [-179, -16], [-179, -17], [178, -17], [178, -16]]] };
    const fixed = fixAntimeridian(fiji);
    expect(fixed).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [[[178, -16], [181, -16], [181, -17], [178, -17], [178, -16]]],
        [[[-182, -16], [-179, -16], [-179, -17], [-182, -17], [-182, -16]]],
      ],
    });
    if (fixed.type !== 'MultiPolygon') throw new Error('expected a MultiPolygon');
    for (const polygon of fixed.coordinates) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(180);
      }
    }
  });

  it('keeps a polygon that stays within ±180 as it is, and a hole beside its outer ring', () => {
    const wales = { type: 'MultiPolygon' as const, coordinates: [[[[-5, 51], [-3, 51], [-3, 53], [-5, 53], [-5, 51]], [[-4.5, 51.5], [-4, 51.5], [-4, 52], [-4.5, 51.5]]]] };
    expect(fixAntimeridian(wales)).toEqual(wales);
  });

  it('lines too; points pass through unchanged', () => {
    expect(fixAntimeridian({ type: 'LineString', coordinates: [[179, 60], [-179, 61]] })).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [[179, 60], [181, 61]],
        [[-181, 60], [-179, 61]],
      ],
    });
    const point = { type: 'Point' as const, coordinates: [1, 2] };
    expect(fixAntimeridian(point)).toBe(point);
  });
});
