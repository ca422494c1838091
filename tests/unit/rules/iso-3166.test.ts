import { describe, expect, it } from 'vitest';
import { isIsoCode, iso3166 } from '../../../src/lib/rules/iso-3166.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('iso-3166', () => {
  it('accepts countries and subdivisions', () => {
    expect(run(iso3166, VALID)).toEqual([]);
    expect(['FR', 'ES-PV', 'GB-SCT', 'US-MI'].every(isIsoCode)).toBe(true);
  });
  it('rejects UK, three-letter codes and unknown subdivisions, with hints', () => {
    expect(run(iso3166, variant('iso3166: [GB-WLS]', 'iso3166: [UK, GBR, GB-XXX]'))).toEqual([
      `${F}:9:13 error iso-3166: "UK" is not an ISO 3166-1 alpha-2 or ISO 3166-2 code (the ISO code of the United Kingdom is "GB")`,
      `${F}:9:17 error iso-3166: "GBR" is not an ISO 3166-1 alpha-2 or ISO 3166-2 code (three-letter codes are not used: write the two-letter one, e.g. "GB")`,
      `${F}:9:22 error iso-3166: "GB-XXX" is not an ISO 3166-1 alpha-2 or ISO 3166-2 code`,
    ]);
  });
  it('asks for upper case, fixably', () => {
    expect(run(iso3166, variant('iso3166: [GB-WLS]', 'iso3166: [gb-wls]'))).toEqual([
      `${F}:9:13 error iso-3166: "gb-wls": write ISO codes in upper case, "GB-WLS" (fixable with --fix)`,
    ]);
  });
});
