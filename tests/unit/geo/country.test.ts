import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtendedFeatureCollection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryAt, countryLocator, countryOfNumeric } from '../../../src/lib/geo/country.ts';

/** A box as a polygon, its ring wound clockwise (north up), as d3-geo reads an exterior ring (world-atlas does the same). */
function square(west: number, south: number, east: number, north: number): number[][][] {
  return [[[west, south], [west, north], [east, north], [east, south], [west, south]]];
}

// Synthetic shapes (ISO numeric ids as world-atlas writes them: zero-padded strings, or numbers).
const SHAPES: ExtendedFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: '826', properties: { name: 'Box One' }, geometry: { type: 'Polygon', coordinates: square(-5, 50, 1, 55) } },
    { type: 'Feature', id: '040', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square(10, 46, 16, 49), square(20, 46, 21, 47)] } },
    { type: 'Feature', id: 242, properties: {}, geometry: { type: 'Polygon', coordinates: square(178, -19, -178, -16) } },
    // No ISO code (world-atlas leaves a few disputed areas without one): never named.
    { type: 'Feature', properties: { name: 'Nameless' }, geometry: { type: 'Polygon', coordinates: square(30, 30, 35, 35) } },
    { type: 'Feature', id: '-99', properties: {}, geometry: { type: 'Polygon', coordinates: square(40, 30, 45, 35) } },
  ],
};

describe('countryOfNumeric', () => {
  it('maps ISO 3166-1 numeric codes, padded or not, to alpha-2 and the ISO name', () => {
    expect(countryOfNumeric('826')).toEqual({ alpha2: 'GB', name: 'United Kingdom' });
    expect(countryOfNumeric('040')).toEqual({ alpha2: 'AT', name: 'Austria' });
    expect(countryOfNumeric(40)).toEqual({ alpha2: 'AT', name: 'Austria' });
    expect(countryOfNumeric('4')).toEqual({ alpha2: 'AF', name: 'Afghanistan' });
  });
  it('names nothing for codes ISO does not assign, or non-codes', () => {
    for (const id of ['-99', '999', '', undefined, null, 'GB', '1234']) expect(countryOfNumeric(id)).toBeUndefined();
  });
});

describe('countryAt (synthetic shapes)', () => {
  it('returns the country whose shape contains [lon, lat]', () => {
    expect(countryAt(SHAPES, [-3, 52])).toEqual({ alpha2: 'GB', name: 'United Kingdom' });
    expect(countryAt(SHAPES, [20.5, 46.5])).toMatchObject({ alpha2: 'AT' });
    expect(countryAt(SHAPES, [13, 47])).toMatchObject({ alpha2: 'AT' });
  });
  it('handles a shape across the antimeridian', () => {
    expect(countryAt(SHAPES, [179.5, -17.5])).toMatchObject({ alpha2: 'FJ' });
    expect(countryAt(SHAPES, [-179.5, -17.5])).toMatchObject({ alpha2: 'FJ' });
  });
  it('returns undefined at sea, in shapes without an ISO code, and for impossible positions', () => {
    expect(countryAt(SHAPES, [-20, 45])).toBeUndefined();
    expect(countryAt(SHAPES, [32, 32])).toBeUndefined();
    expect(countryAt(SHAPES, [42, 32])).toBeUndefined();
    expect(countryAt(SHAPES, [200, 95])).toBeUndefined();
    expect(countryAt(SHAPES, [Number.NaN, 0])).toBeUndefined();
  });
  it('with a tolerance, gives a pin just off a shape the nearest country and says how far', () => {
    const near = countryLocator(SHAPES, { toleranceKm: 20 });
    // Just off Box One's north-east corner (a vertex): a few km.
    const hit = near([1.05, 55.05]);
    expect(hit).toMatchObject({ alpha2: 'GB' });
    expect(hit?.offshoreKm).toBeGreaterThan(0);
    expect(hit?.offshoreKm).toBeLessThanOrEqual(20);
    expect(near([-20, 45])).toBeUndefined();
    // Inside a shape, no distance is given.
    expect(near([-3, 52])?.offshoreKm).toBeUndefined();
    expect(countryLocator(SHAPES)([1.05, 55.05])).toBeUndefined();
  });
});

describe('countryAt (world-atlas countries-50m, as the import CLI loads it)', () => {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as ExtendedFeatureCollection;
  const locate = countryLocator(countries);

  it('finds the countries of inland pins', () => {
    expect(locate([-3.49, 52.28])?.alpha2).toBe('GB'); // mid-Wales
    expect(locate([-2.57, 43.07])?.alpha2).toBe('ES'); // the Basque Country, south of the border
    expect(locate([2.35, 48.85])?.alpha2).toBe('FR');
    expect(locate([-106.26, 61.18])?.alpha2).toBe('CA');
    expect(locate([137.99, -24.19])?.alpha2).toBe('AU');
  });
  it('says nothing for a pin in the open sea', () => {
    expect(locate([-30, 40])).toBeUndefined();
  });
  it('needs the tolerance for coastal cities the 1:50m outline leaves at sea', () => {
    const copenhagen: [number, number] = [12.570763, 55.688425];
    expect(locate(copenhagen)).toBeUndefined();
    expect(countryLocator(countries, { toleranceKm: 10 })(copenhagen)).toMatchObject({ alpha2: 'DK', name: 'Denmark' });
  });
});
