/**
 * Which place and region names the map draws at a view, and where, with no two overlapping: greedy by rank. The
 * most important label (a capital, a city of a million) is placed first; each next one is kept only if its box
 * meets none already kept. Boxes are estimated from the text's length at the style sheet's font sizes
 * (src/styles/map.css, `.basemap-label`), so the answer does not depend on the browser's fonts.
 *
 * Pure: the caller projects positions to the map's pixels (`project`) and draws what this returns.
 */

/** From this zoom on, the map fetches and draws regions and places (nothing extra at the world view). */
export const PLACES_ZOOM = 5;

/** The zoom from which a place of each rank (src/lib/geo/places.ts) is named; a rank past the end uses the last. */
export const PLACE_RANK_ZOOM = [5, 6, 6, 7] as const;

/** Font sizes in pixels, as in src/styles/map.css: a place of rank 0, any other place, a region (capitals, spaced). */
export const LABEL_FONT = { major: 13, place: 12, region: 11 } as const;

/** A place's dot: its radius and the gap before its name, in pixels (src/styles/map.css, `.basemap-place::before`). */
const DOT = 3;
const GAP = 3;
/** Room kept clear around each label, in pixels. */
const PADDING = 2;

/** A rectangle in the map's pixels, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label the map may draw. */
export interface Label {
  kind: 'place' | 'region';
  text: string;
  /** The place's rank (0 most important); regions carry none. */
  rank?: number;
  /** Which side of its dot a place's name is written on (right unless that side is taken); regions are centred. */
  side?: Side;
  /** Where its point is on the Earth. */
  lat: number;
  lon: number;
  /** Where its point falls, in the map's pixels. */
  x: number;
  y: number;
  /** The room it takes. */
  box: Box;
}

/** The side of its dot a place's name is on. */
export type Side = 'right' | 'left';

/** A place as served: `[name, lat, lon, rank]`. */
export type PlaceRow = readonly [name: string, lat: number, lon: number, rank: number];

/** A region's label as served: name, label point, the zoom it starts at. */
export interface RegionRow {
  name: string;
  lat: number;
  lon: number;
  zoom: number;
}

/** The zoom from which a place of `rank` is named. */
export function placeZoom(rank: number): number {
  return PLACE_RANK_ZOOM[Math.min(Math.max(0, rank), PLACE_RANK_ZOOM.length - 1)]!;
}

/**
 * The width a text takes at `fontPx`, estimated: 0.6 em a character for ordinary text, 0.78 em for capitals with
 * their letter spacing (regions). Generous on purpose: overlap is worse than a name left out.
 */
export function textWidth(text: string, fontPx: number, capitals = false): number {
  return Math.ceil([...text].length * fontPx * (capitals ? 0.78 : 0.6));
}

/**
 * The box of a label at (x, y): a place's dot at its point and its name to the right (or left) of it; a region's
 * name centred.
 */
export function labelBox(kind: Label['kind'], text: string, x: number, y: number, rank = 3, side: Side = 'right'): Box {
  if (kind === 'region') {
    const width = textWidth(text, LABEL_FONT.region, true);
    const height = Math.ceil(LABEL_FONT.region * 1.3);
    return { x: x - width / 2, y: y - height / 2, width, height };
  }
  const font = rank === 0 ? LABEL_FONT.major : LABEL_FONT.place;
  const height = Math.ceil(font * 1.3);
  const width = 2 * DOT + GAP + textWidth(text, font);
  return { x: side === 'right' ? x - DOT : x + DOT - width, y: y - height / 2, width, height };
}

/** Whether two boxes, each grown by `padding`, meet. */
export function overlaps(a: Box, b: Box, padding = PADDING): boolean {
  return a.x - padding < b.x + b.width + padding && b.x - padding < a.x + a.width + padding && a.y - padding < b.y + b.height + padding && b.y - padding < a.y + a.height + padding;
}

/**
 * Greedy placement: takes the candidates in order, each a list of the ways the label may be placed (best first),
 * and keeps the first way whose box meets none kept before; a label with no such way is left out.
 */
export function placeLabels<T extends { box: Box }>(candidates: readonly (readonly T[])[], padding = PADDING): T[] {
  const kept: T[] = [];
  for (const ways of candidates) {
    const way = ways.find((w) => !kept.some((k) => overlaps(k.box, w.box, padding)));
    if (way) kept.push(way);
  }
  return kept;
}

/**
 * The labels to draw at `zoom` in a view of `width` × `height` pixels: the places and regions named at that zoom
 * whose label fits wholly in sight, in order of importance (places of rank 0 and 1, then regions by the zoom they
 * start at, then the other places), without overlap; a place's name goes to the left of its dot when the right is
 * taken. A region named like a place in sight (Cardiff, the city and the county) is left to the place. Below
 * `PLACES_ZOOM`, none.
 */
export function visibleLabels(
  places: readonly PlaceRow[],
  regions: readonly RegionRow[],
  zoom: number,
  project: (lat: number, lon: number) => { x: number; y: number },
  view: { width: number; height: number },
): Label[] {
  if (zoom < PLACES_ZOOM) return [];
  const inView = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height;
  const placeWays = (row: PlaceRow): Label[] => {
    const [text, lat, lon, rank] = row;
    if (placeZoom(rank) > zoom) return [];
    const p = project(lat, lon);
    return (['right', 'left'] as const)
      .map((side): Label => ({ kind: 'place', text, rank, side, lat, lon, x: p.x, y: p.y, box: labelBox('place', text, p.x, p.y, rank, side) }))
      .filter((l) => inView(l.box));
  };
  const major = places.filter((row) => row[3] <= 1).map(placeWays);
  const minor = places.filter((row) => row[3] > 1).map(placeWays);
  const placeNames = new Set([...major, ...minor].flat().map((l) => l.text.toLowerCase()));
  const regionWays = regions
    .filter((r) => r.zoom <= zoom && !placeNames.has(r.name.toLowerCase()))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.zoom - b.r.zoom || a.i - b.i)
    .map(({ r }): Label[] => {
      const p = project(r.lat, r.lon);
      const label: Label = { kind: 'region', text: r.name, lat: r.lat, lon: r.lon, x: p.x, y: p.y, box: labelBox('region', r.name, p.x, p.y) };
      return inView(label.box) ? [label] : [];
    });
  return placeLabels([...major, ...regionWays, ...minor].filter((ways) => ways.length > 0));
}
