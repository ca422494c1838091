/**
 * A community prepared for many reach questions: its decisions indexed by target domain with their windows,
 * and the window its published list speaks for. Preparing is O(decisions); each question is then O(labels of
 * the domain asked about), the way Mastodon's `DomainBlock.rule_for` looks up every parent of a domain.
 */
import { compareText } from '../order.ts';
import { sinceDate, type Decision } from '../schema/decision.ts';
import { decisionWindow, type DecisionWindow } from './decision-window.ts';
import { listReadings, listWindow, type ListWindow } from './list-window.ts';
import type { Community } from './state.ts';

/** One decision with its window. */
export interface WindowedDecision {
  /** The decision as curated. */
  decision: Decision;
  /** When it surely and possibly counts. */
  window: DecisionWindow;
}

/** A community ready for reach questions. */
export interface PreparedCommunity {
  /** The community as given. */
  community: Community;
  /** Its resolved decisions by target domain, each list in a fixed order (suspend first, then by since). */
  byDomain: ReadonlyMap<string, readonly WindowedDecision[]>;
  /** The days its published list speaks for; undefined when it speaks for none. */
  list: ListWindow | undefined;
  /** The days its published list was read whole within that window (`listReadings`), sorted; empty when it has none. */
  readings: readonly string[];
}

/**
 * Orders decisions on one target: `suspend` before `silence` (when the data holds two in force at once, the
 * stronger one is reported), then by since (an exact since before an "on or before" one on the same date), then
 * by until, then by everything else (comment, evidence). A total order, so no answer depends on the file's order.
 */
export function compareSameTarget(a: Decision, b: Decision): number {
  return (
    (a.severity === b.severity ? 0 : a.severity === 'suspend' ? -1 : 1) ||
    compareText(sinceDate(a.since), sinceDate(b.since)) ||
    (typeof a.since === typeof b.since ? 0 : typeof a.since === 'string' ? -1 : 1) ||
    compareText(a.until ?? '', b.until ?? '') ||
    compareText(canonicalJson(a), canonicalJson(b))
  );
}

/** JSON with object keys sorted: the last tie-breaker, so that even decisions differing only in evidence have one order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Prepares one community. Unresolved obfuscated entries (no `domain`) are left out: they match nothing. */
export function prepareCommunity(community: Community): PreparedCommunity {
  const byDomain = new Map<string, WindowedDecision[]>();
  for (const decision of community.blocks) {
    if (decision.domain === undefined) continue;
    const list = byDomain.get(decision.domain) ?? [];
    list.push({ decision, window: decisionWindow(decision) });
    byDomain.set(decision.domain, list);
  }
  for (const list of byDomain.values()) list.sort((a, b) => compareSameTarget(a.decision, b.decision));
  const list = listWindow(community);
  const readings = list ? listReadings(community).filter((day) => day >= list.from && day <= list.to) : [];
  return { community, byDomain, list, readings };
}

/**
 * The domain and each of its parents, most specific first: `a.b.example` → `a.b.example`, `b.example`,
 * `example`. A decision on any of them covers the domain.
 */
export function domainAndParents(domain: string): string[] {
  const labels = domain.split('.');
  return labels.map((_, i) => labels.slice(i).join('.')).filter((d) => d !== '');
}

/** Whether any decision of the community covers `domain` (is on it or on a parent): `coveringDecisions` is not empty. */
export function coversDomain(prepared: PreparedCommunity, domain: string): boolean {
  let target = domain;
  for (;;) {
    if (target !== '' && prepared.byDomain.has(target)) return true;
    const dot = target.indexOf('.');
    if (dot < 0) return false;
    target = target.slice(dot + 1);
  }
}

/** The decisions covering a domain, grouped by target, most specific target first (longest match wins). */
export function coveringDecisions(prepared: PreparedCommunity, domain: string): (readonly WindowedDecision[])[] {
  // `domainAndParents(domain)` walked label by label without building the list: the reach model asks this of every
  // community for every domain, so it runs millions of times in a build.
  const found: (readonly WindowedDecision[])[] = [];
  let target = domain;
  for (;;) {
    const list = target === '' ? undefined : prepared.byDomain.get(target);
    if (list) found.push(list);
    const dot = target.indexOf('.');
    if (dot < 0) return found;
    target = target.slice(dot + 1);
  }
}
