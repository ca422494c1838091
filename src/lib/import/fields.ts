/** Reading single cells the way real exports write them: booleans, "null", severities, comments. */
import type { Severity } from '../schema/decision.ts';
import { isRealDate, nextDay } from '../dates.ts';

/** A cell read as a boolean: true, false, absent (empty or "null"), or not a boolean at all. */
export type BooleanReading = boolean | undefined | 'invalid';

/**
 * Reads a boolean as exports write it: `true`/`false` in any case (`True`, `TRUE`), `1`/`0`, `yes`/`no`, `t`/`f`.
 * Empty and `null` mean "not given".
 */
export function readBoolean(raw: string | undefined): BooleanReading {
  const text = (raw ?? '').trim().toLowerCase();
  if (text === '' || text === 'null') return undefined;
  if (['true', '1', 'yes', 't', 'y'].includes(text)) return true;
  if (['false', '0', 'no', 'f', 'n'].includes(text)) return false;
  return 'invalid';
}

/**
 * Reads a public comment: trimmed; empty and the literal text `null` (written by some exporters for a missing
 * value) mean no comment.
 */
export function readComment(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  return text === '' || text.toLowerCase() === 'null' ? undefined : text;
}

/** A severity as a list writes it, mapped to the atlas: a block with its severity, a `noop`, or unknown. */
export type SeverityReading = { kind: 'block'; severity: Severity; original?: string } | { kind: 'noop' } | { kind: 'invalid'; reason: string };

/**
 * Reads Mastodon's severities: `suspend`, `silence`, and `limit` (the name Mastodon's interface shows for
 * silence, kept as `original`); `noop` (a domain entry that blocks nothing, used for media or report rules).
 */
export function readMastodonSeverity(raw: unknown): SeverityReading {
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (text === 'suspend' || text === 'silence') return { kind: 'block', severity: text };
  if (text === 'limit') return { kind: 'block', severity: 'silence', original: 'limit' };
  if (text === 'noop') return { kind: 'noop' };
  if (text === '') return { kind: 'invalid', reason: 'the severity is missing' };
  return { kind: 'invalid', reason: `unknown severity ${JSON.stringify(String(raw))} (expected suspend, silence, limit or noop)` };
}

/** The day part ("YYYY-MM-DD") of an ISO 8601 timestamp or date, or undefined when it is not one. */
export function dayOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(raw.trim());
  if (!m) return undefined;
  if (raw.trim().length > 10) {
    // A timestamp: take the UTC day, so a block at 23:30-05:00 lands on the next day as the server stored it.
    const t = Date.parse(raw.trim());
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return isRealDay(m[1]!) ? m[1] : undefined;
}

/** True when "YYYY-MM-DD" names a day that exists. */
export function isRealDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && isRealDate(day);
}

/** The day after "YYYY-MM-DD". */
export { nextDay };
