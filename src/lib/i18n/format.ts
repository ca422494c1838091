/**
 * Dates and numbers in the reader's language, with `Intl`. Dates in the data are ISO 8601 days, months or years
 * ("2025-01-19", "2025-01", "2025"); they are shown at the precision they have ("19 January 2025", "Ionawr 2025",
 * "2025") and always read as UTC days, so the build's time zone never shifts them. Anything else is returned as it
 * is: the page shows what the data says rather than guess.
 */

// Not data caches: Intl formatters by locale, the same for every dataset (allowed by tests/unit/architecture.test.ts).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

/** "19 January 2025" (en), "19 Ionawr 2025" (cy) for "2025-01-19"; "January 2025" for "2025-01"; "2025" for "2025". */
export function formatDate(locale: string, iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day[3])) return iso;
    return cached(dayFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return iso;
    const date = new Date(Date.UTC(Number(month[1]), m - 1, 1));
    return cached(monthFormats, locale, () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
  }
  return iso;
}

/** A number with the language's grouping and decimal marks: 12345.6 → "12,345.6" (en). */
export function formatNumber(locale: string, value: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** A share as a percentage with at most one decimal: 0.1234 → "12.3%" (en), "12.3%" (cy). */
export function formatPercent(locale: string, share: number): string {
  return cached(percentFormats, locale, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(share);
}
