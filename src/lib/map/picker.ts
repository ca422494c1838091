/**
 * The domains offered by the map's "reach of a domain" picker, in the order offered. The page renders only the
 * first few (`PICKER_FIRST`); every other one is in a small language-free file (`/data/picker.json`, a
 * `PickerList`) that the map's script fetches the first time someone uses the picker, so thousands of options do
 * not weigh on every visit.
 */
import type { Translate } from '../i18n/translate.ts';
import type { ActedOn } from '../reach/index.ts';

/** Domains offered first when some curated server acts on them: the questions readers come with. */
export const FEATURED_DOMAINS: readonly string[] = ['threads.net'];

/** How many domains the page itself offers (the featured ones and then the most acted on). */
export const PICKER_FIRST = 100;

/** What an option needs: a domain and how many servers suspend and limit it. */
export type PickerDomain = Pick<ActedOn, 'domain' | 'suspends' | 'limits'>;

/** One domain in the picker's file, compact: `[domain, suspends, limits]`. */
export type PickerEntry = [domain: string, suspends: number, limits: number];

/** The picker's file (`/data/picker.json`): every domain it offers, in the order offered. */
export interface PickerList {
  domains: PickerEntry[];
}

/**
 * The picker's domains: the featured ones some server acts on (in `featured` order), then the rest as the reach
 * model orders them (most acted on first, then by domain).
 */
export function pickerDomains(actedOn: readonly ActedOn[], featured: readonly string[] = FEATURED_DOMAINS): ActedOn[] {
  const first = featured.flatMap((domain) => actedOn.filter((a) => a.domain === domain));
  return [...first, ...actedOn.filter((a) => !featured.includes(a.domain))];
}

/**
 * The picker's domains split into those the page renders (the first `first`) and the count of the others (in the
 * file only).
 */
export function pickerSplit<T>(domains: readonly T[], first: number = PICKER_FIRST): { shown: T[]; more: number } {
  const shown = domains.slice(0, Math.max(0, first));
  return { shown, more: domains.length - shown.length };
}

/** The picker's file for these domains (already in picker order). */
export function pickerList(domains: readonly PickerDomain[]): PickerList {
  return { domains: domains.map((a): PickerEntry => [a.domain, a.suspends, a.limits]) };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Reads the picker's file (parsed JSON) back into domains, in order. Throws a TypeError naming the first entry
 * that is not `[domain, suspends, limits]`, so a broken file fails loudly rather than offering wrong choices.
 */
export function parsePickerList(value: unknown): PickerDomain[] {
  const list = (value as Partial<PickerList> | null)?.domains;
  if (!Array.isArray(list)) throw new TypeError('picker list: expected "domains" to be a list');
  return list.map((entry: unknown, i): PickerDomain => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || entry[0] === '' || !isCount(entry[1]) || !isCount(entry[2])) {
      throw new TypeError(`picker list: entry ${i} is not [domain, suspends, limits]`);
    }
    return { domain: entry[0], suspends: entry[1], limits: entry[2] };
  });
}

/**
 * The option's words in the interface language of `t`: "threads.net (suspended by 1, limited by 2)",
 * "example.com (no decision in force)".
 */
export function pickerLabel(a: PickerDomain, t: Translate): string {
  const parts = [a.suspends > 0 ? t('map.picker.suspended-by', { count: a.suspends }) : '', a.limits > 0 ? t('map.picker.limited-by', { count: a.limits }) : '']
    .filter(Boolean)
    .join(', ');
  return t('map.picker.option', { domain: a.domain, parts: parts || t('map.picker.no-decision') });
}
