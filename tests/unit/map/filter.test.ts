import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaMatches, countryOf, filterServers, foldText, hasFilters, languageMatches, matchesFilters, sizeMatches, type Filters } from '../../../src/lib/map/filter.ts';
import { mapServer } from './helpers.ts';

const wales = mapServer('toot.example', { name: 'Tŵt Cymru', languages: ['cy', 'en'], focus: ['place', 'language'], area: { label: 'Wales', scale: 'nation', iso3166: ['GB-WLS'], lat: 52.28, lon: -3.49 }, blocklist: { status: 'partial' } });
const scot = mapServer('scot.example', { languages: ['en'], area: { label: 'Scotland', scale: 'nation', iso3166: ['GB-SCT'], lat: 56.7, lon: -3.7 } });
const basque = mapServer('eus.example', { languages: ['eu'], focus: ['language', 'place'], area: { label: 'Euskal Herria', scale: 'region', iso3166: ['ES-PV', 'ES-NA', 'FR-64'], lat: 43.07, lon: -2.56 }, software: 'akkoma' });
const brazil = mapServer('br.example', { languages: ['pt-BR'], area: { label: 'Everywhere', scale: 'language' } });
const all = [basque, brazil, scot, wales];
const domains = (filters: Filters) => filterServers(all, filters).map((s) => s.domain);

describe('matchesFilters', () => {
  it('no filter keeps every server, in order', () => {
    expect(domains({})).toEqual(all.map((s) => s.domain));
  });

  it('language: cy keeps the Welsh server and drops the others', () => {
    expect(domains({ lang: 'cy' })).toEqual(['toot.example']);
  });

  it('language: a primary tag keeps its regional variants (pt keeps pt-BR), but not the other way round', () => {
    expect(domains({ lang: 'pt' })).toEqual(['br.example']);
    expect(domains({ lang: 'pt-PT' })).toEqual([]);
    expect(languageMatches('pt-BR', 'pt-br')).toBe(true);
    expect(languageMatches('ptx', 'pt')).toBe(false);
  });

  it('country: the first two letters of any ISO code (GB keeps Wales and Scotland; FR keeps the Basque Country)', () => {
    expect(domains({ area: 'GB' })).toEqual(['scot.example', 'toot.example']);
    expect(domains({ area: 'FR' })).toEqual(['eus.example']);
    expect(domains({ area: 'es' })).toEqual(['eus.example']);
  });

  it('region: an ISO 3166-2 code keeps exactly the servers naming it', () => {
    expect(domains({ area: 'GB-WLS' })).toEqual(['toot.example']);
    expect(areaMatches('GB-WLS', 'GB-SCT')).toBe(false);
    expect(countryOf('gb-wls')).toBe('GB');
  });

  it('focus, software and list status', () => {
    expect(domains({ focus: 'language' })).toEqual(['eus.example', 'toot.example']);
    expect(domains({ software: 'akkoma' })).toEqual(['eus.example']);
    expect(domains({ status: 'partial' })).toEqual(['toot.example']);
  });

  it('size: at least so many accounts keeps only servers whose count reaches it; "unknown" keeps those with no count, never a counted one', () => {
    const users = (total: number) => ({ users: { total, counted: '2026-01-02', evidence: { url: 'https://directory.example/n', retrieved: '2026-01-02' } } });
    const small = mapServer('small.example', users(999));
    const thousand = mapServer('thousand.example', users(1000));
    const big = mapServer('big.example', users(250_000));
    const counted = [basque, big, small, thousand, wales];
    const sized = (f: Filters) => filterServers(counted, f).map((s) => s.domain);
    expect(sized({ size: '1000' })).toEqual(['big.example', 'thousand.example']);
    expect(sized({ size: '10000' })).toEqual(['big.example']);
    expect(sized({ size: '100000' })).toEqual(['big.example']);
    expect(sized({ size: 'unknown' })).toEqual(['eus.example', 'toot.example']);
    // Every server is either of unknown size or has a count, and a count below the first threshold is in no size.
    expect(counted.filter((s) => sizeMatches(s.users, 'unknown') === (s.users !== undefined))).toEqual([]);
    expect(sizeMatches(0, 'unknown')).toBe(false);
    expect(hasFilters({ size: 'unknown' })).toBe(true);
    expect(sized({ size: '1000', area: 'GB' })).toEqual(['big.example', 'thousand.example']);
  });

  it('search: names and domains, ignoring case and accents', () => {
    expect(domains({ q: 'twt' })).toEqual(['toot.example']);
    expect(domains({ q: 'TŴT' })).toEqual(['toot.example']);
    expect(domains({ q: 'scot.ex' })).toEqual(['scot.example']);
    expect(domains({ q: '   ' })).toEqual(all.map((s) => s.domain));
    expect(domains({ q: 'nothing like it' })).toEqual([]);
  });

  it('filters combine with "and"', () => {
    expect(domains({ area: 'GB', lang: 'cy' })).toEqual(['toot.example']);
    expect(domains({ area: 'GB', software: 'akkoma' })).toEqual([]);
  });

  it('property: adding a filter never shows more servers', () => {
    const filterArb = fc.record(
      {
        lang: fc.constantFrom('cy', 'en', 'eu', 'pt'),
        area: fc.constantFrom('GB', 'GB-WLS', 'ES', 'FR-64'),
        focus: fc.constantFrom('place' as const, 'language' as const),
        software: fc.constantFrom('mastodon' as const, 'akkoma' as const),
        status: fc.constantFrom('unknown' as const, 'partial' as const),
        q: fc.string({ maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArb, filterArb, (a, b) => {
        const both = filterServers(all, { ...a, ...b });
        for (const s of both) expect(matchesFilters(s, b)).toBe(true);
        expect(both.length).toBeLessThanOrEqual(filterServers(all, b).length);
      }),
    );
  });
});

describe('foldText and hasFilters', () => {
  it('folds accents and case', () => {
    expect(foldText('  Tŵt Cymru ')).toBe('twt cymru');
    expect(foldText('Euskal Herría')).toBe('euskal herria');
  });

  it('hasFilters ignores empty search text', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: '  ' })).toBe(false);
    expect(hasFilters({ lang: 'cy' })).toBe(true);
  });
});
