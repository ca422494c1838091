/**
 * The interface language of the page being built, for pages, layouts and components: its translator, the path of
 * any page in the same language, its dates and numbers, and the same page in every other language (for the
 * switcher and `<link rel="alternate" hreflang>`). Every `.astro` page lives under `src/pages/[...locale]/` and
 * builds one copy per language (`localeStaticPaths`); the default language has no prefix.
 */
import { LOCALES } from './locales/config.ts';
import { DEFAULT_LOCALE, intlLocale, LOCALE_CODES, translator } from './locales/index.ts';
import { formatDate, formatNumber, formatPercent } from './lib/i18n/format.ts';
import { localePath, splitLocale } from './lib/i18n/locale-path.ts';
import type { Translate } from './lib/i18n/translate.ts';
import { withBase } from './lib/url.ts';

/** Every page's Content-Security-Policy (src/lib/html/content-security-policy.ts), for the layouts' head. */
export { CONTENT_SECURITY_POLICY } from './lib/html/content-security-policy.ts';
/**
 * The head's words that change from page to page (src/lib/html/page-head.ts), for the layout: re-exported here, as the
 * policy is, because the layout's imports decide the order of the site's stylesheets (see src/README.md).
 */
export { pageHead, SITE_ORIGIN_FALLBACK } from './lib/html/page-head.ts';

/** The same page in one language. */
export interface Alternate {
  /** Its BCP 47 code. */
  code: string;
  /** Its name in itself ("Cymraeg"). */
  name: string;
  /** The page's address in it, under the base (query and fragment are added by the browser's switcher). */
  href: string;
  /** Whether it is the page's own language. */
  current: boolean;
}

/** What a page needs to speak its language. */
export interface PageI18n {
  /** The page's language code ("cy"). */
  locale: string;
  /** Looks up an interface string in it. */
  t: Translate;
  /** The address of a page of the site in this language, under the base: `page('domains/')` → `/cy/domains/`. */
  page: (path: string) => string;
  /** The address of a file that has no language (data, images, feeds), under the base. */
  asset: (path: string) => string;
  /** An ISO date at its own precision, in words of the language. */
  date: (iso: string) => string;
  /** A number with the language's separators. */
  num: (n: number) => string;
  /** A share (0–1) as a percentage. */
  percent: (share: number) => string;
  /** This page in every language, in configured order. */
  alternates: Alternate[];
  /**
   * The language curators write the data's free text in (summaries, notes, comments): put `lang={dataLang}` on
   * elements holding it, so a Welsh page marks English text as English for screen readers and hyphenation.
   */
  dataLang: string;
}

/** The language curators write the data's free text in (data/README.md). */
export const DATA_LANG = 'en';

/** The parts of Astro's global a page's language is read from. */
export interface AstroLike {
  /** The language Astro's i18n routing found in the URL. */
  currentLocale?: string | undefined;
  /** The page's URL. */
  url: URL;
}

/**
 * The language code of the page: the first segment of its path under the base when it is a configured language,
 * else the default. Not Astro's `currentLocale`, which also matches a code deeper in the path (it made
 * /languages/cy/, the page about the Welsh language, a Welsh page).
 */
export function localeOf(astro: AstroLike, base: string = import.meta.env.BASE_URL): string {
  const baseNoSlash = base.replace(/\/+$/, '');
  const path = astro.url.pathname;
  const inside = baseNoSlash && path.startsWith(baseNoSlash) ? path.slice(baseNoSlash.length) : path;
  return splitLocale(inside, LOCALE_CODES, DEFAULT_LOCALE).locale;
}

/**
 * Dates in words by language, as `formatDate` gives them: a build words the same few thousand days on thousands of
 * pages (Intl's formatting is the costly part), so each is worded once per language.
 */
const datesByLocale = new Map<string, Map<string, string>>();

function datesIn(intl: string, iso: string): string {
  let dates = datesByLocale.get(intl);
  if (!dates) datesByLocale.set(intl, (dates = new Map()));
  let text = dates.get(iso);
  if (text === undefined) dates.set(iso, (text = formatDate(intl, iso)));
  return text;
}

/**
 * The helpers of the pages being built, by address: every component of a page asks for them (a long table's rows
 * did, once per badge and evidence link), and they depend on the address alone. The last few are kept.
 */
const helpersByPath = new Map<string, PageI18n>();

/** The page's language and its helpers (the same object for every component of a page). */
export function pageI18n(astro: AstroLike): PageI18n {
  const path = astro.url.pathname;
  let helpers = helpersByPath.get(path);
  if (!helpers) {
    helpers = makePageI18n(path);
    if (helpersByPath.size >= 16) helpersByPath.delete(helpersByPath.keys().next().value!);
    helpersByPath.set(path, helpers);
  }
  return helpers;
}

function makePageI18n(pathname: string): PageI18n {
  const base = import.meta.env.BASE_URL;
  const locale = localeOf({ url: { pathname } as URL }, base);
  const intl = intlLocale(locale);
  const baseNoSlash = base.replace(/\/+$/, '');
  const inside = pathname.startsWith(baseNoSlash) ? pathname.slice(baseNoSlash.length) : pathname;
  const { rest } = splitLocale(inside, LOCALE_CODES, DEFAULT_LOCALE);
  return {
    locale,
    t: translator(locale),
    page: (path) => withBase(base, localePath(locale, DEFAULT_LOCALE, path)),
    asset: (path) => withBase(base, path),
    date: (iso) => datesIn(intl, iso),
    num: (n) => formatNumber(intl, n),
    percent: (share) => formatPercent(intl, share),
    dataLang: DATA_LANG,
    alternates: LOCALES.map((l) => ({ code: l.code, name: l.name, href: withBase(base, localePath(l.code, DEFAULT_LOCALE, rest)), current: l.code === locale })),
  };
}

/** The `locale` route parameter of each language: undefined for the default (no prefix), the code for others. */
export function localeParams(): { locale: string | undefined }[] {
  return LOCALE_CODES.map((code) => ({ locale: code === DEFAULT_LOCALE ? undefined : code }));
}

/** getStaticPaths for a page with no other parameter: one copy per language. */
export function localeStaticPaths(): { params: { locale: string | undefined } }[] {
  return localeParams().map((params) => ({ params }));
}

/**
 * One copy of each of a page's paths per language: the `locale` parameter is added to each path's params. Each
 * path's languages come together, so a page's view model (kept for the last few pages asked) is computed once and
 * worded in every language.
 *
 * @param paths The page's own paths (params and props), as for one language.
 */
export function perLocale<P extends Record<string, string | undefined>, T>(paths: readonly { params: P; props?: T }[]): { params: P & { locale: string | undefined }; props?: T }[] {
  const locales = localeParams();
  return paths.flatMap((p) => locales.map(({ locale }) => ({ ...p, params: { ...p.params, locale } })));
}
