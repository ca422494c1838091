import { describe, expect, it } from 'vitest';
import { isCountryName, shortCountryName } from '../../../src/lib/geo/country-names.ts';
import { areaCountryLabel } from '../../../src/lib/rules/area-country-label.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const area = (label: string, scale: string) => variant('  label: Wales\n  scale: nation\n', `  label: ${label}\n  scale: ${scale}\n`);

describe('country names', () => {
  it('gives short common names, not ISO formal or inverted ones', () => {
    expect(shortCountryName('GB')).toBe('United Kingdom');
    expect(shortCountryName('nl')).toBe('Netherlands');
    expect(shortCountryName('DE')).toBe('Germany');
    expect(shortCountryName('ZZ')).toBeUndefined();
  });
  it('knows ISO names, short names and common forms, and nothing more', () => {
    for (const n of ['Germany', 'United States', 'United Kingdom of Great Britain and Northern Ireland', 'Netherlands, Kingdom of the', 'UK', 'cote d\'ivoire']) expect(isCountryName(n), n).toBe(true);
    for (const n of ['Wales', 'Berlin', 'Bavaria', 'New York', 'Basque Country']) expect(isCountryName(n), n).toBe(false);
  });
});

describe('area-country-label', () => {
  it('accepts a nation labelled with its country, and a city labelled with the city', () => {
    expect(run(areaCountryLabel, area('Germany', 'nation'))).toEqual([]);
    expect(run(areaCountryLabel, area('Berlin', 'city'))).toEqual([]);
  });
  it('warns when a city or region is labelled with a country name only', () => {
    expect(run(areaCountryLabel, area('Germany', 'city'))).toEqual([
      `${F}:7:10 warning area-country-label: area of scale city is labelled "Germany", a country's name: name the city (or use scale "nation" if the community is the whole country)`,
    ]);
    expect(run(areaCountryLabel, area('United Kingdom of Great Britain and Northern Ireland', 'region'))).toHaveLength(1);
  });
});
