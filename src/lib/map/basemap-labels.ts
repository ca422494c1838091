/**
 * Which place and region names the map draws at a view, and where, with no two overlapping: greedy by rank, with
 * the site's one label placer (src/lib/label-placement.ts). Capitals and big cities go first, then region names,
 * then smaller towns; each is kept at the first of its spots (a place's name right of its dot, else left) that
 * meets no label kept before and lies wholly in the view. Boxes are estimated from the text's length at the style
 * sheet's font sizes (src/styles/map.css, `.basemap-label`), so the answer does not depend on the browser's fonts.
 *
 * Pure: the caller projects positions to the map's pixels (`project`) and draws what this returns.
 */
import { labelBox as textBox, placeLabels, textWidth, type Box, type LabelCandidate, type LabelSpot } from '../label-placement.ts';

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
/** Capitals with their letter spacing take this much more room than ordinary text. */
const CAPITALS = 1.3;

/** The side of its dot a place's name is on. */
export type Side = 'right' | 'left';

/** A label the map draws. */
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
  /** The room it takes, padding included. */
  box: Box;
}

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

/** A label as the placer sees it, with what the map needs to draw it. */
interface Candidate extends LabelCandidate {
  label: Omit<Label, 'box' | 'side'>;
  /** The side each spot puts a place's name on (by the spot's index). */
  sides: readonly Side[];
}

/** A spot whose box is centred vertically on `y` (the placer's box runs from 0.85 em above the baseline to 0.25 below). */
const centred = (x: number, y: number, size: number, anchor: LabelSpot['anchor']): LabelSpot => ({ x, y: y + size * 0.3, anchor });

/**
 * A place's candidate: its box holds the dot and the name with room around them, right of the point (`start`) or,
 * failing that, left of it (`end`).
 */
function placeCandidate(id: string, priority: number, label: Omit<Label, 'box' | 'side'>): Candidate {
  const font = label.rank === 0 ? LABEL_FONT.major : LABEL_FONT.place;
  const size = font + 2 * PADDING;
  const width = 2 * DOT + GAP + textWidth(label.text, font) + 2 * PADDING;
  const spots = [centred(label.x - DOT - PADDING, label.y, size, 'start'), centred(label.x + DOT + PADDING, label.y, size, 'end')];
  return { id, priority, width, size, spots, label, sides: ['right', 'left'] };
}

/** A region's candidate: its name in capitals, centred on its label point. */
function regionCandidate(id: string, priority: number, label: Omit<Label, 'box' | 'side'>): Candidate {
  const size = LABEL_FONT.region + 2 * PADDING;
  const width = textWidth(label.text, LABEL_FONT.region) * CAPITALS + 2 * PADDING;
  return { id, priority, width, size, spots: [centred(label.x, label.y, size, 'middle')], label, sides: [] };
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
  const inView = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= view.width && p.y <= view.height;
  const placeLabel = ([text, lat, lon, rank]: PlaceRow): Omit<Label, 'box' | 'side'> | undefined => {
    if (placeZoom(rank) > zoom) return undefined;
    const p = project(lat, lon);
    return inView(p) ? { kind: 'place', text, rank, lat, lon, x: p.x, y: p.y } : undefined;
  };
  const major = places.filter((row) => row[3] <= 1).map(placeLabel);
  const minor = places.filter((row) => row[3] > 1).map(placeLabel);
  const placeNames = new Set([...major, ...minor].map((l) => l?.text.toLowerCase()));
  const regionLabels = regions
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.zoom <= zoom && !placeNames.has(r.name.toLowerCase()))
    .sort((a, b) => a.r.zoom - b.r.zoom || a.i - b.i)
    .map(({ r }): Omit<Label, 'box' | 'side'> | undefined => {
      const p = project(r.lat, r.lon);
      return inView(p) ? { kind: 'region', text: r.name, lat: r.lat, lon: r.lon, x: p.x, y: p.y } : undefined;
    });
  const ordered = [...major, ...regionLabels, ...minor].filter((l) => l !== undefined);
  // The order is the priority: the first label has the highest.
  const candidates = ordered.map((label, i) => (label.kind === 'place' ? placeCandidate : regionCandidate)(String(i), ordered.length - i, label));
  const { placed } = placeLabels(candidates, [], { x0: 0, y0: 0, x1: view.width, y1: view.height });
  return candidates.flatMap((c): Label[] => {
    const spot = placed.get(c.id);
    if (!spot) return [];
    const side = c.sides[c.spots.indexOf(spot)];
    return [{ ...c.label, ...(side ? { side } : {}), box: textBox(spot, c.width, c.size) }];
  });
}
