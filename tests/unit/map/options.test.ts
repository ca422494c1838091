import { describe, expect, it } from 'vitest';
import { countryName, filterOptions, subdivisionName } from '../../../src/lib/map/options.ts';
import { filterServers } from '../../../src/lib/map/filter.ts';
import { mapServer } from './helpers.ts';
import { translator } from '../../../src/locales/index.ts';

const t = translator('en');

const servers = [
  mapServer('eus.example', { languages: ['eu'], focus: ['language', 'place'], area: { label: 'Euskal Herria', scale: 'region', iso3166: ['ES-PV', 'ES-NA', 'FR-64'], lat: 43, lon: -2.5 } }),
  mapServer('scot.example', { area: { label: 'Scotland', scale: 'nation', iso3166: ['GB-SCT'], lat: 56.7, lon: -3.7 } }),
  mapServer('toot.example', { languages: ['cy', 'en'], focus: ['place', 'language'], blocklist: { status: 'partial' } }),
  mapServer('br.example', { languages: ['pt-BR', 'pt'], area: { label: 'Everywhere', scale: 'language' }, software: 'akkoma' }),
];

describe('filterOptions', () => {
  const options = filterOptions(servers, t);

  it('offers each language some server lists, by name, with how many servers the choice keeps', () => {
    expect(options.languages.map((o) => [o.value, o.label, o.count])).toEqual([
      ['eu', 'Basque (eu)', 1],
      ['pt-BR', 'Brazilian Portuguese (pt-BR)', 1],
      ['en', 'English (en)', 2],
      ['pt', 'Portuguese (pt)', 1],
      ['cy', 'Welsh (cy)', 1],
    ]);
  });

  it('offers each country some code is in, with the subdivisions servers name under it', () => {
    expect(options.areas.map((c) => [c.value, c.label, c.count, c.regions.map((r) => [r.value, r.label, r.count])])).toEqual([
      ['FR', 'France', 1, [['FR-64', 'Pyrénées-Atlantiques', 1]]],
      ['ES', 'Spain', 1, [['ES-NA', 'Navarra', 1], ['ES-PV', 'País Vasco', 1]]],
      ['GB', 'United Kingdom', 2, [['GB-SCT', 'Scotland', 1], ['GB-WLS', 'Wales', 1]]],
    ]);
  });

  it('every count is what the filter keeps', () => {
    for (const o of options.languages) expect(filterServers(servers, { lang: o.value }).length).toBe(o.count);
    for (const c of options.areas) {
      expect(filterServers(servers, { area: c.value }).length).toBe(c.count);
      for (const r of c.regions) expect(filterServers(servers, { area: r.value }).length).toBe(r.count);
    }
  });

  it('focus, software and status come in the schema\'s order, only those some server has', () => {
    expect(options.focus.map((o) => [o.value, o.count])).toEqual([['place', 4], ['language', 2]]);
    expect(options.software.map((o) => [o.value, o.label, o.count])).toEqual([['mastodon', 'Mastodon', 3], ['akkoma', 'Akkoma', 1]]);
    expect(options.status.map((o) => [o.value, o.label, o.count])).toEqual([['partial', 'Partial', 1], ['unknown', 'Unknown', 3]]);
  });

  it('in Welsh: language and country names, focus and status words are Welsh', () => {
    const cy = filterOptions(servers, translator('cy'), 'cy');
    expect(cy.languages.find((o) => o.value === 'cy')?.label).toBe('Cymraeg (cy)');
    expect(cy.areas.find((o) => o.value === 'GB')?.label).toBe('Y Deyrnas Unedig');
    expect(cy.focus.map((o) => o.label)).toEqual(['Lle', 'Iaith']);
    expect(cy.status.map((o) => o.label)).toEqual(['Rhannol', 'Anhysbys']);
  });

  it('no servers, no choices', () => {
    expect(filterOptions([], t)).toEqual({ languages: [], areas: [], focus: [], software: [], status: [], size: [], sizeKnown: { known: 0, total: 0 } });
  });

  it('size: each threshold some server reaches, with how many it keeps, then how many have no known size; in English and Welsh', () => {
    const users = (total: number) => ({ users: { total, counted: '2026-01-02', evidence: { url: 'https://directory.example/n', retrieved: '2026-01-02' } } });
    const sized = [...servers, mapServer('big.example', users(12_000)), mapServer('small.example', users(1500)), mapServer('tiny.example', users(40))];
    const en = filterOptions(sized, t);
    expect(en.size.map((o) => [o.value, o.label, o.count])).toEqual([
      ['1000', '1,000+ accounts', 2],
      ['10000', '10,000+ accounts', 1],
      ['unknown', 'Size unknown', servers.length],
    ]);
    expect(en.sizeKnown).toEqual({ known: 3, total: servers.length + 3 });
    expect(filterOptions(sized, translator('cy'), 'cy').size.map((o) => o.label)).toEqual(['1,000+ o gyfrifon', '10,000+ o gyfrifon', 'Maint anhysbys']);
  });

  it('size: a threshold that keeps the same servers as the next is not offered; nor "size unknown" when every size is known', () => {
    const users = (total: number) => ({ users: { total, counted: '2026-01-02', evidence: { url: 'https://directory.example/n', retrieved: '2026-01-02' } } });
    const big = [mapServer('a.example', users(61_000)), mapServer('b.example', users(300_000))];
    expect(filterOptions(big, t).size.map((o) => [o.value, o.count])).toEqual([
      ['10000', 2],
      ['100000', 1],
    ]);
  });
});

describe('names', () => {
  it('names countries and subdivisions, and says nothing for codes it does not know', () => {
    expect(countryName('gb')).toBe('United Kingdom');
    expect(subdivisionName('gb-wls')).toBe('Wales');
    expect(subdivisionName('GB-XXX')).toBeUndefined();
    expect(countryName('ZZ')).toBeUndefined();
  });
});
