/**
 * The interface's languages: one line each. The first is the default, served at the site's root; every other is
 * served under its code (`/cy/`). Its strings are the folder of the same name beside this file (see README.md).
 * Read by astro.config.mjs (Astro's i18n routing), by the pages (which build one copy of each page per language)
 * and by the tests (which fail, naming the key, when a language misses a string).
 */

/** One interface language. */
export interface LocaleConfig {
  /** Its BCP 47 code, which is also its folder's name and its path prefix: "cy". */
  readonly code: string;
  /** Its name in itself, as the language switcher shows it: "Cymraeg". */
  readonly name: string;
  /** The locale its dates and numbers are formatted with, where it differs from `code` (English: "en-GB"). */
  readonly intl?: string;
}

/** The interface's languages; the first is the default. */
export const LOCALES: readonly LocaleConfig[] = [
  { code: 'en', name: 'English', intl: 'en-GB' },
  { code: 'cy', name: 'Cymraeg' },
];
