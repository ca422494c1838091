/**
 * The map's first-level regions (states, provinces, Länder, Welsh principal areas…) as the site serves them
 * (`/data/basemap/admin1.json`), made from Natural Earth's "Admin 1 – States, Provinces" at 1:10m (public domain).
 *
 * Only what the map draws is kept: the borders *between* regions of one country (country borders and coasts come
 * from world-atlas, already drawn), simplified, and one label point per region with its name and the zoom its
 * label starts at. The result is TopoJSON, quantised (delta-encoded integers): `objects.borders` is one
 * MultiLineString, `objects.regions` a GeometryCollection of Points with properties `{ n: name, z: zoom }`.
 *
 * Pure: the caller reads the Natural Earth GeoJSON and passes its features in.
 */
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Arc, GeometryCollection, MultiLineString, Point, Topology } from 'topojson-specification';

/** The properties of a Natural Earth admin-1 feature that the converter reads (the file has many more). */
export interface Admin1Properties {
  /** Natural Earth's region code, e.g. "DEU-1591": the sort key. */
  adm1_code?: string;
  /** The region's name as Natural Earth writes it (often the local form: "Bayern"). */
  name?: string | null;
  /** Its English name ("Bavaria"), preferred for the label when present. */
  name_en?: string | null;
  /** The country's ISO 3166-1 alpha-3 code (Natural Earth's): borders are drawn only between regions sharing it. */
  adm0_a3?: string;
  /** Where Natural Earth puts the region's label. */
  latitude?: number;
  longitude?: number;
  /** The zoom from which Natural Earth labels the region (e.g. 6.6). */
  min_label?: number;
}

/** One Natural Earth admin-1 feature, as in the GeoJSON file. */
export interface Admin1Feature {
  type: 'Feature';
  geometry: Geometry | null;
  properties: Admin1Properties;
}

/** A region's label in the served file. */
export interface RegionLabelProperties {
  /** The region's name. */
  n: string;
  /** The zoom from which its label may be drawn. */
  z: number;
}

/** The served file's topology. */
export type Admin1Topology = Topology<{ borders: MultiLineString; regions: GeometryCollection<RegionLabelProperties> }>;

/** How much is kept: the defaults make the world's file about 1 MB raw, under 300 KB gzipped. */
export interface Admin1Options {
  /**
   * Points of a border whose triangle with their neighbours is smaller than this (in square degrees, Visvalingam)
   * are dropped. 3e-4 keeps borders true to about a kilometre: a pixel at zoom 7.
   */
  minWeight: number;
  /** The grid the output is snapped to: this many steps across the regions' extent (3e4: about 1.3 km). */
  quantization: number;
  /**
   * A region's label starts this many zooms before Natural Earth's `min_label` (set for crowded, unfiltered maps;
   * the site's labels never overlap), no earlier than `minLabelZoom` and no later than `maxLabelZoom`.
   */
  labelZoomShift: number;
  minLabelZoom: number;
  maxLabelZoom: number;
}

/** The settings of the site's file. */
export const ADMIN1_DEFAULTS: Admin1Options = { minWeight: 3e-4, quantization: 3e4, labelZoomShift: 2, minLabelZoom: 5, maxLabelZoom: 8 };

/** Code-point order (lib/order.ts would bring in more than this needs). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A number rounded to `digits` decimals. */
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

const isArea = (g: Geometry | null): g is Polygon | MultiPolygon => g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon');

/**
 * The zoom a region's label starts at: Natural Earth's `min_label` less the shift, rounded down, within the options'
 * range; the last zoom of the range for a region without one.
 */
export function regionLabelZoom(minLabel: number | undefined, options: Pick<Admin1Options, 'labelZoomShift' | 'minLabelZoom' | 'maxLabelZoom'> = ADMIN1_DEFAULTS): number {
  const z = minLabel === undefined || !Number.isFinite(minLabel) ? options.maxLabelZoom : Math.floor(minLabel - options.labelZoomShift);
  return Math.min(options.maxLabelZoom, Math.max(options.minLabelZoom, z));
}

/**
 * Makes the served topology from Natural Earth's admin-1 features. Features without an area, a country code or a
 * name are skipped; the rest are taken in `adm1_code` order, so the same input gives the same bytes.
 */
export function admin1Topology(features: readonly Admin1Feature[], options: Admin1Options = ADMIN1_DEFAULTS): Admin1Topology {
  const kept = features
    .filter((f) => isArea(f.geometry) && typeof f.properties.adm0_a3 === 'string' && (f.properties.name_en || f.properties.name))
    .slice()
    .sort((a, b) => compareText(a.properties.adm1_code ?? '', b.properties.adm1_code ?? '') || compareText(a.properties.name ?? '', b.properties.name ?? ''));

  // Shared borders become shared arcs when the shapes are snapped to a fine grid first (1e6 steps: ~4 cm).
  const collection: FeatureCollection<Polygon | MultiPolygon, { c: string }> = {
    type: 'FeatureCollection',
    features: kept.map((f) => ({ type: 'Feature', geometry: f.geometry as Polygon | MultiPolygon, properties: { c: f.properties.adm0_a3! } })),
  };
  const areas = topology({ areas: collection }, 1e6) as unknown as Topology<{ areas: GeometryCollection<{ c: string }> }>;
  const simplified = simplify(presimplify(areas), options.minWeight) as typeof areas;
  const country = (g: { properties?: unknown }) => (g.properties as { c?: string } | undefined)?.c;
  const inner = meshArcs(simplified, simplified.objects.areas, (a, b) => a !== b && country(a) === country(b));

  // Keep only the arcs the inner borders use, renumbered in order of first use.
  const arcs: Arc[] = [];
  const renumber = new Map<number, number>();
  const use = (i: number): number => {
    const k = i < 0 ? ~i : i;
    let j = renumber.get(k);
    if (j === undefined) {
      j = arcs.length;
      renumber.set(k, j);
      arcs.push(simplified.arcs[k]!.map((p) => [p[0]!, p[1]!]));
    }
    return i < 0 ? ~j : j;
  };
  const borders: MultiLineString = { type: 'MultiLineString', arcs: inner.arcs.map((line) => line.map(use)) };

  const regions: GeometryCollection<RegionLabelProperties> = {
    type: 'GeometryCollection',
    geometries: kept
      .filter((f) => Number.isFinite(f.properties.latitude) && Number.isFinite(f.properties.longitude))
      .map((f): Point & { properties: RegionLabelProperties } => ({
        type: 'Point',
        coordinates: [round(f.properties.longitude!, 4), round(f.properties.latitude!, 4)],
        properties: { n: (f.properties.name_en || f.properties.name)!.trim(), z: regionLabelZoom(f.properties.min_label, options) },
      })),
  };

  const plain: Admin1Topology = { type: 'Topology', arcs, objects: { borders, regions } };
  return quantize(plain, options.quantization) as Admin1Topology;
}
