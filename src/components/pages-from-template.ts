/**
 * Pages of one kind written after Astro's build from the one Astro rendered (src/lib/views/written-pages.ts): each
 * is the template page in its language (the first item's), with the item's own body (the markup the page's template
 * hands Astro), its own head words (through `pageHead`, as the layout works them out) and its own address where the
 * template's was (src/lib/html/page-template.ts). Before any page is written, the template is written back from
 * itself and must come out byte for byte as Astro wrote it; otherwise the build stops. Server pages
 * (./server-pages-after-build.ts) and domain pages (./domain-pages-after-build.ts) are written so.
 */
import { pageHead, pageI18n, localeParams, SITE_ORIGIN_FALLBACK, type PageI18n } from '../i18n.ts';
import type { PageHeadProps } from '../lib/html/page-head.ts';
import { pageTemplate, writePage, type PageTemplate } from '../lib/html/page-template.ts';
import { withBase } from '../lib/url.ts';
import type { PagesJob } from '../node/pages-after-build.ts';

/** A kind of page written from a template: its items, and how each one's page is made. */
export interface TemplatedPages<T, P> {
  /** What the pages are, for the build's error ("server page"). */
  kind: string;
  /** The item whose page Astro rendered, in every language: the template. */
  template: T;
  /** The items whose pages are written after the build, in order. */
  afterBuild: readonly T[];
  /** The item's page as a language-free path (`servers/alba.example/`). */
  path(item: T): string;
  /** What the item's page shows, computed once for all its languages. */
  parts(item: T): P;
  /** Its head's props, in a language. */
  head(parts: P, words: PageI18n): PageHeadProps;
  /** Its body's markup, in a language. */
  body(parts: P, words: PageI18n): string;
}

/** One language of the written pages: its words, and its template once read. */
interface Language {
  words: PageI18n;
  template?: PageTemplate;
}

/**
 * The job writing every page of `pages.afterBuild` in every language, from the template's page in that language.
 * `base` is the site's base path and `site` its origin (`import.meta.env.BASE_URL` and `SITE`).
 */
export function pagesFromTemplate<T, P>(pages: TemplatedPages<T, P>, base: string, site: string | undefined): PagesJob {
  const origin = new URL(site ?? SITE_ORIGIN_FALLBACK);
  return function* (read) {
    // Each language's helpers, as a page at the language's root gets them (a page's differ only in its alternates, which the template holds).
    const languages: Language[] = localeParams().map(({ locale }) => ({ words: pageI18n({ url: new URL(withBase(base, locale ? `${locale}/` : ''), origin) }) }));
    const file = (address: string) => `${address.slice(withBase(base, '').length)}index.html`;
    /** The page of an item with `parts` in `lang`: its file, and its text written from `from`. */
    const page = (item: T, parts: P, lang: Language, from: PageTemplate): readonly [string, string] => {
      const { words } = lang;
      const head = pageHead(pages.head(parts, words), { siteName: words.t('common.site-name'), homeTitle: words.t('common.home-title'), siteCardAlt: words.t('common.og-alt'), asset: words.asset, origin });
      return [file(words.page(pages.path(item))), writePage(from, `/${pages.path(item)}`, head, pages.body(parts, words))];
    };
    const templateParts = pages.parts(pages.template);
    for (const lang of languages) {
      const own = file(lang.words.page(pages.path(pages.template)));
      const text = read(own);
      lang.template = pageTemplate(text, pages.body(templateParts, lang.words), `/${pages.path(pages.template)}`);
      const [, again] = page(pages.template, templateParts, lang, lang.template);
      if (again !== text) {
        let at = 0;
        while (at < text.length && text[at] === again[at]) at += 1;
        throw new Error(
          `the ${pages.kind} template ${own} does not write itself back as Astro wrote it (first difference at character ${at}: ${JSON.stringify(text.slice(at, at + 80))} against ${JSON.stringify(again.slice(at, at + 80))}); its layout, head or body changed without src/lib/html/page-template.ts`,
        );
      }
    }
    // Each item's languages one after the other: its parts are computed once.
    for (const item of pages.afterBuild) {
      const parts = pages.parts(item);
      for (const lang of languages) yield page(item, parts, lang, lang.template!);
    }
  };
}
