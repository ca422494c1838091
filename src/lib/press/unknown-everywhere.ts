/**
 * The communities that are unknown towards every domain they have no decision on, because of their list status
 * alone (the reach model's reasons `list-unknown` and `list-partial`, src/lib/reach/reach.ts `absenceMeans`).
 * A domain page does not list them row by row (they are the same on every page): it counts them and links to
 * one page that lists them, and its download fetches them from one language-free file
 * (`/data/unknown-everywhere.json`), turned into the page's export rows here.
 *
 * Imports types only, so the browser's download bundle stays small.
 */
import type { AbsenceSummary } from '../reach/absence-answer.ts';
import type { ReachReason } from '../reach/state.ts';
import type { CsvValue } from './csv.ts';

/** The reasons that make a community unknown towards any domain it has no decision on, whatever the domain. */
export const UNKNOWN_EVERYWHERE_REASONS = ['list-unknown', 'list-partial'] as const;

/** One of {@link UNKNOWN_EVERYWHERE_REASONS}. */
export type UnknownEverywhereReason = (typeof UNKNOWN_EVERYWHERE_REASONS)[number];

/** True when `reason` is the same for every domain the community has no decision on (its list status's). */
export function isUnknownEverywhere(reason: ReachReason | string): reason is UnknownEverywhereReason {
  return (UNKNOWN_EVERYWHERE_REASONS as readonly string[]).includes(reason);
}

/** One entry of `/data/unknown-everywhere.json`. */
export interface UnknownEverywhereEntry {
  /** The community's domain. */
  community: string;
  /** Its name, as curated. */
  name: string;
  /** Why it is unknown towards a domain it has no decision on. */
  reason: UnknownEverywhereReason;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The communities whose silence is unknown for a domain-independent reason, from the reach model's answer for a
 * domain nobody acts on (`absenceSummary`), with their names, sorted by domain (code-point order).
 */
export function unknownEverywhere(absence: Pick<AbsenceSummary, 'communities'>, nameOf: (community: string) => string | undefined): UnknownEverywhereEntry[] {
  const out: UnknownEverywhereEntry[] = [];
  for (const e of absence.communities) {
    if (e.state !== 'unknown' || !isUnknownEverywhere(e.reason)) continue;
    out.push({ community: e.community, name: nameOf(e.community) ?? e.community, reason: e.reason });
  }
  return out.sort((a, b) => byCodePoint(a.community, b.community));
}

/**
 * Reads the fetched file (untrusted: it may be stale, cut short or not ours): an array of entries with a
 * non-empty string `community`, a string `name` and a reason of {@link UNKNOWN_EVERYWHERE_REASONS}. Throws an
 * Error naming the first bad place, so a download never silently lacks rows.
 */
export function parseUnknownEverywhere(json: unknown): UnknownEverywhereEntry[] {
  if (!Array.isArray(json)) throw new Error('unknown-everywhere: expected an array');
  return json.map((item: unknown, i): UnknownEverywhereEntry => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`unknown-everywhere[${i}]: expected an object`);
    const { community, name, reason } = item as Record<string, unknown>;
    if (typeof community !== 'string' || community === '') throw new Error(`unknown-everywhere[${i}].community: expected a domain`);
    if (typeof name !== 'string') throw new Error(`unknown-everywhere[${i}].name: expected text`);
    if (typeof reason !== 'string' || !isUnknownEverywhere(reason)) throw new Error(`unknown-everywhere[${i}].reason: expected one of ${UNKNOWN_EVERYWHERE_REASONS.join(', ')}`);
    return { community, name, reason };
  });
}

/** What a domain page tells its download about the communities it summarises. */
export interface SummaryContext {
  /** Communities not to add: those with a row on the page, and the domain's own server (no state towards itself). */
  exclude: ReadonlySet<string>;
  /** Each reason in the page's language (`reasonText`), for the `why` column. */
  why: Readonly<Partial<Record<UnknownEverywhereReason, string>>>;
  /** When the domain is a curated server: what it does back to each community, for the `back` column. */
  back?: BackStates;
}

/**
 * What a curated domain does back to the communities a page summarises, compactly: the usual state, and the
 * communities for which it is another (or none). Most communities get the same answer (the domain's own list
 * status decides it), so a page carries only the exceptions.
 */
export interface BackStates {
  /** The state most of them get. */
  usual?: string;
  /** The communities whose state is not `usual`, with theirs ("" for none). */
  except: Readonly<Record<string, string>>;
}

/** {@link BackStates} of `[community, state]` pairs: the most frequent state (first seen on a tie), and the rest. */
export function compactBack(pairs: readonly (readonly [string, string | undefined])[]): BackStates {
  const tally = new Map<string, number>();
  for (const [, state] of pairs) if (state !== undefined) tally.set(state, (tally.get(state) ?? 0) + 1);
  let usual: string | undefined;
  for (const [state, n] of tally) if (usual === undefined || n > tally.get(usual)!) usual = state;
  const except: Record<string, string> = {};
  for (const [community, state] of pairs) if (state !== usual) except[community] = state ?? '';
  return usual === undefined ? { except } : { usual, except };
}

/** The state `back` gives `community`, if any. */
export function backOf(back: BackStates | undefined, community: string): string | undefined {
  if (back === undefined) return undefined;
  const state = Object.hasOwn(back.except, community) ? back.except[community] : back.usual;
  return state === '' ? undefined : state;
}

/**
 * The export rows of the summarised communities: one per entry not excluded, in the file's order, shaped like
 * `reachExportRow`'s (state `unknown`, the reason in words, what the domain does back when it is curated).
 */
export function summaryExportRows(entries: readonly UnknownEverywhereEntry[], context: SummaryContext): Record<string, CsvValue>[] {
  const seen = new Set<string>();
  const rows: Record<string, CsvValue>[] = [];
  for (const e of entries) {
    if (context.exclude.has(e.community) || seen.has(e.community)) continue;
    seen.add(e.community);
    rows.push({ community: e.community, name: e.name, state: 'unknown', why: context.why[e.reason] ?? e.reason, back: backOf(context.back, e.community) });
  }
  return rows;
}

/**
 * Reads a JSON data attribute holding an object of strings (the reason words, the exceptions of the back states);
 * anything else gives an empty object.
 */
export function stringRecord(text: string | undefined): Record<string, string> {
  if (text === undefined || text === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((kv): kv is [string, string] => typeof kv[1] === 'string'));
  } catch {
    return {};
  }
}
