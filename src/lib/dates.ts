/** Calendar dates at day, month or year precision ("2025-01-19", "2025-01", "2023"), as the data writes them. */

/** True when the text is a real calendar date at its precision (no 30 February, no month 13). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The digit at `at` (0–9), or -1 when the character there is not an ASCII digit. */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * True when the text is a real calendar day written "YYYY-MM-DD" (no 30 February, no month 13): `isRealDate` at day
 * precision, read character by character with nothing allocated. The reach model checks the day it is asked about
 * with it, tens of millions of times in a large build.
 */
export function isRealDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month);
}

/** The first day a date at any precision can mean: "2023" → "2023-01-01". */
export function firstDay(text: string): string {
  return text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text;
}

/** The last day a date at any precision can mean: "2023" → "2023-12-31", "2024-02" → "2024-02-29". */
export function lastDay(text: string): string {
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) return `${text}-${String(daysInMonth(Number(text.slice(0, 4)), Number(text.slice(5, 7)))).padStart(2, '0')}`;
  return text;
}

/** The day after a day: "2024-02-28" → "2024-02-29". */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in UTC as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
