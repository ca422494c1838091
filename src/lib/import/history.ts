/**
 * A per-server history of an archived block list, as CSV with the columns
 * `domain,severity,first_seen,last_seen,listed_in_last_snapshot,obfuscated,severity_history`
 * (`severity_history` like `2023-01-13:silence;2023-05-02:suspend`). Every date is the day of an archived snapshot.
 *
 * Representation (`since` as a day or "on or before" a day; `until` with an optional `last_seen` when the lift's day is unknown):
 * - Each run of one severity becomes one decision. Its `since` is `{ on_or_before: <first snapshot showing it> }`:
 *   the archive cannot say how much earlier it began.
 * - A run that a severity change ended gets `until` = the day of the first snapshot showing the new severity;
 *   the next decision starts on or before that day, so successive decisions never overlap (`until` is exclusive).
 * - A domain absent from the last snapshot was lifted (or renamed) after the last snapshot that showed it and by
 *   the next known snapshot: `last_seen` = the last day it was listed, `until` = the next known snapshot's day
 *   (the reach model counts it surely in force through `last_seen`, possibly until `until`), and the decision gets
 *   evidence of its own with a note giving the window.
 *   When `last_seen` is the archive's last day itself, the lift happened that day: `until` = `last_seen` (the day
 *   after, if it was also first listed that day, since a decision must end after it begins).
 * - Decisions still listed in the last snapshot are open (no `until`); the last snapshot is the list-level evidence.
 * A `noop` in the history ends a run without starting one.
 */
import type { Severity } from '../schema/decision.ts';
import { parseCsv } from './csv.ts';
import { readDomain } from './domain.ts';
import { isRealDay, nextDay } from './fields.ts';
import { emptyRead, type ListEntry, type ReadResult, type ReportItem } from './types.ts';

/** The history CSV's columns. */
export const HISTORY_COLUMNS = ['domain', 'severity', 'first_seen', 'last_seen', 'listed_in_last_snapshot', 'obfuscated', 'severity_history'] as const;

type Column = (typeof HISTORY_COLUMNS)[number];

/** Optional columns naming the archive's commits and every listed span. */
export const SNAPSHOT_COLUMNS = ['first_commit', 'last_commit', 'removed_on', 'removed_commit', 'spans'] as const;

type SnapshotColumn = (typeof SNAPSHOT_COLUMNS)[number];

/** One step of a severity history: from this day, this severity (or `noop`, no block). */
export interface HistoryStep {
  /** The snapshot day the severity was first seen. */
  day: string;
  /** The severity from that day. */
  severity: Severity | 'noop';
}

/**
 * Parses `2023-01-13:silence;2023-05-02:suspend` into steps in date order. Steps on the same day keep the last
 * one (the state at the end of that day); a step repeating the previous severity is dropped. Undefined when malformed.
 */
export function parseSeverityHistory(text: string): HistoryStep[] | undefined {
  const steps: HistoryStep[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*:\s*([a-z]+)$/i.exec(part);
    if (!m || !isRealDay(m[1]!)) return undefined;
    const severity = m[2]!.toLowerCase();
    if (severity !== 'silence' && severity !== 'suspend' && severity !== 'noop') return undefined;
    steps.push({ day: m[1]!, severity });
  }
  steps.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const out: HistoryStep[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last && last.day === step.day) out[out.length - 1] = step;
    else out.push(step);
  }
  return out.filter((s, i) => i === 0 || out[i - 1]!.severity !== s.severity);
}

/** One listed span of a domain: listed from `first` to `last` (snapshot days), gone from a snapshot on `removed`. */
export interface ListedSpan {
  /** The first snapshot day listing it. */
  first: string;
  /** The last snapshot day listing it. */
  last: string;
  /** The first snapshot day after `last` that no longer lists it; absent while still listed. */
  removed?: string;
}

/**
 * Parses `2023-01-13..2023-01-23..removed 2023-01-24;2023-01-31..2023-09-17` into spans in date order.
 * Undefined when malformed or when the spans overlap.
 */
export function parseSpans(text: string): ListedSpan[] | undefined {
  const spans: ListedSpan[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})(?:\.\.removed (\d{4}-\d{2}-\d{2}))?$/.exec(part);
    if (!m || !isRealDay(m[1]!) || !isRealDay(m[2]!) || m[2]! < m[1]! || (m[3] !== undefined && (!isRealDay(m[3]) || m[3] < m[2]!))) return undefined;
    spans.push(m[3] === undefined ? { first: m[1]!, last: m[2]! } : { first: m[1]!, last: m[2]!, removed: m[3] });
  }
  spans.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1]!;
    if (before.removed === undefined || before.removed > spans[i]!.first) return undefined;
  }
  return spans;
}

/** The archive commits a history names, each with its snapshot day, in day order: where any entry may be looked up. */
interface KnownCommit {
  commit: string;
  day: string;
}

const COMMIT = /^[0-9a-f]{40}$/;

/**
 * Reads a history CSV into dated decisions. `retrieved` is set to the last snapshot's day (the latest `last_seen`).
 *
 * With the optional columns `first_commit,last_commit,removed_on,removed_commit,spans`, every listed span is its
 * own decision (a lift and a later relisting are two), each decision names the snapshot that shows it (`snapshot`:
 * the commit of its first listing where known, else a known snapshot of the same file inside the decision's days),
 * and each lifted span names the snapshot that no longer lists it (`liftedSnapshot`).
 */
export function readHistoryCsv(text: string): ReadResult {
  const result = emptyRead();
  const { records, errors } = parseCsv(text);
  for (const e of errors) {
    result.read++;
    result.unreadable.push({ at: `line ${e.line}`, target: '', message: e.message });
  }
  const header = records[0];
  const names = header?.fields.map((f) => f.trim().replace(/^#/, '').toLowerCase()) ?? [];
  const missing = HISTORY_COLUMNS.filter((c) => c !== 'obfuscated' && c !== 'severity_history' && !names.includes(c));
  if (!header || missing.length > 0) {
    result.read += Math.max(0, records.length - 1);
    result.unreadable.push({ at: 'line 1', target: '', message: `not a history CSV: missing column(s) ${missing.join(', ') || HISTORY_COLUMNS.join(', ')}` });
    return result;
  }
  const rows = records.slice(1).map((r) => ({ line: r.line, cell: (c: Column | SnapshotColumn) => (names.indexOf(c) < 0 ? '' : (r.fields[names.indexOf(c)] ?? '').trim()) }));

  // Every snapshot day the file names, to bound when a lifted block was gone; every commit it names, with its day.
  const days = new Set<string>();
  const commitDay = new Map<string, string>();
  for (const r of rows) {
    for (const c of ['first_seen', 'last_seen'] as const) if (isRealDay(r.cell(c))) days.add(r.cell(c));
    for (const s of parseSeverityHistory(r.cell('severity_history')) ?? []) days.add(s.day);
    for (const [c, d] of [['first_commit', 'first_seen'], ['last_commit', 'last_seen'], ['removed_commit', 'removed_on']] as const) {
      if (COMMIT.test(r.cell(c)) && isRealDay(r.cell(d))) commitDay.set(r.cell(c), r.cell(d));
    }
  }
  const sortedDays = [...days].sort();
  const lastSnapshot = rows.map((r) => r.cell('last_seen')).filter(isRealDay).sort().at(-1);
  if (lastSnapshot) result.retrieved = lastSnapshot;
  const known: KnownCommit[] = [...commitDay].map(([commit, day]) => ({ commit, day })).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.commit < b.commit ? -1 : 1));
  const withCommits = names.includes('spans') || names.includes('first_commit');
  /** The earliest known snapshot of this file on a day after `from` and before `to` (or on `to` itself when `toIncluded`). */
  const knownBetween = (from: string, to: string | undefined, toIncluded: boolean): KnownCommit | undefined =>
    known.find((k) => k.day > from && (to === undefined || k.day < to || (toIncluded && k.day === to)) && (lastSnapshot === undefined || k.day <= lastSnapshot));

  for (const row of rows) {
    result.read++;
    const at = `line ${row.line}`;
    const raw = row.cell('domain');
    const fail = (message: string) => result.unreadable.push({ at, target: raw, message });
    const domain = readDomain(raw);
    if (domain.kind === 'invalid') {
      fail(domain.reason);
      continue;
    }
    const first = row.cell('first_seen');
    const last = row.cell('last_seen');
    if (!isRealDay(first) || !isRealDay(last) || last < first) {
      fail(`first_seen ${JSON.stringify(first)} and last_seen ${JSON.stringify(last)} are not two days in order`);
      continue;
    }
    const listed = row.cell('listed_in_last_snapshot').toLowerCase();
    if (!['yes', 'no', 'true', 'false'].includes(listed)) {
      fail(`listed_in_last_snapshot is ${JSON.stringify(listed)}, expected yes or no`);
      continue;
    }
    const stillListed = listed === 'yes' || listed === 'true';
    const historyText = row.cell('severity_history') || `${first}:${row.cell('severity')}`;
    const steps = parseSeverityHistory(historyText);
    if (!steps || steps.length === 0) {
      fail(`severity_history ${JSON.stringify(historyText)} is not "YYYY-MM-DD:severity;..."`);
      continue;
    }
    if (steps.at(-1)!.day > last) {
      fail(`severity_history has a change on ${steps.at(-1)!.day}, after last_seen ${last}`);
      continue;
    }
    const finalSeverity = steps.at(-1)!.severity;
    if (row.cell('severity') !== '' && row.cell('severity').toLowerCase() !== finalSeverity) {
      result.notes.push({ at, target: raw, message: `severity column says ${row.cell('severity')}, its history ends with ${finalSeverity}; the history is used` });
    }
    if (steps[0]!.day !== first) {
      result.notes.push({ at, target: raw, message: `first_seen is ${first} but its history starts on ${steps[0]!.day}; the history is used` });
    }
    // The listed spans: from the spans column, else one span from first_seen to last_seen.
    let spans: ListedSpan[];
    if (row.cell('spans') !== '') {
      const parsed = parseSpans(row.cell('spans'));
      if (!parsed || parsed.length === 0 || parsed[0]!.first !== first || parsed.at(-1)!.last !== last || (parsed.at(-1)!.removed === undefined) !== stillListed) {
        fail(`spans ${JSON.stringify(row.cell('spans'))} is not "first..last[..removed DAY];..." in order, from first_seen to last_seen`);
        continue;
      }
      spans = parsed;
    } else {
      const removedOn = row.cell('removed_on');
      let removed: string | undefined;
      if (!stillListed) {
        if (isRealDay(removedOn)) removed = removedOn;
        else if (last === lastSnapshot) removed = last; // a later snapshot that same day dropped it
        else removed = sortedDays.find((d) => d > last) ?? nextDay(last);
      }
      spans = [removed === undefined ? { first, last } : { first, last, removed }];
    }
    const target = domain.kind === 'pattern' ? { obfuscated: { pattern: domain.pattern } } : { domain: domain.domain };
    const noun = domain.kind === 'pattern' ? 'the published pattern' : 'the domain';
    const firstCommit = COMMIT.test(row.cell('first_commit')) ? row.cell('first_commit') : undefined;
    const lastCommit = COMMIT.test(row.cell('last_commit')) ? row.cell('last_commit') : undefined;
    const removedCommit = COMMIT.test(row.cell('removed_commit')) ? row.cell('removed_commit') : undefined;

    // A span lifted and listed again within one day cannot be told apart at day precision: one span.
    const joined: ListedSpan[] = [];
    for (const span of spans) {
      const before = joined.at(-1);
      if (before && before.removed !== undefined && liftDay(before, before.first) > span.first) {
        result.notes.push({ at, target: raw, message: `listed until ${before.last}, gone on ${before.removed} and listed again on ${span.first}: too close to tell apart by day, read as one span` });
        joined[joined.length - 1] = span.removed === undefined ? { first: before.first, last: span.last } : { first: before.first, last: span.last, removed: span.removed };
      } else joined.push(span);
    }
    if (joined.length > 1) result.notes.push({ at, target: raw, message: `listed in ${joined.length} separate spans: one decision each` });

    const decisions: ListEntry[] = [];
    joined.forEach((span, spanIndex) => {
      const isFirstSpan = spanIndex === 0;
      const isLastSpan = spanIndex === joined.length - 1;
      // The severity runs inside the span: the severity in force on its first day, then each change within it.
      const runs: HistoryStep[] = [{ day: span.first, severity: [...steps].reverse().find((s) => s.day <= span.first)?.severity ?? steps[0]!.severity }];
      for (const s of steps) if (s.day > span.first && s.day <= span.last && s.severity !== runs.at(-1)!.severity) runs.push(s);
      runs.forEach((step, i) => {
        if (step.severity === 'noop') return;
        const next = runs[i + 1];
        // A relisting began after the snapshot that showed it gone (the archive reads the list hourly and commits each
        // change), so its first listing dates it; a first span may be older than the archive's first sighting.
        const relisted = !isFirstSpan && i === 0;
        const entry: ListEntry = { at, ...target, severity: step.severity, since: relisted ? step.day : { on_or_before: step.day } };
        if (next) {
          entry.until = next.day;
          if (!withCommits) {
            entry.note =
              next.severity === 'noop'
                ? `The archive shows this ${step.severity} from ${step.day}; a snapshot on ${next.day} no longer blocks ${noun}.`
                : `The archive shows this ${step.severity} from ${step.day} until a snapshot on ${next.day} shows ${next.severity} instead.`;
          }
        } else if (span.removed !== undefined) {
          entry.until = liftDay(span, step.day);
          if (span.removed > nextDay(span.last)) entry.last_seen = span.last;
          if (!withCommits) {
            entry.note =
              span.removed === span.last
                ? `The archive lists it from ${step.day} and in a snapshot on ${span.last}, but not in its last snapshot, taken the same day: ` +
                  `lifted (or ${noun} changed) on ${span.last}${span.last > step.day ? '' : '; listed and lifted the same day, so until is the next day'}.`
                : `The archive lists it from ${step.day} to ${span.last} (last seen); it is absent from the next known snapshot, on or before ${span.removed}: ` +
                  `lifted (or ${noun} changed) in between.`;
          }
        }
        if (withCommits) {
          // The snapshot that shows it: its first listing's commit, else a known snapshot inside its days.
          const end = next ? next.day : span.removed === undefined ? undefined : span.last;
          const inside = knownBetween(step.day, end, span.removed === undefined && next === undefined);
          if (isFirstSpan && i === 0 && firstCommit !== undefined) entry.snapshot = { commit: firstCommit, day: step.day };
          else if (inside) entry.snapshot = { commit: inside.commit, day: inside.day, note: `First listed${i > 0 ? ` as ${step.severity}` : ''} in a snapshot on ${step.day}, whose commit is not recorded; this snapshot of ${inside.day} lists it.` };
          else if (isLastSpan && next === undefined && lastCommit !== undefined) entry.snapshot = { commit: lastCommit, day: span.last, note: `First listed${i > 0 ? ` as ${step.severity}` : ''} in a snapshot on ${step.day}, whose commit is not recorded; this snapshot of ${span.last}, the last to list it, shows it.` };
          else entry.snapshot = { day: step.day, note: `Listed${i > 0 ? ` as ${step.severity}` : ''} in snapshots from ${step.day}${end ? ` to ${end}` : ''}; their commits are not recorded: the file's history of commits shows them.` };
          if (next === undefined && span.removed !== undefined) {
            const nextSpan = joined[spanIndex + 1];
            const after = knownBetween(span.removed, nextSpan?.first, false);
            if (isLastSpan && removedCommit !== undefined) entry.liftedSnapshot = { commit: removedCommit, day: span.removed };
            else if (after) entry.liftedSnapshot = { commit: after.commit, day: after.day, note: `First gone from a snapshot on ${span.removed}, whose commit is not recorded; this snapshot of ${after.day} does not list it.` };
            else entry.liftedSnapshot = { day: span.removed, note: `Gone from a snapshot on ${span.removed}; its commit is not recorded: the file's history of commits shows it.` };
          }
        }
        if (domain.kind === 'wildcard') {
          entry.wildcard = domain.written;
          entry.note = `${entry.note ? `${entry.note} ` : ''}Listed as "${domain.written}".`;
        }
        decisions.push(entry);
      });
    });
    if (decisions.length === 0) result.skipped.push({ at, target: raw, message: 'its history is noop only: never a block' });
    result.entries.push(...decisions);
  }
  result.entries = coalesceWritings(result.entries, result.notes);
  return result;
}

/**
 * The `until` of a lifted span's last decision, which began on `start`: the day of the first snapshot without it,
 * except that a snapshot on its last listed day already dropping it means it was lifted that very day (the day
 * after, if it was also first listed that day, since a decision must end after it begins).
 */
function liftDay(span: ListedSpan, start: string): string {
  const removed = span.removed!;
  if (removed > span.last) return removed;
  return span.last > start ? span.last : nextDay(span.last);
}

/**
 * One domain written two ways in the list ("cf" and ".cf", "example.com" and "*.example.com") gives two rows
 * of history for one target. Runs of the same severity on the same target that overlap or touch (one begins on or
 * before the day the other ends) are one decision, in force from the earlier start to the later end: merged here,
 * with a note naming both writings. (Left apart, the second would be refused by the merge as overlapping the first.)
 * Runs of different severities are left to the merge, which keeps the plain writing's and reports the other.
 */
export function coalesceWritings(entries: readonly ListEntry[], notes: ReportItem[]): ListEntry[] {
  const key = (e: ListEntry) => `${e.domain ?? `pattern:${e.obfuscated?.pattern ?? ''}`}|${e.severity}`;
  const groups = new Map<string, ListEntry[]>();
  for (const e of entries) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  /** For each entry that leads a merged run, the run's combined entry; entries folded into a run are dropped. */
  const combinedFor = new Map<ListEntry, ListEntry>();
  const dropped = new Set<ListEntry>();
  for (const group of groups.values()) {
    if (new Set(group.map((e) => e.at)).size < 2) continue;
    const sorted = [...group].sort((a, b) => (startDay(a) < startDay(b) ? -1 : startDay(a) > startDay(b) ? 1 : 0));
    let lead = sorted[0]!;
    let run = lead;
    let writings = [writing(lead)];
    for (const next of sorted.slice(1)) {
      const touches = run.until === undefined || startDay(next) <= run.until;
      if (!touches || next.at === run.at) {
        lead = next;
        run = next;
        writings = [writing(next)];
        continue;
      }
      writings = [...new Set([...writings, writing(next)])];
      run = combine(run, next, writings);
      notes.push({ at: next.at, target: run.domain ?? run.obfuscated?.pattern ?? '', message: `merged with ${lead.at}: ${run.note}` });
      dropped.add(next);
      combinedFor.set(lead, run);
    }
  }
  return entries.filter((e) => !dropped.has(e)).map((e) => combinedFor.get(e) ?? e);
}

/** Two overlapping or touching runs of one severity on one target, written two ways, as one decision. */
function combine(first: ListEntry, next: ListEntry, writings: readonly string[]): ListEntry {
  const open = first.until === undefined || next.until === undefined;
  const later = open ? undefined : next.until! > first.until! ? next : first;
  const at = `${first.at}, ${next.at}`;
  const out: ListEntry = {
    at,
    ...(first.domain === undefined ? {} : { domain: first.domain }),
    ...(first.obfuscated === undefined ? {} : { obfuscated: first.obfuscated }),
    severity: first.severity,
    since: { on_or_before: startDay(first) },
    note:
      `Listed as ${writings.map((w) => `"${w}"`).join(' and as ')} (${at}): one ${first.severity} on one domain, ` +
      `shown by the archive from ${startDay(first)}${later ? ` until ${later.until}` : ''}.`,
  };
  if (first.snapshot !== undefined) out.snapshot = first.snapshot;
  if (later) {
    out.until = later.until;
    if (later.last_seen !== undefined) out.last_seen = later.last_seen;
    if (later.liftedSnapshot !== undefined) out.liftedSnapshot = later.liftedSnapshot;
  }
  // The plain writing wins: the combined entry is a wildcard only when both were.
  if (first.wildcard !== undefined && next.wildcard !== undefined) out.wildcard = first.wildcard;
  return out;
}

/** How the list wrote an entry's target. */
function writing(e: ListEntry): string {
  return e.wildcard ?? e.domain ?? e.obfuscated?.pattern ?? '';
}

function startDay(e: ListEntry): string {
  const since = e.since;
  return since === undefined ? '' : typeof since === 'string' ? since : since.on_or_before;
}
