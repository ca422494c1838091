/**
 * The map's downloadable figure as SVG text, from what the map holds in the current view: the basemap's land and
 * borders (path data in the map's layer pixels, shifted by `offset` to the view), and the markers in sight at
 * their pixel positions, each with the mark of src/lib/press/print-marks.ts (shape for the area's scale, glyph and
 * colour for the state) and its domain as a label; a cluster is a disc with its count and, with a domain picked,
 * a line of glyphs and counts per state. Labels never overlap one another or a mark
 * (src/lib/label-placement.ts): those that cannot be placed are left out, and counted (every row is in the CSV).
 * Zoomed in far enough that the live map draws them (src/client/basemap-places.ts), the borders between first-level
 * regions and the names of regions and places in sight go in too, in the live map's order of importance, after the
 * servers' labels and never over a mark or a label; a name with no room is left out without counting (it is context,
 * not a row). Pure: the caller reads the map; every string is escaped.
 */
import { placeLabels, spotsAround, textWidth, type Box, type LabelCandidate, type LabelSpot } from '../label-placement.ts';
import type { MarkerShape } from '../map/shapes.ts';
import type { ShownState } from '../map/reach-shard.ts';
import { LABEL_FONT } from '../map/basemap-labels.ts';
import { markAt, markBox, MARK_COLOURS } from './print-marks.ts';
import { xmlEscape } from './xml.ts';

/** A server's mark in sight. */
export interface MapFigurePoint {
  kind: 'point';
  /** Its place in the view, in pixels. */
  x: number;
  y: number;
  shape: MarkerShape;
  /** Its state towards the picked domain; none without one. */
  state?: ShownState;
  /** Its label: the server's domain. */
  label: string;
}

/** A cluster in sight. */
export interface MapFigureCluster {
  kind: 'cluster';
  x: number;
  y: number;
  /** How many servers it stands for. */
  count: number;
  /** With a domain picked: how many are in each state. */
  states?: Partial<Record<ShownState, number>>;
}

/** A region's or a place's name the live map shows in the current view (src/lib/map/basemap-labels.ts). */
export interface MapFigurePlace {
  kind: 'place' | 'region';
  text: string;
  /** A place's rank (0 most important: a larger, bolder name). */
  rank?: number;
  /** Where its point is in the view, in pixels. */
  x: number;
  y: number;
}

/** What the map holds in the current view. */
export interface MapFigureInput {
  /** The view's size in pixels. */
  width: number;
  height: number;
  /** The basemap's land and borders, as path data in layer pixels. */
  land: readonly string[];
  borders: readonly string[];
  /** The borders between first-level regions, as path data in layer pixels; none when the map is zoomed out. */
  regions?: readonly string[];
  /** The names of regions and places the live map shows, the most important first; none when zoomed out. */
  places?: readonly MapFigurePlace[];
  /** Where layer pixel (0, 0) is in the view. */
  offset: readonly [number, number];
  /** The markers in sight. */
  markers: readonly (MapFigurePoint | MapFigureCluster)[];
  /** The glyph of each state, as text ("✕"), for the clusters' counts. */
  glyphs: Readonly<Record<ShownState, string>>;
}

/** The basemap's colours, as in src/styles/map.css (light scheme). */
export const MAP_COLOURS = {
  sea: '#d6e6f0',
  land: '#f5f2ea',
  coast: '#9db3c2',
  border: '#b9b1a2',
  region: '#cbc3b4',
  placeText: '#3d3a35',
  regionText: '#6f665a',
} as const;

/** A place's dot: its radius and the gap before its name, in pixels, as the live map draws it. */
const PLACE_DOT = 3;
const PLACE_GAP = 3;
/** The room the dot and the gap take before a place's name. */
const DOT_ROOM = 2 * PLACE_DOT + PLACE_GAP;
/** Region names are written in capitals, spaced: this much more room than ordinary text. */
const CAPITALS = 1.3;

const LABEL_SIZE = 11;
const STATE_ORDER: readonly ShownState[] = ['suspends', 'limits', 'reaches', 'unknown', 'self'];
const r1 = (n: number): number => Math.round(n * 10) / 10;
/** A path's data is numbers and commands only; anything else is dropped rather than written into the file. */
const safePath = (d: string): string => d.replace(/[^0-9eE.,\-+ MmLlHhVvCcSsQqTtAaZz]/g, '');

function clusterRadius(count: number): number {
  return count < 10 ? 18 : count < 100 ? 21 : 24;
}

/** The figure's `<svg>` element, and the labels left out (their count goes in the frame's note). */
export function mapFigure(input: MapFigureInput): { svg: string; dropped: number } {
  const { width, height, offset } = input;
  const inView = input.markers.filter((m) => m.x >= 0 && m.y >= 0 && m.x <= width && m.y <= height);
  const obstacles: Box[] = [];
  const marks: string[] = [];
  const labels: LabelCandidate[] = [];
  const words = new Map<string, string>();
  inView.forEach((m, i) => {
    if (m.kind === 'point') {
      marks.push(markAt(m.shape, m.state, m.x, m.y));
      const box = markBox(m.shape, m.x, m.y);
      obstacles.push(box);
      const cx = (box.x0 + box.x1) / 2;
      const cy = (box.y0 + box.y1) / 2;
      const r = Math.max(box.x1 - box.x0, box.y1 - box.y0) / 2;
      const id = `p${i}`;
      words.set(id, m.label);
      labels.push({ id, priority: 1, width: textWidth(m.label, LABEL_SIZE), size: LABEL_SIZE, spots: spotsAround(cx, cy, r, LABEL_SIZE) });
    } else {
      const r = clusterRadius(m.count);
      const counted = m.states ? STATE_ORDER.filter((s) => (m.states?.[s] ?? 0) > 0) : [];
      const allUnknown = m.states !== undefined && counted.length === 1 && counted[0] === 'unknown';
      const fill = allUnknown ? '#ffffff' : m.states ? '#374151' : MARK_COLOURS.none;
      const stroke = allUnknown ? ` stroke="${MARK_COLOURS.unknown}" stroke-width="2" stroke-dasharray="4 3"` : ' stroke="#ffffff" stroke-width="3"';
      marks.push(
        `<circle cx="${r1(m.x)}" cy="${r1(m.y)}" r="${r}" fill="${fill}"${stroke}/>` +
          `<text x="${r1(m.x)}" y="${r1(m.y + 5)}" font-size="14" font-weight="bold" text-anchor="middle" fill="${allUnknown ? '#1f2937' : '#ffffff'}">${m.count}</text>`,
      );
      obstacles.push({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r });
      if (counted.length > 0 && !allUnknown) {
        const id = `c${i}`;
        const text = counted.map((s) => `${input.glyphs[s]}${m.states![s]}`).join(' ');
        words.set(id, text);
        labels.push({ id, priority: 2, width: textWidth(text, LABEL_SIZE), size: LABEL_SIZE, spots: spotsAround(m.x, m.y, r, LABEL_SIZE) });
      }
    }
  });
  const serverLabels = new Set(labels.map((l) => l.id));
  const names = new Map<string, MapFigurePlace>();
  const places = (input.places ?? []).filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
  places.forEach((p, i) => {
    const id = `n${i}`;
    names.set(id, p);
    // After every server's label (priorities 1 and 2), in the live map's order.
    const priority = -1 - i;
    if (p.kind === 'region') {
      const text = p.text.toUpperCase();
      labels.push({ id, priority, width: textWidth(text, LABEL_FONT.region) * CAPITALS, size: LABEL_FONT.region, spots: [{ x: p.x, y: p.y + LABEL_FONT.region * 0.3, anchor: 'middle' }] });
    } else {
      const size = p.rank === 0 ? LABEL_FONT.major : LABEL_FONT.place;
      const mid = p.y + size * 0.3;
      // The box holds the dot and the name: right of the point, else left of it.
      labels.push({
        id,
        priority,
        width: DOT_ROOM + textWidth(p.text, size),
        size,
        spots: [
          { x: p.x - PLACE_DOT, y: mid, anchor: 'start' },
          { x: p.x + PLACE_DOT, y: mid, anchor: 'end' },
        ],
      });
    }
  });
  const { placed, dropped } = placeLabels(labels, obstacles, { x0: 0, y0: 0, x1: width, y1: height });
  const placeSvg = [...placed]
    .filter(([id]) => names.has(id))
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .map(([id, spot]) => {
      const p = names.get(id)!;
      const halo = `stroke="${MAP_COLOURS.land}" stroke-width="3" paint-order="stroke" stroke-linejoin="round"`;
      if (p.kind === 'region') {
        return `<text x="${r1(spot.x)}" y="${r1(spot.y)}" text-anchor="middle" font-size="${LABEL_FONT.region}" letter-spacing="0.06em" fill="${MAP_COLOURS.regionText}" ${halo} data-print-region="">${xmlEscape(p.text.toUpperCase())}</text>`;
      }
      const size = p.rank === 0 ? LABEL_FONT.major : LABEL_FONT.place;
      const bold = p.rank === 0 ? ' font-weight="600"' : '';
      return (
        `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="${PLACE_DOT}" fill="${MAP_COLOURS.placeText}"/>` +
        `<text x="${r1(spot.anchor === 'start' ? spot.x + DOT_ROOM : spot.x - DOT_ROOM)}" y="${r1(spot.y)}" text-anchor="${spot.anchor}" font-size="${size}"${bold} fill="${MAP_COLOURS.placeText}" ${halo} data-print-place="">${xmlEscape(p.text)}</text>`
      );
    });
  const labelSvg = [...placed]
    .filter(([id]) => serverLabels.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, spot]: [string, LabelSpot]) => `<text x="${r1(spot.x)}" y="${r1(spot.y)}" text-anchor="${spot.anchor}" font-size="${LABEL_SIZE}" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${xmlEscape(words.get(id)!)}</text>`);
  const shift = `translate(${r1(offset[0])} ${r1(offset[1])})`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-print-map="">`,
    `<defs><clipPath id="print-map-view"><rect width="${width}" height="${height}"/></clipPath></defs>`,
    `<g clip-path="url(#print-map-view)">`,
    `<rect width="${width}" height="${height}" fill="${MAP_COLOURS.sea}"/>`,
    `<g transform="${shift}" fill="${MAP_COLOURS.land}" stroke="${MAP_COLOURS.coast}" stroke-width="0.7" stroke-linejoin="round">${input.land.map((d) => `<path d="${safePath(d)}"/>`).join('')}</g>`,
    ...(input.regions && input.regions.length > 0
      ? [`<g transform="${shift}" fill="none" stroke="${MAP_COLOURS.region}" stroke-width="0.8" stroke-dasharray="4 3" data-print-regions="">${input.regions.map((d) => `<path d="${safePath(d)}"/>`).join('')}</g>`]
      : []),
    `<g transform="${shift}" fill="none" stroke="${MAP_COLOURS.border}" stroke-width="0.7">${input.borders.map((d) => `<path d="${safePath(d)}"/>`).join('')}</g>`,
    ...(placeSvg.length > 0 ? [`<g data-print-places="">${placeSvg.join('')}</g>`] : []),
    `<g data-print-marks="">${marks.join('')}</g>`,
    `<g data-print-labels="">${labelSvg.join('')}</g>`,
    '</g>',
    `<rect width="${width}" height="${height}" fill="none" stroke="#9db3c2"/>`,
    '</svg>',
  ].join('\n');
  return { svg, dropped: dropped.filter((id) => serverLabels.has(id)).length };
}
