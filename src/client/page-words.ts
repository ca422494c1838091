/** The page's language for browser code: its translator and its way of writing a day, from `<html lang>`. */
import { intlLocale, translator } from '../locales/index.ts';
import { formatDate, formatNumber } from '../lib/i18n/format.ts';
import type { Translate } from '../lib/i18n/translate.ts';

/** The page's language code. */
export const pageLang: string = document.documentElement.lang || 'en';

/** Looks an interface string up in the page's language. */
export const t: Translate = translator(pageLang);

const intl = intlLocale(pageLang);
/** Whether this browser's Intl knows the language (some builds of Chromium carry no Welsh and fall back to en-US). */
const intlKnows = Intl.DateTimeFormat.supportedLocalesOf([intl]).length > 0;

/** A count written as the build writes counts in the page's language ("13,838"). */
export function numberWords(n: number): string {
  return formatNumber(intl, n);
}

/**
 * A "YYYY-MM-DD" day in words of the page's language ("31 Rhagfyr 2023"), as the build writes days; where the
 * browser's Intl lacks the language, from the catalogue's month names (`asof.months`), in the same order.
 */
export function dayWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (intlKnows || !m) return formatDate(intl, iso);
  const month = t('asof.months').split('|')[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
