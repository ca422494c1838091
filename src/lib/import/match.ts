/**
 * Matching entries to decisions already in a file: the same target (domain, digest or pattern), the same severity,
 * in force at the same time; and fitting a new decision among the others on its target.
 */
import type { YAMLMap } from 'yaml';
import { sinceDate, type Since } from '../schema/decision.ts';
import { record } from './json.ts';
import type { ListEntry } from './types.ts';

/** A decision on file or being added: its value, and its node when it is already in the file. */
export interface Known {
  /** Its node in the file; absent for a decision this import adds. */
  node?: YAMLMap;
  /** Its plain value. */
  value: Record<string, unknown>;
}

/** A decision already in the file. */
export interface Existing extends Known {
  node: YAMLMap;
  /** An entry of this import confirmed it. */
  matched: boolean;
}

/**
 * What identifies an entry for duplicate detection: its target (domain, digest, or the bare pattern, since the
 * file can hold a pattern only once) and its dates.
 */
export function identity(entry: ListEntry): string {
  const target = entry.domain ?? (entry.obfuscated?.digest ? `#${entry.obfuscated.digest}` : `pattern:${entry.obfuscated?.pattern ?? ''}`);
  const since = entry.since === undefined ? '' : JSON.stringify(entry.since);
  return `${target}|${since}|${entry.until ?? ''}`;
}

/** Where a new decision fits among the others on its target, or why it cannot. */
export type Placement = { until?: string; note?: string; ends: { other: Known; until: string }[] } | { conflict: string };

/**
 * Fits a new decision among the decisions on its target with another severity (Mastodon keeps one block per
 * domain and changes its severity in place): an open decision that begins earlier ends (`until`) the day the new
 * one is known to begin; the new one, if open, ends the day a later decision begins. Anything else that would
 * put two decisions in force on one day is a conflict for a curator, and the entry is not imported.
 */
export function makeRoom(entry: ListEntry, since: Since, others: readonly Known[], retrieved: string): Placement {
  const start = sinceDate(since);
  const same = others.filter((o) => sameTarget(o.value, entry));
  let until = entry.until;
  let note: string | undefined;
  if (until === undefined) {
    const later = same.map((o) => ({ o, s: startOf(o.value.since) })).filter(({ s }) => s > start).sort((a, b) => (a.s < b.s ? -1 : 1))[0];
    if (later) {
      until = later.s;
      note = `The list read on ${retrieved} shows this ${entry.severity}; a later ${String(later.o.value.severity)} decision (since ${later.s}) replaces it, so until is that day.`;
    }
  }
  const ends: { other: Known; until: string }[] = [];
  for (const other of same) {
    const oStart = startOf(other.value.since);
    const oUntil = typeof other.value.until === 'string' ? other.value.until : undefined;
    const overlap = (until === undefined || oStart < until) && (oUntil === undefined || start < oUntil);
    if (!overlap) continue;
    if (oUntil === undefined && oStart < start) ends.push({ other, until: start });
    else {
      const range = `${oStart}${oUntil ? ` to ${oUntil}` : ''}`;
      return { conflict: `conflicts with the ${String(other.value.severity)} decision already in the file (${range}); not imported: a curator decides` };
    }
  }
  return until === undefined ? { ends } : { until, ends, ...(note === undefined ? {} : { note }) };
}

/** True when a decision in the file and an entry are about the same target. */
export function sameTarget(decision: Record<string, unknown>, entry: Pick<ListEntry, 'domain' | 'obfuscated'>): boolean {
  const domain = typeof decision.domain === 'string' ? decision.domain : undefined;
  const obf = record(decision.obfuscated);
  const pattern = typeof obf?.pattern === 'string' ? obf.pattern : undefined;
  const digest = typeof obf?.digest === 'string' ? obf.digest : undefined;
  if (domain !== undefined && entry.domain !== undefined) return domain === entry.domain;
  if (digest !== undefined && entry.obfuscated?.digest !== undefined) return digest === entry.obfuscated.digest;
  if (domain === undefined && entry.domain === undefined && pattern !== undefined) {
    return pattern === entry.obfuscated?.pattern && digest === entry.obfuscated?.digest;
  }
  return false;
}

/** Finds the decision an entry confirms: same target and severity, and in force at the same time. Prefers equal dates. */
export function findMatch(existing: Existing[], entry: ListEntry, since: Since, dated: boolean, retrieved: string): Existing | undefined {
  const start = sinceDate(since);
  const candidates = existing.filter((e) => {
    if (e.matched || e.value.severity !== entry.severity || !sameTarget(e.value, entry)) return false;
    const until = typeof e.value.until === 'string' ? e.value.until : undefined;
    if (!dated) return until === undefined || until > retrieved;
    const eStart = startOf(e.value.since);
    return (until === undefined || until > start) && (entry.until === undefined || eStart < entry.until);
  });
  const exact = candidates.find((e) => JSON.stringify(e.value.since) === JSON.stringify(since) && e.value.until === entry.until);
  return exact ?? candidates[0];
}

/** The start date of a raw `since` value, or "" when it has none. */
export function startOf(since: unknown): string {
  if (typeof since === 'string') return since;
  const bound = record(since)?.on_or_before;
  return typeof bound === 'string' ? bound : '';
}
