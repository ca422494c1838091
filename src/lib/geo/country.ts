/**
 * The country a map pin falls in: point-in-polygon on the sphere (d3-geo's `geoContains`) over country shapes
 * whose ids are ISO 3166-1 numeric codes, as world-atlas publishes them (Natural Earth; `countries-50m.json`,
 * turned into GeoJSON with topojson-client's `feature`). The numeric code is mapped to alpha-2 and to the
 * country's ISO name with the iso-3166 package.
 *
 * Pure: the caller loads the shapes and passes them in (the import CLI reads the topology file). A pin at sea, or
 * in a shape without an ISO code (world-atlas leaves a few disputed areas without one: Kosovo, Somaliland,
 * N. Cyprus…), matches no country: `undefined`, never a guess.
 *
 * Optionally (`toleranceKm`), a pin in no shape may take the country whose outline passes within that distance:
 * 1:50m outlines are generalised, and pins in coastal cities (central Copenhagen, lower Manhattan, Québec City,
 * Hong Kong) fall a few kilometres "at sea". The distance is measured to the outline's nearest vertex (an upper
 * bound on the distance to the outline), and the answer says how far it was (`offshoreKm`).
 */
import { geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { iso31661, iso31661NumericToAlpha2 } from 'iso-3166';
import { shortCountryName } from './country-names.ts';

/** A country as the atlas records it: its ISO 3166-1 alpha-2 code and its ISO name. */
export interface Country {
  /** ISO 3166-1 alpha-2, e.g. "GB". */
  alpha2: string;
  /** The ISO 3166-1 name, e.g. "United Kingdom of Great Britain and Northern Ireland". */
  name: string;
  /**
   * Set when no shape contained the pin and the country was taken within the tolerance: the distance in km from
   * the pin to the nearest vertex of its outline (rounded to 0.1 km).
   */
  offshoreKm?: number;
}

/** Options of a country locator. */
export interface LocatorOptions {
  /** Accept the nearest country whose outline passes within this many km of a pin no shape contains (default 0: none). */
  toleranceKm?: number;
}

/** The Earth's mean radius in km, for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

/** ISO 3166-1 names by alpha-2. */
// Not a data cache: a constant table from the iso-3166 package, built at load (allowed by tests/unit/architecture.test.ts).
const NAMES: ReadonlyMap<string, string> = new Map(iso31661.map((c) => [c.alpha2, shortCountryName(c.alpha2) ?? c.name]));

/** The country an ISO 3166-1 numeric code names ("826", "4" or "004"), or undefined when it names none. */
export function countryOfNumeric(id: unknown): Country | undefined {
  const text = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const alpha2 = iso31661NumericToAlpha2[text.padStart(3, '0')];
  const name = alpha2 === undefined ? undefined : NAMES.get(alpha2);
  return alpha2 === undefined || name === undefined ? undefined : { alpha2, name };
}

/** A prepared shape: its feature, its country, and a bounding box to skip most tests cheaply. */
interface Shape {
  feature: ExtendedFeature;
  country: Country;
  west: number;
  east: number;
  south: number;
  north: number;
}

/** Finds the country of a `[longitude, latitude]`; built once from the shapes, asked many times. */
export type CountryLocator = (position: readonly [number, number]) => Country | undefined;

/**
 * Prepares country shapes for lookups. Features without an ISO 3166-1 numeric id that iso-3166 knows are left
 * out (they can name no code). The locator returns the first shape, in the collection's order, that contains the
 * point (Natural Earth's countries do not overlap).
 */
export function countryLocator(countries: ExtendedFeatureCollection, options: LocatorOptions = {}): CountryLocator {
  const tolerance = Math.max(0, options.toleranceKm ?? 0);
  const shapes: Shape[] = [];
  for (const feature of countries.features) {
    const country = countryOfNumeric(feature.id);
    if (!country || !feature.geometry) continue;
    const [[west, south], [east, north]] = geoBounds(feature);
    shapes.push({ feature, country, west, east, south, north });
  }
  return (position) => {
    const [lon, lat] = position;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
    for (const s of shapes) {
      if (lat < s.south || lat > s.north) continue;
      // A box crossing the antimeridian has west > east (d3-geo's convention).
      const inLon = s.west <= s.east ? lon >= s.west && lon <= s.east : lon >= s.west || lon <= s.east;
      if (!inLon) continue;
      if (geoContains(s.feature, [lon, lat])) return s.country;
    }
    if (tolerance === 0) return undefined;
    let best: { shape: Shape; km: number } | undefined;
    for (const s of shapes) {
      const km = nearestVertexKm(s.feature, [lon, lat]);
      if (km <= tolerance && (best === undefined || km < best.km)) best = { shape: s, km };
    }
    return best === undefined ? undefined : { ...best.shape.country, offshoreKm: Math.round(best.km * 10) / 10 };
  };
}

/** Great-circle distance in km from a point to the nearest vertex of a (multi)polygon's rings; Infinity for others. */
function nearestVertexKm(feature: ExtendedFeature, point: [number, number]): number {
  const g = feature.geometry;
  const polygons: number[][][][] = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  let min = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const v of ring) {
        const d = geoDistance(point, [v[0]!, v[1]!]) * EARTH_RADIUS_KM;
        if (d < min) min = d;
      }
    }
  }
  return min;
}

/** The country containing `[longitude, latitude]` in `countries`, or undefined (at sea, or no ISO code). */
export function countryAt(countries: ExtendedFeatureCollection, position: readonly [number, number], options: LocatorOptions = {}): Country | undefined {
  return countryLocator(countries, options)(position);
}
