/**
 * Shapes that cross the antimeridian, made drawable on a flat map.
 *
 * Natural Earth (world-atlas) keeps a few rings whole across longitude ±180 (Russia's Chukotka, Fiji): drawn as
 * they are on a flat map, the edge that jumps from +180 to −180 becomes a line across the whole world. Here each
 * ring or line is made continuous (a jump of more than 180° is undone by adding or taking 360°), and a shape that
 * then reaches past ±180 gets a copy shifted by 360° so it shows at both edges of the map.
 */
import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';

/** A ring or line with continuous longitudes: no step between neighbours larger than 180°. */
export function unwrapLongitudes(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let previous: number | undefined;
  for (const point of line) {
    const [lon, ...rest] = point as [number, ...number[]];
    if (previous !== undefined) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon + shift;
    out.push([previous, ...rest]);
  }
  return out;
}

const shifted = (line: readonly Position[], by: number): Position[] => line.map(([lon, ...rest]) => [lon! + by, ...rest]);

/** How far past ±180 the lines reach: +360 when some longitude exceeds 180, −360 below −180, 0 otherwise. */
function overflow(lines: readonly (readonly Position[])[]): number {
  let max = -Infinity;
  let min = Infinity;
  for (const line of lines) {
    for (const [lon] of line) {
      max = Math.max(max, lon!);
      min = Math.min(min, lon!);
    }
  }
  return max > 180 ? 360 : min < -180 ? -360 : 0;
}

/** A polygon's rings made continuous, holes moved next to their outer ring. */
function unwrapPolygon(rings: readonly Position[][]): Position[][] {
  const [outer, ...holes] = rings.map(unwrapLongitudes);
  if (!outer) return [];
  const reference = outer[0]?.[0] ?? 0;
  return [outer, ...holes.map((hole) => shifted(hole, Math.round((reference - (hole[0]?.[0] ?? reference)) / 360) * 360))];
}

/**
 * The geometry, drawable on a flat map: polygons and lines made continuous across the antimeridian, with a
 * copy 360° away for each part that reaches past ±180. Points and other geometries are returned unchanged.
 */
export function fixAntimeridian(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const out: Position[][][] = [];
      for (const polygon of polygons) {
        const fixed = unwrapPolygon(polygon);
        out.push(fixed);
        const by = overflow(fixed);
        if (by !== 0) out.push(fixed.map((ring) => shifted(ring, -by)));
      }
      return { type: 'MultiPolygon', coordinates: out } satisfies MultiPolygon;
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const out: Position[][] = [];
      for (const line of lines) {
        const fixed = unwrapLongitudes(line);
        out.push(fixed);
        const by = overflow([fixed]);
        if (by !== 0) out.push(shifted(fixed, -by));
      }
      return { type: 'MultiLineString', coordinates: out } satisfies MultiLineString;
    }
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map(fixAntimeridian) };
    default:
      return geometry;
  }
}
