/** Servers by language and by region. */
import { describe, expect, it } from 'vitest';
import type { Server } from '../../../src/lib/schema/server.ts';
import { languageGroupLabel, languageGroups, regionGroupLabel, regionGroups, unplacedServers } from '../../../src/lib/views/groups.ts';
import { loadFixtures } from '../reach/helpers.ts';

const fixtures = [...loadFixtures().values()];
const base = fixtures[0]!;
const make = (domain: string, languages: string[], iso?: string[]): Server => {
  const s: Server = { ...base, domain, languages, blocks: [] };
  if (iso) s.area = { label: domain, scale: 'region', iso3166: iso };
  else delete s.area;
  return s;
};
const servers = [make('b.example', ['pt-BR', 'en'], ['BR']), make('a.example', ['pt'], ['PT']), make('c.example', ['cy', 'en'], ['GB-WLS']), make('d.example', ['eu'], ['ES-PV', 'FR-64']), make('e.example', ['eo'])];

describe('languageGroups', () => {
  it('every tag, by name; a tag holds its more specific tags; primaries counted', () => {
    const groups = languageGroups(servers);
    expect(groups.map((g) => g.tag)).toEqual(['eu', 'pt-BR', 'en', 'eo', 'pt', 'cy']);
    const pt = groups.find((g) => g.tag === 'pt')!;
    expect(pt.servers.map((s) => s.domain)).toEqual(['a.example', 'b.example']);
    expect(pt.primary).toBe(2);
    const en = groups.find((g) => g.tag === 'en')!;
    expect([en.servers.length, en.primary]).toEqual([2, 0]);
    expect(languageGroupLabel(groups.find((g) => g.tag === 'cy')!)).toBe('Welsh (cy)');
  });
});

describe('regionGroups', () => {
  it('countries by name, each followed by its subdivisions; a country holds its regions\' servers', () => {
    const groups = regionGroups(servers);
    expect(groups.map((g) => g.code)).toEqual(['BR', 'FR', 'FR-64', 'PT', 'ES', 'ES-PV', 'GB', 'GB-WLS']);
    const gb = groups.find((g) => g.code === 'GB')!;
    expect([gb.kind, gb.servers.map((s) => s.domain)]).toEqual(['country', ['c.example']]);
    const wales = groups.find((g) => g.code === 'GB-WLS')!;
    expect([wales.kind, wales.country, wales.name]).toEqual(['subdivision', 'GB', 'Wales']);
    expect(regionGroupLabel(wales)).toBe('Wales (GB-WLS)');
  });
  it('servers with no code are listed apart', () => {
    expect(unplacedServers(servers).map((s) => s.domain)).toEqual(['e.example']);
  });
});
