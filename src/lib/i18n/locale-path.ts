/**
 * Paths of a page in each interface language. The default language is served at the root (`domains/`), every
 * other under its code (`cy/domains/`). Paths here are inside the site, before its base path is added.
 */

/** The path prefix of a language: '' for the default, `cy/` for Welsh. */
export function localePrefix(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '' : `${locale}/`;
}

/**
 * A page's path in a language: `localePath('cy', 'en', 'domains/')` → `'cy/domains/'`; the home page `'/'` or `''`
 * → `'cy/'`. A leading slash is dropped; a query or fragment is kept as written.
 */
export function localePath(locale: string, defaultLocale: string, path: string): string {
  const inner = path.replace(/^\/+/, '');
  return `${localePrefix(locale, defaultLocale)}${inner}`;
}

/**
 * Splits a path inside the site (base already removed, with or without a leading slash) into its language and
 * the language-free rest: `'cy/domains/threads.net/'` → `{ locale: 'cy', rest: 'domains/threads.net/' }`;
 * `'domains/'` → the default language. Only the codes given count as prefixes.
 */
export function splitLocale(path: string, locales: readonly string[], defaultLocale: string): { locale: string; rest: string } {
  const inner = path.replace(/^\/+/, '');
  const first = inner.split('/', 1)[0] ?? '';
  if (first !== defaultLocale && locales.includes(first) && (inner === first || inner.startsWith(`${first}/`))) {
    return { locale: first, rest: inner.slice(first.length + 1) };
  }
  return { locale: defaultLocale, rest: inner };
}
