/**
 * The language check of a built page: its `<html lang>` is the language its path says (`cy/…` is Welsh, anything
 * else the default), and its links to other pages stay in that language, except links that say they lead to
 * another language (`hreflang`: the language switcher and `<link rel="alternate">`). A Welsh page that sends the
 * reader to an English page by accident is a problem named with the link. Pure: the caller reads the pages.
 */
import type { HtmlElement } from './html.ts';
import { splitLocale } from '../../src/lib/i18n/locale-path.ts';

/** The languages of the site, as config.ts lists them. */
export interface SiteLocales {
  /** Every language's code. */
  codes: readonly string[];
  /** The default language's code (no path prefix). */
  defaultLocale: string;
}

/** The language of a built file from its path inside the site (base removed): `cy/domains/x/index.html` → `cy`. */
export function localeOfFile(file: string, locales: SiteLocales): string {
  return splitLocale(file, locales.codes, locales.defaultLocale).locale;
}

/**
 * The page's language problems.
 *
 * @param elements The page's elements.
 * @param page The page's file inside the site (`cy/index.html`).
 * @param links The page's internal links to other built HTML pages: the element's attributes and the target file.
 * @param locales The site's languages.
 */
export function localeProblems(
  elements: readonly HtmlElement[],
  page: string,
  links: readonly { attrs: Readonly<Record<string, string>>; href: string; file: string }[],
  locales: SiteLocales,
): string[] {
  const want = localeOfFile(page, locales);
  const problems: string[] = [];
  const html = elements.find((e) => e.tag === 'html');
  const lang = html?.attrs.lang;
  if (lang !== want) problems.push(`<html lang="${lang ?? ''}"> where the path says the page is in "${want}"`);
  for (const { attrs, href, file } of links) {
    const target = localeOfFile(file, locales);
    if (target === want) continue;
    if (attrs.hreflang === target) continue;
    problems.push(`link "${href}" leads to a page in "${target}" from a page in "${want}" without hreflang="${target}"`);
  }
  return problems;
}
