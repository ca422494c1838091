/**
 * Every interface language's strings, gathered from the folders beside this file: `src/locales/<code>/<part>.json`
 * holds the keys of one part of the site, and each key is used as `<part>.<key>` ("map.json"'s "heading" is
 * "map.heading"). Gathered by Vite at build time (`import.meta.glob`), so adding a language is adding a folder and
 * its line in config.ts, and nothing here. Used by the pages (through src/i18n.ts), by the browser code (which
 * picks the page's language from `<html lang>`), and by the tests.
 */
import { LOCALES } from './config.ts';
import { makeTranslator, type Catalogue, type Entry, type Translate } from '../lib/i18n/translate.ts';

/**
 * The parts only pages use, at build time: browser code never looks their keys up, so the browser's bundle leaves
 * them out (tests/unit/locales/browser-parts.test.ts makes sure no browser or lib code names them). A key of one of
 * them looked up in the browser throws, naming it.
 */
export const PAGE_ONLY_PARTS: readonly string[] = ['data', 'domain', 'groups', 'methodology', 'server'];

// Two literal globs (Vite needs literals): every part for the build, the browser's parts for the browser bundle, where
// `import.meta.env.SSR` is false and the first glob, with the parts only it imports, is dropped.
const files = import.meta.env.SSR
  ? import.meta.glob<Record<string, Entry>>('./*/*.json', { eager: true, import: 'default' })
  : import.meta.glob<Record<string, Entry>>(['./*/*.json', '!./*/{data,domain,groups,methodology,server}.json'], { eager: true, import: 'default' });

/** The catalogues by language code, each the union of its folder's parts with their keys prefixed. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = (() => {
  const out: Record<string, Record<string, Entry>> = {};
  for (const path of Object.keys(files).sort()) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, code = '', part = ''] = match;
    const target = (out[code] ??= {});
    for (const [key, entry] of Object.entries(files[path] ?? {})) target[`${part}.${key}`] = entry;
  }
  return out;
})();

/** The default language's code: the first in config.ts. */
export const DEFAULT_LOCALE: string = LOCALES[0]?.code ?? 'en';

/** The configured languages' codes, in order. */
export const LOCALE_CODES: readonly string[] = LOCALES.map((l) => l.code);

/** The locale a language's dates and numbers are formatted with ("en" → "en-GB"). */
export function intlLocale(code: string): string {
  return LOCALES.find((l) => l.code === code)?.intl ?? code;
}

const translators = new Map<string, Translate>();

/**
 * The translator of a language; an unconfigured code gets the default language's. A key missing from the
 * language throws (naming it): the tests make sure none is.
 */
export function translator(locale: string): Translate {
  const code = LOCALE_CODES.includes(locale) ? locale : DEFAULT_LOCALE;
  let t = translators.get(code);
  if (!t) {
    t = makeTranslator(intlLocale(code), CATALOGUES[code] ?? {});
    translators.set(code, t);
  }
  return t;
}
