/**
 * The servers grouped by language and by region, for the /languages/ and /regions/ pages: every BCP 47 tag
 * some server lists, every country (ISO 3166-1 alpha-2) some area code is in, and every subdivision code
 * (ISO 3166-2) some server names. Membership follows the map's filters, so a page and the map's filter agree:
 * `pt` holds `pt-BR` servers; a country holds every server with a code in it.
 */
import { languageName } from '../labels.ts';
import { areaMatches, countryOf, languageMatches } from '../map/filter.ts';
import { countryName, subdivisionName } from '../map/options.ts';
import { compareText } from '../order.ts';
import type { Server } from '../schema/server.ts';

/** One language and its servers. */
export interface LanguageGroup {
  /** The tag as servers write it. */
  tag: string;
  /** Its English name, when Intl knows one. */
  name?: string;
  /** The servers listing it (or a more specific tag of it), by domain. */
  servers: Server[];
  /** How many of them list it (or a more specific tag of it) first, as their primary language. */
  primary: number;
}

/** One region and its servers. */
export interface RegionGroup {
  /** The ISO code: `GB` for a country, `GB-WLS` for a subdivision. */
  code: string;
  /** `country` (alpha-2) or `subdivision` (ISO 3166-2). */
  kind: 'country' | 'subdivision';
  /** Its English name, when known. */
  name?: string;
  /** For a subdivision, its country's code. */
  country?: string;
  /** The servers whose area is in it, by domain. */
  servers: Server[];
}

/** Every tag some server lists, sorted by name (then tag), each with its servers. */
export function languageGroups(servers: readonly Server[]): LanguageGroup[] {
  const tags = [...new Set(servers.flatMap((s) => s.languages))];
  return tags
    .map((tag): LanguageGroup => {
      const members = servers.filter((s) => s.languages.some((t) => languageMatches(t, tag)));
      const group: LanguageGroup = { tag, servers: sortByDomain(members), primary: members.filter((s) => languageMatches(s.languages[0]!, tag)).length };
      const name = languageName(tag);
      if (name !== undefined) group.name = name;
      return group;
    })
    .sort((a, b) => compareText(a.name ?? a.tag, b.name ?? b.tag) || compareText(a.tag, b.tag));
}

/**
 * Every country some server's area code is in, and every subdivision some server names, each with its servers:
 * countries sorted by name, each followed by its subdivisions sorted by name.
 */
export function regionGroups(servers: readonly Server[]): RegionGroup[] {
  const codes = servers.flatMap((s) => s.area?.iso3166 ?? []).map((c) => c.toUpperCase());
  const countries = [...new Set(codes.map(countryOf))];
  const subdivisions = [...new Set(codes.filter((c) => c.length > 2))];
  const group = (code: string, kind: RegionGroup['kind']): RegionGroup => {
    const g: RegionGroup = { code, kind, servers: sortByDomain(servers.filter((s) => (s.area?.iso3166 ?? []).some((c) => areaMatches(c, code)))) };
    const name = kind === 'country' ? countryName(code) : subdivisionName(code);
    if (name !== undefined) g.name = name;
    if (kind === 'subdivision') g.country = countryOf(code);
    return g;
  };
  const byName = (a: RegionGroup, b: RegionGroup) => compareText(a.name ?? a.code, b.name ?? b.code) || compareText(a.code, b.code);
  return countries
    .map((c) => group(c, 'country'))
    .sort(byName)
    .flatMap((country) => [country, ...subdivisions.filter((s) => countryOf(s) === country.code).map((s) => group(s, 'subdivision')).sort(byName)]);
}

/** The servers named by no ISO code (placeless language communities, general servers without an area). */
export function unplacedServers(servers: readonly Server[]): Server[] {
  return sortByDomain(servers.filter((s) => (s.area?.iso3166 ?? []).length === 0));
}

/** "Welsh (cy)", or the tag alone. */
export function languageGroupLabel(group: Pick<LanguageGroup, 'tag' | 'name'>): string {
  return group.name ? `${group.name} (${group.tag})` : group.tag;
}

/** "Wales (GB-WLS)", or the code alone. */
export function regionGroupLabel(group: Pick<RegionGroup, 'code' | 'name'>): string {
  return group.name ? `${group.name} (${group.code})` : group.code;
}

function sortByDomain(servers: readonly Server[]): Server[] {
  return [...servers].sort((a, b) => compareText(a.domain, b.domain));
}
