/**
 * The one independent oracle for the reach model, used by the unit property tests and by the end-to-end tests
 * (which compute every expected count from the fixture's YAML through `statesOn`), written from the rules in
 * src/lib/reach/README.md, not from the code:
 * days are counted as numbers (days since 1970) with the platform's calendar, every combination of
 * "was this uncertain decision in force or not" is tried, and in each combination the covering decision
 * with the longest domain name wins, as Mastodon's rule_for does. The answer is the set of outcomes.
 */
import type { Community, KnownState } from '../../src/lib/reach/state.ts';
import type { Decision } from '../../src/lib/schema/decision.ts';

const DAY = 86_400_000;

/** The first and last day (as day numbers) a date written at any precision can mean. */
export function meant(text: string): [number, number] {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
  if (d === undefined) return [Date.UTC(y, m - 1, 1) / DAY, Date.UTC(y, m, 1) / DAY - 1];
  return [Date.UTC(y, m - 1, d) / DAY, Date.UTC(y, m - 1, d) / DAY];
}

/** A day "YYYY-MM-DD" as a day number. */
export function dayNumber(day: string): number {
  return meant(day)[0];
}

/**
 * Can the decision have been in force on day t, and must it have been? It began on some day s (any day `since`
 * can mean, or any day up to an "on or before" date) and was lifted on some day e (any day `until` can mean, never
 * if none), and is in force on t when s ≤ t < e.
 */
export function canAndMust(d: Decision, t: number): { can: boolean; must: boolean } {
  const [sEarliest, sLatest] = typeof d.since === 'string' ? meant(d.since) : [-Infinity, meant(d.since.on_or_before)[1]];
  // Lifted on a day `until` can mean; with `last_seen`, on any day after it up to the last day `until` can mean.
  const [eEarliest, eLatest] =
    d.until === undefined ? [Infinity, Infinity] : d.last_seen !== undefined ? [meant(d.last_seen)[1] + 1, meant(d.until)[1]] : meant(d.until);
  return { can: sEarliest <= t && t < eLatest, must: sLatest <= t && t < eEarliest };
}

/** The known states still possible for community c, domain, day: the oracle's answer (undefined when the data contradicts itself on that day). */
export function oracle(c: Community, domain: string, day: string): KnownState[] | undefined {
  const t = dayNumber(day);
  const covering = c.blocks.filter((d) => d.domain !== undefined && (domain === d.domain || domain.endsWith(`.${d.domain}`)));
  const sure = covering.filter((d) => canAndMust(d, t).must);
  const open = covering.filter((d) => !canAndMust(d, t).must && canAndMust(d, t).can);
  const outcomes = new Set<KnownState>();
  let consistentWorlds = 0;
  for (let mask = 0; mask < 2 ** open.length; mask++) {
    const inForce = [...sure, ...open.filter((_, i) => mask & (2 ** i))];
    // The data promises one decision at a time per domain: a world with two on one domain is not a possible world.
    const perDomain = new Map<string, number>();
    for (const d of inForce) perDomain.set(d.domain!, (perDomain.get(d.domain!) ?? 0) + 1);
    if ([...perDomain.values()].some((n) => n > 1)) continue;
    consistentWorlds++;
    if (inForce.length > 0) {
      const winner = inForce.reduce((a, b) => (b.domain!.length > a.domain!.length ? b : a));
      outcomes.add(winner.severity === 'suspend' ? 'suspends' : 'limits');
    } else {
      for (const s of silenceMeans(c, t)) outcomes.add(s);
    }
  }
  if (consistentWorlds === 0) return undefined;
  return (['suspends', 'limits', 'reaches'] as const).filter((s) => outcomes.has(s));
}

/** The days (as day numbers) a published list was read whole, up to its latest reading; empty for any other list. */
function readings(c: Community): number[] {
  if (c.blocklist.status !== 'published' || !c.blocklist.evidence) return [];
  const last = dayNumber(c.blocklist.evidence.retrieved);
  const all = [last, ...c.blocks.filter((d) => d.evidence?.kind === 'block-list').map((d) => dayNumber(d.evidence!.retrieved))];
  return all.filter((r) => r <= last);
}

/**
 * What no decision means on day t: reaches for a published list from its earliest reading on (after its latest
 * reading, what it showed holds until a later source shows otherwise), anything otherwise.
 */
function silenceMeans(c: Community, t: number): KnownState[] {
  const all: KnownState[] = ['suspends', 'limits', 'reaches'];
  const days = readings(c);
  if (days.length === 0) return all;
  return Math.min(...days) <= t ? ['reaches'] : all;
}

/** The oracle's state name on day number t. */
function stateAt(c: Community, domain: string, t: number): StateName {
  const day = new Date(t * DAY).toISOString().slice(0, 10);
  const possible = oracle(c, domain, day);
  return possible?.length === 1 ? possible[0]! : 'unknown';
}

const LIST_KINDS = new Set(['block-list', 'archive', 'api', 'observation']);

/**
 * The day a source last confirmed community c's answer about `domain` on `day`, from the rules in the reach
 * model's README, walking day by day: the latest day on which a source shows something about c's list or a
 * decision covering the domain (a reading; a covering decision's last sure start day, its evidence's day when the
 * evidence is a list, a snapshot or an observation, its `last_seen`, its lift's evidence day, or for a lift from
 * an announcement the last day `until` can mean) such that the oracle gives the same known state on every day from
 * `day` to it. Undefined for unknown. Slow: for tests only.
 */
export function confirmedOracle(c: Community, domain: string, day: string): string | undefined {
  const t = dayNumber(day);
  const state = stateAt(c, domain, t);
  if (state === 'unknown') return undefined;
  const covering = c.blocks.filter((d) => d.domain !== undefined && (domain === d.domain || domain.endsWith(`.${d.domain}`)));
  const days = new Set<number>(readings(c).filter((r) => r >= Math.min(...readings(c))));
  for (const d of covering) {
    days.add(typeof d.since === 'string' ? meant(d.since)[1] : meant(d.since.on_or_before)[1]);
    if (d.evidence && LIST_KINDS.has(d.evidence.kind ?? '')) days.add(dayNumber(d.evidence.retrieved));
    if (d.last_seen) days.add(dayNumber(d.last_seen));
    if (d.lifted_evidence && d.until) days.add(LIST_KINDS.has(d.lifted_evidence.kind ?? '') ? dayNumber(d.lifted_evidence.retrieved) : meant(d.until)[1]);
  }
  let best: number | undefined;
  for (const x of [...days].sort((a, b) => b - a)) {
    let same = true;
    for (let u = Math.min(t, x); u <= Math.max(t, x) && same; u++) same = stateAt(c, domain, u) === state;
    if (same) {
      best = x;
      break;
    }
  }
  return best === undefined ? undefined : new Date(best * DAY).toISOString().slice(0, 10);
}

/** A state as the site names it: one known state, or unknown when the data leaves more than one open. */
export type StateName = KnownState | 'unknown';

/**
 * What each community does to `domain` on `day` according to the oracle: the single possible state, or unknown.
 * The domain's own server is left out (a community does not act on itself).
 */
export function statesOn(communities: readonly Community[], domain: string, day: string): Map<string, StateName> {
  const out = new Map<string, StateName>();
  for (const c of communities) {
    if (c.domain === domain) continue;
    const possible = oracle(c, domain, day);
    out.set(c.domain, possible?.length === 1 ? possible[0]! : 'unknown');
  }
  return out;
}
