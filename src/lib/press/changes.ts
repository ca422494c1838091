/**
 * Federation changes, the events the Atom feeds report: a decision taking effect (its `since`) and a decision
 * lifted (its `until`), newest first. Dates are what the data says, never sharpened: a decision known only
 * "on or before" a day is reported on that day and says so; a lifting known only to fall between `last_seen`
 * and `until` is reported on `until` and says so. (The schema requires `since`, so no decision is undated.)
 */
import type { Decision } from '../schema/decision.ts';
import { sinceDate } from '../schema/decision.ts';
import { firstDay } from '../dates.ts';

/** One decision of one community, as the feeds take it. */
export interface CommunityDecision {
  /** The curated server that made the decision. */
  community: string;
  /** The decision. */
  decision: Decision;
}

/** A change: a decision begun ("added") or lifted. */
export interface FederationChange {
  /** "added": the decision took effect; "lifted": it ended. */
  kind: 'added' | 'lifted';
  /** The curated server that made the decision. */
  community: string;
  /** The domain acted on, or the published pattern of an unresolved obfuscated one. */
  target: string;
  /** True when `target` is an obfuscated pattern, not a domain. */
  obfuscated: boolean;
  /** The decision's severity. */
  severity: Decision['severity'];
  /** The date as the data gives it: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known. */
  date: string;
  /** The day the change is dated and sorted by: `date`'s first day ("YYYY-MM-DD"). */
  day: string;
  /**
   * How exact `date` is: "exact"; "on-or-before" (began on or before `date`, e.g. the first archived copy listing
   * it); "between" (lifted after `after` and on or before `date`).
   */
  precision: 'exact' | 'on-or-before' | 'between';
  /** For "between": the last day it was seen in force. */
  after?: string;
  /** The decision's `since`, as the data gives it ("YYYY-MM-DD", or "on or before YYYY-MM-DD"). */
  sinceText: string;
  /** The server's public comment on the decision, when it gave one. */
  comment?: string;
  /** The evidence URL of the decision, when it has its own. */
  evidence?: string;
}

/** The changes in `decisions`: one "added" for each, one "lifted" for each with `until`; newest first (see `compareChanges`). */
export function federationChanges(decisions: readonly CommunityDecision[]): FederationChange[] {
  const out: FederationChange[] = [];
  for (const { community, decision: d } of decisions) {
    const target = d.domain ?? d.obfuscated?.pattern;
    if (target === undefined) continue;
    const base = {
      community,
      target,
      obfuscated: d.domain === undefined,
      severity: d.severity,
      sinceText: typeof d.since === 'string' ? d.since : `on or before ${d.since.on_or_before}`,
      ...(d.comment !== undefined ? { comment: d.comment } : {}),
      ...(d.evidence ? { evidence: d.evidence.url } : {}),
    };
    const since = sinceDate(d.since);
    out.push({ ...base, kind: 'added', date: since, day: firstDay(since), precision: typeof d.since === 'string' ? 'exact' : 'on-or-before' });
    if (d.until !== undefined) {
      const day = firstDay(d.until);
      out.push(
        d.last_seen !== undefined
          ? { ...base, kind: 'lifted', date: d.until, day, precision: 'between', after: d.last_seen }
          : { ...base, kind: 'lifted', date: d.until, day, precision: 'exact' },
      );
    }
  }
  return out.sort(compareChanges);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest day first; on one day, lifted before added, then by community, target, severity and date text. */
export function compareChanges(a: FederationChange, b: FederationChange): number {
  return cmp(b.day, a.day) || cmp(b.kind, a.kind) || cmp(a.community, b.community) || cmp(a.target, b.target) || cmp(a.severity, b.severity) || cmp(b.date, a.date);
}

/** A stable key for a change, unique within the dataset (for entry ids). */
export function changeKey(c: FederationChange): string {
  return [c.kind, c.community, c.target, c.severity, c.date].map(encodeURIComponent).join('/');
}

/** "2023-06-18", "in 2023-06 (day not known)", "in 2023 (month and day not known)". */
function dateWords(date: string): string {
  if (date.length === 10) return date;
  return date.length === 7 ? `${date} (the day is not known)` : `${date} (the month and day are not known)`;
}

/** The change's title: "toot.wales suspends threads.net" / "toot.wales lifts its limit on example.com". */
export function changeTitle(c: FederationChange): string {
  const target = c.obfuscated ? `${c.target} (obfuscated)` : c.target;
  if (c.kind === 'added') return `${c.community} ${c.severity === 'suspend' ? 'suspends' : 'limits'} ${target}`;
  return `${c.community} ${c.severity === 'suspend' ? 'lifts its suspension of' : 'lifts its limit on'} ${target}`;
}

/** The change's date in words, honest about what is not known. */
export function changeWhen(c: FederationChange): string {
  if (c.precision === 'on-or-before') return `on or before ${dateWords(c.date)} (the decision was already in force then, and may be older)`;
  if (c.precision === 'between') return `after ${c.after} and on or before ${dateWords(c.date)} (the exact day of lifting is not known)`;
  return c.date.length === 10 ? `on ${c.date}` : `in ${dateWords(c.date)}`;
}

/** A plain-text summary of the change: what, when (with its precision), the server's comment and the evidence. */
export function changeSummary(c: FederationChange): string {
  const parts = [`${changeTitle(c)}, ${changeWhen(c)}.`];
  if (c.kind === 'lifted') parts.push(`The decision had been in force since ${c.sinceText}.`);
  if (c.comment) parts.push(`Its comment: “${c.comment}”.`);
  parts.push(c.evidence ? `Evidence: ${c.evidence}` : 'Evidence: the server’s published block list (linked from its page).');
  return parts.join(' ');
}
