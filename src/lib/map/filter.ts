/**
 * The map's filters: which servers a view shows. The map, the tray of placeless servers and the list all
 * ask this one function, so they always agree.
 */
import type { Focus, ListStatus, Software } from '../labels.ts';
import type { MapServer } from './map-data.ts';

/**
 * The size filter's choices, as the URL writes them: at least that many accounts (a user count a public source
 * gives, `users.total`), or `unknown`: no source gives one. The thresholds split the curated servers that have a
 * count (from about a thousand accounts to nearly a million); most curated servers have none, so "unknown" is a
 * choice of its own, never folded into a size.
 */
export const SIZE_CHOICES = ['1000', '10000', '100000', 'unknown'] as const;

/** One of `SIZE_CHOICES`. */
export type SizeChoice = (typeof SIZE_CHOICES)[number];

/** True when a server with `users` accounts (undefined: not known) passes the size choice. */
export function sizeMatches(users: number | undefined, size: SizeChoice): boolean {
  if (size === 'unknown') return users === undefined;
  return users !== undefined && users >= Number(size);
}

/** The filters of a view. An absent field does not filter. */
export interface Filters {
  /** A BCP 47 tag: keeps servers with that language, or a more specific tag of it (`pt` keeps `pt-BR`). */
  lang?: string;
  /**
   * An ISO 3166 code: a country (`GB`, two letters) keeps every server with a code in that country (`GB`,
   * `GB-WLS`, …: the first two letters); a subdivision (`GB-WLS`) keeps servers with exactly that code.
   */
  area?: string;
  /** Keeps servers with this among their focuses. */
  focus?: Focus;
  /** Keeps servers running this software. */
  software?: Software;
  /** Keeps servers whose block list has this status. */
  status?: ListStatus;
  /** Keeps servers of at least that many accounts, or (`unknown`) those whose size no source gives. */
  size?: SizeChoice;
  /** Text searched for in names and domains, ignoring case and accents (`twt` finds "Tŵt"). */
  q?: string;
}

/** The country of an ISO 3166 code: its first two letters (`GB-WLS` → `GB`). */
export function countryOf(code: string): string {
  return code.slice(0, 2).toUpperCase();
}

/** Text folded for searching: decomposed, without combining marks, lower case, trimmed. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** True when the language tag is `wanted` or a more specific tag of it, ignoring case. */
export function languageMatches(tag: string, wanted: string): boolean {
  const t = tag.toLowerCase();
  const w = wanted.toLowerCase();
  return t === w || t.startsWith(`${w}-`);
}

/** True when an area code is in the wanted country or is the wanted subdivision. */
export function areaMatches(code: string, wanted: string): boolean {
  const w = wanted.toUpperCase();
  return w.length === 2 ? countryOf(code) === w : code.toUpperCase() === w;
}

/** True when the server passes every filter. */
export function matchesFilters(server: MapServer, filters: Filters): boolean {
  const { lang, area, focus, software, status, size, q } = filters;
  if (lang && !server.languages.some((tag) => languageMatches(tag, lang))) return false;
  if (area && !server.iso.some((code) => areaMatches(code, area))) return false;
  if (focus && !server.focus.includes(focus)) return false;
  if (software && server.software !== software) return false;
  if (status && server.status !== status) return false;
  if (size && !sizeMatches(server.users, size)) return false;
  if (q) {
    const needle = foldText(q);
    if (needle !== '' && !foldText(server.name).includes(needle) && !foldText(server.domain).includes(needle)) return false;
  }
  return true;
}

/** The servers that pass the filters, in their given order. */
export function filterServers<T extends MapServer>(servers: readonly T[], filters: Filters): T[] {
  return servers.filter((s) => matchesFilters(s, filters));
}

/** True when at least one filter is set. */
export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.lang || filters.area || filters.focus || filters.software || filters.status || filters.size || (filters.q && filters.q.trim()));
}
