/**
 * The replayed day in the page's address (`?date=YYYY-MM-DD`, the view state's key, shared by the map, the domain
 * page, the graph, the matrix and the embeds): read it, and write it back without adding a history entry. The
 * atlas's own day is "now" and leaves the key out. Also the domain the view is about (`?domain=`: the map's
 * picked domain, the full graph's focused node) and the period answers are restricted to (`?confirmed=`).
 */
import { clampDay } from '../lib/map/replay.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../lib/view-state.ts';

/** The day the address asks for, kept within `from`..`today`; `today` when it asks for none (or one it cannot read). */
export function dateFromUrl(from: string, today: string): string {
  const asked = decodeViewState(location.search).date;
  return clampDay(asked ?? today, from, today);
}

/** Writes a changed view state into the address without adding a history entry, keeping the fragment. */
function writeState(change: (state: ViewState) => void): void {
  const state = decodeViewState(location.search);
  change(state);
  const query = encodeViewState(state);
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

/** Sets one key of the view state in the address (undefined: the key is removed), keeping every other key and the fragment. */
function writeKey<K extends keyof ViewState>(key: K, value: ViewState[K] | undefined): void {
  writeState((state) => {
    if (value === undefined) delete state[key];
    else state[key] = value;
  });
}

/** Writes `day` into the address (`today`: the key is removed), keeping every other key and the fragment. */
export function writeDateToUrl(day: string, today: string): void {
  writeKey('date', day === today ? undefined : day);
}

/** The period answers are restricted to, from the address (`?confirmed=12`); undefined for none. */
export function confirmedFromUrl(): number | undefined {
  return decodeViewState(location.search).confirmed;
}

/** Writes the period into the address (undefined: the key is removed), keeping every other key and the fragment. */
export function writeConfirmedToUrl(months: number | undefined): void {
  writeKey('confirmed', months);
}

/** The domain the address names (`?domain=threads.net`, in normal form); undefined for none. */
export function domainFromUrl(): string | undefined {
  return decodeViewState(location.search).domain;
}

/** Writes the domain into the address (undefined: the key is removed), keeping every other key and the fragment. */
export function writeDomainToUrl(domain: string | undefined): void {
  writeKey('domain', domain);
}
