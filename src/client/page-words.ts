/** The page's language for browser code: its translator and its way of writing a day, from `<html lang>`. */
import { intlLocale, translator } from '../locales/index.ts';
import { formatDate } from '../lib/i18n/format.ts';
import type { Translate } from '../lib/i18n/translate.ts';

/** The page's language code. */
export const pageLang: string = document.documentElement.lang || 'en';

/** Looks an interface string up in the page's language. */
export const t: Translate = translator(pageLang);

/** A "YYYY-MM-DD" day in words of the page's language. */
export function dayWords(iso: string): string {
  return formatDate(intlLocale(pageLang), iso);
}
