/**
 * A community's state towards a domain over all time, as segments: the reach model's answer is the same on every
 * day between two of the days where a decision's window or the list's window begins or ends, so asking the model
 * on each such day (and once before all of them) gives the whole history exactly. Precomputed at build time, the
 * segments let a page replay any day ("as of") by look-up alone (segment-lookup.ts).
 *
 * Each segment of a known state also carries the day a source last confirmed it (`confirmedSegments`): the latest
 * day, within the segment, on which a source shows the community's list or decision.
 */
import { lastDay } from '../dates.ts';
import type { Evidence } from '../schema/evidence.ts';
import { decidePrepared } from './decide.ts';
import { coveringDecisions, type PreparedCommunity } from './prepare.ts';
import { segmentToken, type StateSegments } from './segment-lookup.ts';

/** The earliest day the atlas replays: before it, no decision in the data can matter. */
export const EPOCH = '2000-01-01';

/**
 * The days on which a prepared community's answer about `domain` may change: where a covering decision's sure or
 * possible window begins or ends, and where its published list's window begins. Sorted, without repeats, none
 * before `EPOCH`.
 */
export function changeCandidates(prepared: PreparedCommunity, domain: string): string[] {
  const days = new Set<string>();
  for (const level of coveringDecisions(prepared, domain)) {
    for (const { window } of level) {
      days.add(window.surelyFrom);
      if (window.surelyUntil !== undefined) days.add(window.surelyUntil);
      if (window.possiblyFrom !== undefined) days.add(window.possiblyFrom);
      if (window.possiblyUntil !== undefined) days.add(window.possiblyUntil);
    }
  }
  if (prepared.list) days.add(prepared.list.from);
  return [...days].filter((d) => d > EPOCH).sort();
}

/**
 * The state segments of a prepared community towards `domain`: the reach model asked on `EPOCH` and on each day
 * its answer may change, neighbouring equal states merged. `stateOnDay(segments, day)` equals
 * `reachPrepared(prepared, domain, day).state` for every day from `EPOCH` on (a unit test checks it).
 */
export function stateSegments(prepared: PreparedCommunity, domain: string): StateSegments {
  const segments: string[] = [decidePrepared(prepared, domain, EPOCH).state];
  for (const day of changeCandidates(prepared, domain)) {
    const state = decidePrepared(prepared, domain, day).state;
    if (state !== segments[segments.length - 1]) segments.push(day, state);
  }
  return segments;
}

/** Evidence kinds whose `retrieved` day is a day the list itself was seen with the entry: a reading, a snapshot. */
const SEEN_IN_LIST: ReadonlySet<Evidence['kind']> = new Set(['block-list', 'archive', 'api', 'observation']);

/**
 * The days on which a source shows what the community does to `domain`: each reading of its published list (the
 * whole list, so it shows every domain), and for each decision covering the domain the day it had surely begun,
 * the day its evidence saw it in the list (a reading, a snapshot, an observation: not the day an announcement was
 * read, which says nothing about later days), the day it was last seen, and the day its lift was seen (or, from an
 * announcement, the last day the lift can mean). Sorted, without repeats.
 */
export function sourceDays(prepared: PreparedCommunity, domain: string): string[] {
  const days = new Set<string>();
  for (const day of prepared.readings) days.add(day);
  for (const level of coveringDecisions(prepared, domain)) {
    for (const { decision, window } of level) {
      days.add(window.surelyFrom);
      if (decision.evidence && SEEN_IN_LIST.has(decision.evidence.kind)) days.add(decision.evidence.retrieved);
      if (decision.last_seen !== undefined) days.add(decision.last_seen);
      const lift = decision.lifted_evidence;
      if (lift && decision.until !== undefined) days.add(SEEN_IN_LIST.has(lift.kind) ? lift.retrieved : lastDay(decision.until));
    }
  }
  return [...days].sort();
}

/**
 * `stateSegments` with, on each segment of a known state, the day a source last confirmed it: the latest of
 * `sourceDays` within the segment (from its first day to the day before the next change), written into the state's
 * token as `suspends@2026-04-12` (segment-lookup.ts reads it). A known segment with no source day inside (which the
 * model's rules should not allow) is confirmed on its first day.
 */
export function confirmedSegments(prepared: PreparedCommunity, domain: string): StateSegments {
  const plain = stateSegments(prepared, domain);
  const sources = sourceDays(prepared, domain);
  const out: string[] = [];
  for (let i = 0; i < plain.length; i += 2) {
    const from = i === 0 ? EPOCH : plain[i - 1]!;
    const next = plain[i + 1];
    const state = plain[i]!;
    if (i > 0) out.push(from);
    if (state === 'unknown') {
      out.push(state);
      continue;
    }
    let confirmed = from;
    for (const day of sources) if (day >= from && (next === undefined || day < next) && day > confirmed) confirmed = day;
    out.push(segmentToken(state, confirmed));
  }
  return out;
}
