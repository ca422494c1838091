/** A federation decision: a server limits or suspends a domain, from a date, with evidence. */
import { z } from 'zod';
import { Evidence } from './evidence.ts';
import { bareYearMessage, choice, DateText, DayText, DomainText, freeText, quote } from './primitives.ts';

/** Mastodon's two public severities: `silence` (shown as "Limit") and `suspend`. Other software maps to these. */
export const SEVERITIES = ['silence', 'suspend'] as const;

/** A decision's severity. */
export type Severity = (typeof SEVERITIES)[number];

/** The bare-year message for `{ on_or_before: 2023 }`, which the union would otherwise report as a whole. */
function onOrBeforeYear(input: unknown): string | undefined {
  const inner = input !== null && typeof input === 'object' ? (input as Record<string, unknown>).on_or_before : undefined;
  const message = bareYearMessage(inner, 'date');
  return message && `on_or_before: ${message}`;
}

/** When a decision began: an exact date, or a date it was in force on or before (an archive's first sighting). */
export const Since = z
  .union(
    [
      DateText,
      z
        .strictObject({
          on_or_before: DateText.describe('The decision was already in force on this date; it may be older (e.g. the first archived snapshot that lists it).'),
        })
        .describe('A decision first seen on a date, which may have begun earlier.'),
    ],
    { error: (iss) => bareYearMessage(iss.input, 'date') ?? onOrBeforeYear(iss.input) ?? `expected a date ("YYYY-MM-DD") or { on_or_before: "YYYY-MM-DD" }, got ${quote(iss.input)}` },
  )
  .describe('When the decision began: a date, or { on_or_before: date } when only an upper bound is known.');

/** An obfuscated target as Mastodon publishes it: a pattern with `*` for hidden characters and the SHA-256 of the real domain. */
export const Obfuscated = z
  .strictObject({
    pattern: freeText(253, 'The domain as published, with hidden characters as "*", e.g. "thr**ds.net".'),
    digest: z
      .string({ error: (iss) => `expected a SHA-256 digest as 64 hex characters, got ${quote(iss.input)}` })
      .regex(/^[0-9a-f]{64}$/, { error: (iss) => `expected a SHA-256 digest as 64 lower-case hex characters, got ${quote(iss.input)}` })
      .describe('SHA-256 (hex) of the real domain, as the server published it; absent when the list gives none.')
      .optional(),
  })
  .describe('The target as the server published it, when it hid part of the domain. Keep it until the digest is resolved, and after.');

/** One decision by the server whose file this is. */
export const Decision = z
  .strictObject({
    domain: DomainText.describe('The domain acted on (the decision also covers its subdomains). Omit only while an obfuscated target is unresolved.').optional(),
    obfuscated: Obfuscated.optional(),
    severity: choice(SEVERITIES, 'What the server does: "silence" (Mastodon\'s "Limit") or "suspend" (defederate).'),
    original: freeText(80, 'The source software\'s own name for the action where it differs, e.g. Akkoma "reject", Lemmy "blocked".').optional(),
    reject_media: z.boolean({ error: (iss) => `expected true or false, got ${quote(iss.input)}` }).describe('Mastodon: media from the domain is not stored.').optional(),
    reject_reports: z.boolean({ error: (iss) => `expected true or false, got ${quote(iss.input)}` }).describe('Mastodon: reports from the domain are ignored.').optional(),
    since: Since,
    until: DateText.describe('The day the decision was lifted, if it was (it is no longer in force that day). Absent means still in force. With last_seen: the day it was known to be lifted by.').optional(),
    last_seen: DayText.describe('When the exact day of lifting is unknown: the last day the decision was seen in force (e.g. the last archived snapshot listing it). It was lifted after this day and on or before until.').optional(),
    comment: freeText(2000, 'The server\'s own public comment on the decision, quoted as published. Leave out to omit it.').optional(),
    evidence: Evidence.describe('The source of this decision. May be left out only when it was read from the list named in blocklist.evidence.').optional(),
    lifted_evidence: Evidence.describe(
      'With until: the source that shows the decision no longer in force, e.g. the first archived snapshot of the list that no longer names the domain (retrieved = that snapshot\'s day).',
    ).optional(),
  })
  .refine((d) => d.domain !== undefined || d.obfuscated !== undefined, {
    error: 'a decision needs a "domain", or an "obfuscated" pattern while the domain is unresolved',
  })
  .refine((d) => d.lifted_evidence === undefined || d.until !== undefined, {
    error: 'lifted_evidence shows a lift: it needs an "until" (the day the decision was no longer in force)',
    path: ['lifted_evidence'],
  })
  .describe('A federation decision by this server on one domain.');

/** A decision, as parsed. */
export type Decision = z.infer<typeof Decision>;
/** When a decision began, as parsed. */
export type Since = z.infer<typeof Since>;

/** The date part of a `since` value, whether exact or "on or before". */
export function sinceDate(since: Since): string {
  return typeof since === 'string' ? since : since.on_or_before;
}
