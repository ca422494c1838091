/**
 * The map's marks as geometry (SVG path data), shared by the legend (rendered by Astro) and the markers
 * (built in the browser), so a shape in the legend is the shape on the map.
 *
 * The shape says the scale of a community's area, as on the seed map: a pin for a city or facility, a square
 * for a region, a drop for a nation; a hexagon for an area across several countries, and a speech bubble for a
 * language community with no fixed place (shown beside the map, not on it). The glyph inside says the reach
 * state, so colour is never the only signal.
 */
import type { Scale } from '../labels.ts';
import type { ShownState } from './reach-shard.ts';

/** The marks. */
export type MarkerShape = 'pin' | 'square' | 'drop' | 'hexagon' | 'bubble' | 'dot';

/** Which mark each scale gets. A server with no area gets a plain dot. */
export const SHAPE_OF_SCALE: Readonly<Record<Scale, MarkerShape>> = {
  facility: 'pin',
  city: 'pin',
  region: 'square',
  nation: 'drop',
  multinational: 'hexagon',
  language: 'bubble',
};

/** The mark of a scale (a dot when there is none). */
export function shapeOf(scale: Scale | undefined): MarkerShape {
  return scale ? SHAPE_OF_SCALE[scale] : 'dot';
}

/** A mark's geometry. */
export interface ShapeGeometry {
  /** Width and height of its SVG, in pixels (its viewBox starts at 0,0). */
  width: number;
  height: number;
  /** The outline, as SVG path data. */
  path: string;
  /** A detail drawn on top without fill (the pin's needle), as SVG path data. */
  detail?: string;
  /** The point that sits on the place: the tip of a pin or drop, the centre of the others. */
  anchor: readonly [number, number];
  /** Where the state glyph is centred. */
  glyph: readonly [number, number];
}

/** A regular hexagon of radius r centred on (cx, cy), pointy side up. */
function hexagon(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i - Math.PI / 2;
    return `${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`;
  });
  return `M${points.join(' L')} Z`;
}

/** Every mark's geometry. */
export const SHAPES: Readonly<Record<MarkerShape, ShapeGeometry>> = {
  pin: {
    width: 24,
    height: 38,
    path: 'M12 1.5 A10 10 0 1 1 11.99 1.5 Z',
    detail: 'M12 21.5 L12 37',
    anchor: [12, 37],
    glyph: [12, 11.5],
  },
  drop: {
    width: 26,
    height: 36,
    path: 'M13 35 C9.5 28 2 21.5 2 13 A11 11 0 0 1 24 13 C24 21.5 16.5 28 13 35 Z',
    anchor: [13, 35],
    glyph: [13, 13],
  },
  square: {
    width: 24,
    height: 24,
    path: 'M3 3 H21 V21 H3 Z',
    anchor: [12, 12],
    glyph: [12, 12],
  },
  hexagon: {
    width: 26,
    height: 26,
    path: hexagon(13, 13, 12),
    anchor: [13, 13],
    glyph: [13, 13],
  },
  bubble: {
    width: 26,
    height: 24,
    path: 'M5 2 H21 A4 4 0 0 1 25 6 V14 A4 4 0 0 1 21 18 H11 L5 23 V18 A4 4 0 0 1 1 14 V6 A4 4 0 0 1 5 2 Z',
    anchor: [13, 12],
    glyph: [13, 10],
  },
  dot: {
    width: 20,
    height: 20,
    path: 'M10 1 A9 9 0 1 1 9.99 1 Z',
    anchor: [10, 10],
    glyph: [10, 10],
  },
};

/**
 * The glyph of each state, as stroked SVG path data centred on 0,0 (about 9 px across): ✕ suspends, − limits,
 * ✓ reaches, ? unknown, ◎ (a ring) for the domain's own server. No glyph while no domain is chosen.
 */
export const STATE_GLYPHS: Readonly<Record<ShownState, string>> = {
  suspends: 'M-3.6 -3.6 L3.6 3.6 M3.6 -3.6 L-3.6 3.6',
  limits: 'M-4.2 0 L4.2 0',
  reaches: 'M-4.2 0.2 L-1.3 3.2 L4.2 -3.2',
  unknown: 'M-2.6 -2 A2.7 2.7 0 1 1 1.2 0.4 C0.2 0.9 0 1.4 0 2.4 M0 4.3 L0 4.6',
  self: 'M0 -3.4 A3.4 3.4 0 1 1 -0.01 -3.4 Z',
};

/** The SVG transform that puts a glyph at a shape's glyph point. */
export function glyphTransform(shape: MarkerShape): string {
  const [x, y] = SHAPES[shape].glyph;
  return `translate(${x} ${y})`;
}
