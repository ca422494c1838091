import { describe, expect, it } from 'vitest';
import { placeRank, selectPlaces, type GazetteerCity } from '../../../src/lib/geo/places.ts';

const city = (name: string, population: number, lat: number, lon: number, featureCode = 'PPL'): GazetteerCity => ({ name, population, lat, lon, featureCode });

// Synthetic gazetteer: one big city, a small capital, and small towns sharing or not sharing a 1-degree square.
const CITIES: GazetteerCity[] = [
  city('Smalltown', 12_000, 52.41, -4.08), // square (-5, 52): largest there
  city('Village', 11_000, 52.9, -4.9), // same square, smaller: dropped
  city('Hamlet', 9_000, 53.5, -3.5), // alone in its square but under 10,000: dropped
  city('Bigcity', 2_500_000, 52.523, 13.414),
  city('Seat', 5_000, 1.2, 3.4, 'PPLC'), // a capital, however small
  city('Midcity', 160_000, 48.14, 11.58),
  city('Midcity twin', 160_000, 48.14, 11.59), // same square and population: name decides
  city('', 500_000, 0, 0),
  city('Lost', 500_000, Number.NaN, 0),
];

describe('selectPlaces', () => {
  const rules = { minPopulation: 150_000, cellDegrees: 1, cellMinPopulation: 10_000 };

  it('keeps big cities, capitals and the largest town of each square, most important first', () => {
    expect(selectPlaces(CITIES, rules)).toEqual([
      ['Bigcity', 52.52, 13.41, 0],
      ['Midcity', 48.14, 11.58, 2],
      ['Midcity twin', 48.14, 11.59, 2],
      ['Smalltown', 52.41, -4.08, 3],
      ['Seat', 1.2, 3.4, 0],
    ]);
  });

  it('gives the same answer whatever the input order', () => {
    expect(selectPlaces([...CITIES].reverse(), rules)).toEqual(selectPlaces(CITIES, rules));
  });
});

describe('placeRank', () => {
  it('ranks capitals and cities of a million 0, then 300,000, 100,000, and others', () => {
    expect(placeRank(1_000_000, 'PPL')).toBe(0);
    expect(placeRank(999_999, 'PPL')).toBe(1);
    expect(placeRank(300_000, 'PPLA')).toBe(1);
    expect(placeRank(100_000, 'PPL')).toBe(2);
    expect(placeRank(99_999, 'PPL')).toBe(3);
    expect(placeRank(10, 'PPLC')).toBe(0);
  });
});
