/**
 * Small reusable zod types shared by the server and decision schemas.
 *
 * The schema checks *shape* only (a string that looks like a date, a number for a latitude).
 * Meaning (is the date real, is the tag registered, is the code assigned) is checked by the
 * validator's rules in `src/lib/rules/`, which can point at the exact line and explain the fix.
 */
import { z } from 'zod';

/** Quotes a value for an error message: strings in double quotes, others as JSON, long ones cut. */
export function quote(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The message for a year written without quotes (`since: 2023`), which YAML reads as a number, or undefined when
 * `input` is not such a number. A `date` field takes the year alone as quoted text ("2023"); a `day` field needs
 * the whole day. Never suggests a day the curator did not give: `YYYY-MM-DD` stays a pattern to fill.
 */
export function bareYearMessage(input: unknown, field: 'date' | 'day'): string | undefined {
  if (typeof input !== 'number' || !Number.isInteger(input) || input < 1000 || input > 9999) return undefined;
  const read = `got the number ${input} (YAML reads a year without quotes as a number)`;
  return field === 'date'
    ? `expected a date as text, ${read}: if only the year is known, quote it: "${input}"; if the source gives the day, write the full date, ${input}-MM-DD`
    : `expected a day as text, ${read}: write the full date, ${input}-MM-DD (the day it was read)`;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a calendar date at year, month or day precision (ISO 8601). */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A date written as text at day, month or year precision, for example `2025-01-19`, `2025-01` or `"2023"`. */
export const DateText = z
  .string({ error: (iss) => bareYearMessage(iss.input, 'date') ?? `expected a date written as text ("YYYY-MM-DD", "YYYY-MM" or "YYYY"), got ${quote(iss.input)}` })
  .regex(DATE_PATTERN, { error: (iss) => `expected a date as "YYYY-MM-DD", "YYYY-MM" or "YYYY", got ${quote(iss.input)}` })
  .describe('A date as text: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.');

/** A day: `YYYY-MM-DD`, used where the exact day is always known (the day a page was read). */
export const DayText = z
  .string({ error: (iss) => bareYearMessage(iss.input, 'day') ?? `expected a day written as "YYYY-MM-DD", got ${quote(iss.input)}` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `expected a day as "YYYY-MM-DD", got ${quote(iss.input)}` })
  .describe('A day as text: "YYYY-MM-DD".');

/** An absolute URL. Which schemes are allowed (https only) is the `url-scheme` rule's job. */
export const UrlText = z
  .string({ error: (iss) => `expected a URL as text, got ${quote(iss.input)}` })
  .min(1, { error: 'expected a URL, got an empty string' })
  .max(2048, { error: 'URL is longer than 2048 characters' })
  .describe('An absolute https:// URL.');

/** A domain name as written in the file. Its normal form (lower case, punycode, no scheme) is the `domain-form` rule's job. */
export const DomainText = z
  .string({ error: (iss) => `expected a domain name as text, got ${quote(iss.input)}` })
  .min(1, { error: 'expected a domain name, got an empty string' })
  .max(253, { error: 'a domain name has at most 253 characters' })
  .describe('A domain name in its normal form: lower case, no scheme, path, port or trailing dot; IDN as punycode (xn--).');

/** Free text shown to readers: never empty, bounded, rendered as text (never as HTML). */
export function freeText(max: number, description: string) {
  return z
    .string({ error: (iss) => `expected text, got ${quote(iss.input)}` })
    .trim()
    .min(1, { error: 'expected text, got an empty string' })
    .max(max, { error: `text is longer than ${max} characters` })
    .describe(description);
}

/** Builds an enum whose error names every allowed value and quotes what was found. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  const allowed = values.map((v) => `"${v}"`);
  const list = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `one of ${allowed.join(', ')}`;
  return z.enum(values, { error: (iss) => `expected ${list}, got ${quote(iss.input)}` }).describe(description);
}
