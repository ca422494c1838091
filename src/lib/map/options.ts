/**
 * The choices each filter offers, derived from the servers at build time: only values some server has,
 * each with a label in words and how many servers have it. Build-time only (it reads the ISO 3166-2
 * names, which the browser does not need).
 */
import { iso31661, iso31662 } from 'iso-3166';
import { compareText } from '../order.ts';
import { FOCUSES, LIST_STATUSES, SOFTWARE } from '../schema/server.ts';
import { focusWords, languageLabel, listStatusWords, softwareName } from '../labels.ts';
import type { Translate } from '../i18n/translate.ts';
import { countryOf, languageMatches, SIZE_CHOICES, sizeMatches } from './filter.ts';
import { formatNumber } from '../i18n/format.ts';
import type { MapServer } from './map-data.ts';

/** One choice of a filter. */
export interface FilterOption {
  /** The value, as written in the URL. */
  value: string;
  /** The choice in words. */
  label: string;
  /** How many servers it keeps. */
  count: number;
}

/** A country and the subdivisions under it that some server names. */
export interface AreaOption extends FilterOption {
  /** Subdivisions (ISO 3166-2) of this country that some server names, sorted by label. */
  regions: FilterOption[];
}

/** Every filter's choices. */
export interface FilterOptions {
  languages: FilterOption[];
  areas: AreaOption[];
  focus: FilterOption[];
  software: FilterOption[];
  status: FilterOption[];
  /** Sizes some server is at least, then "size unknown" when some server has no count. */
  size: FilterOption[];
  /** How many servers have a known size, of how many. */
  sizeKnown: { known: number; total: number };
}

let subdivisionNames: Map<string, string> | undefined;

/** The name of an ISO 3166-2 subdivision ("GB-WLS" → "Wales"), or undefined. */
export function subdivisionName(code: string): string | undefined {
  subdivisionNames ??= new Map(iso31662.map((entry) => [entry.code, entry.name]));
  return subdivisionNames.get(code.toUpperCase());
}

const regionNames = new Map<string, Intl.DisplayNames>();
let countries: Map<string, string> | undefined;

/**
 * The name of an assigned ISO 3166-1 alpha-2 country in an interface language ("GB" → "United Kingdom", the short
 * name readers know, from Intl; "Y Deyrnas Unedig" in Welsh; the ISO name when Intl has none), or undefined for a
 * code that is not assigned.
 */
export function countryName(code: string, locale: string = 'en'): string | undefined {
  countries ??= new Map(iso31661.map((entry) => [entry.alpha2, entry.name]));
  const upper = code.toUpperCase();
  const iso = countries.get(upper);
  if (iso === undefined) return undefined;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(upper) ?? iso;
  } catch {
    return iso;
  }
}

const byLabel = (a: FilterOption, b: FilterOption) => compareText(a.label, b.label) || compareText(a.value, b.value);

function tally(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Each value a server has counted once for that server. */
function perServer(servers: readonly MapServer[], pick: (s: MapServer) => readonly string[]): Map<string, number> {
  return tally(servers.flatMap((s) => [...new Set(pick(s))]));
}

/**
 * The size filter's choices: each threshold that keeps some server and not just the servers the next one keeps
 * (the sets are nested, so equal counts mean the same servers: with every count in the hundred thousands, "1,000+"
 * would only repeat "10,000+"), then "size unknown" when some server has no count.
 */
function sizeOptions(servers: readonly MapServer[], t: Translate, locale: string): FilterOption[] {
  const all = SIZE_CHOICES.map((v) => ({
    value: v,
    label: v === 'unknown' ? t('map.filters.size-unknown') : t('map.filters.size-at-least', { n: formatNumber(locale, Number(v)) }),
    count: servers.filter((s) => sizeMatches(s.users, v)).length,
  }));
  const thresholds = all.filter((o) => o.value !== 'unknown');
  return all.filter((o, i) => o.count > 0 && (o.value === 'unknown' || thresholds[i + 1] === undefined || thresholds[i + 1]!.count !== o.count));
}

/**
 * The choices of every filter. Languages: every tag some server lists, by name (a tag counts the servers
 * the filter would keep, so `pt` also counts `pt-BR` when both are listed). Areas: every country some code
 * is in, by name, each with the subdivisions some server names. Focus, software and status: in the schema's
 * order, those some server has. Size: the thresholds that tell servers apart, then the servers of unknown size. Labels are in the interface language of `t` and `locale` (subdivision names stay
 * as ISO 3166-2 gives them).
 */
export function filterOptions(servers: readonly MapServer[], t: Translate, locale: string = 'en'): FilterOptions {
  const tags = [...new Set(servers.flatMap((s) => s.languages))];
  const languages = tags
    .map((tag) => ({
      value: tag,
      label: languageLabel(tag, locale, t),
      count: servers.filter((s) => s.languages.some((t) => languageMatches(t, tag))).length,
    }))
    .sort(byLabel);

  const countries = perServer(servers, (s) => s.iso.map(countryOf));
  const subdivisions = perServer(servers, (s) => s.iso.filter((code) => code.length > 2).map((code) => code.toUpperCase()));
  const areas: AreaOption[] = [...countries]
    .map(([code, count]) => ({
      value: code,
      label: countryName(code, locale) ?? code,
      count,
      regions: [...subdivisions]
        .filter(([sub]) => countryOf(sub) === code)
        .map(([sub, n]) => ({ value: sub, label: subdivisionName(sub) ?? sub, count: n }))
        .sort(byLabel),
    }))
    .sort(byLabel);

  const focusCounts = perServer(servers, (s) => s.focus);
  const softwareCounts = tally(servers.map((s) => s.software));
  const statusCounts = tally(servers.map((s) => s.status));
  const ordered = <T extends string>(all: readonly T[], counts: Map<string, number>, label: (v: T) => string) =>
    all.filter((v) => counts.has(v)).map((v) => ({ value: v, label: label(v), count: counts.get(v)! }));

  return {
    languages,
    areas,
    focus: ordered(FOCUSES, focusCounts, (v) => focusWords(t)[v]),
    software: ordered(SOFTWARE, softwareCounts, (v) => softwareName(v, t)),
    status: ordered(LIST_STATUSES, statusCounts, (v) => listStatusWords(t)[v].label),
    size: sizeOptions(servers, t, locale),
    sizeKnown: { known: servers.filter((s) => s.users !== undefined).length, total: servers.length },
  };
}
