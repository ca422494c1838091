/**
 * The server pages the build writes after Astro's (src/lib/views/written-pages.ts): each one is the template
 * page Astro rendered in its language (the first server's), with the server's own body (`serverPageMarkup`, the
 * markup the page's template hands Astro), its own head words (`serverPageHead` through `pageHead`, as the layout
 * works them out) and its own address (src/lib/html/page-template.ts). Before any page is written, the template is
 * written back from itself and must come out byte for byte as Astro wrote it; otherwise the build stops.
 */
import type { Atlas } from '../atlas.ts';
import { pageHead, pageI18n, localeParams, SITE_ORIGIN_FALLBACK, type PageI18n } from '../i18n.ts';
import { pageTemplate, writePage, type PageTemplate } from '../lib/html/page-template.ts';
import { serverPath } from '../lib/views/paths.ts';
import { withBase } from '../lib/url.ts';
import { serverPageHead, serverPageMarkup } from './rows/server-page-markup.ts';
import type { PagesJob } from '../node/pages-after-build.ts';

/** One language of the written pages: its words, and its template once read. */
interface Language {
  words: PageI18n;
  template?: PageTemplate;
}

/**
 * The job writing every server page of `atlas.serverPages.afterBuild` in every language, or undefined when Astro
 * renders them all. `base` is the site's base path and `site` its origin (`import.meta.env.BASE_URL` and `SITE`).
 */
export function serverPagesAfterBuild(atlas: Atlas, base: string, site: string | undefined): PagesJob | undefined {
  const { byAstro, afterBuild } = atlas.serverPages;
  const template = byAstro[0]?.domain;
  if (afterBuild.length === 0 || template === undefined) return undefined;
  const origin = new URL(site ?? SITE_ORIGIN_FALLBACK);
  return function* (read) {
    // Each language's helpers, as a page at the language's root gets them (a server page's differ only in its alternates, which the template holds).
    const languages: Language[] = localeParams().map(({ locale }) => ({ words: pageI18n({ url: new URL(withBase(base, locale ? `${locale}/` : ''), origin) }) }));
    const file = (address: string) => `${address.slice(withBase(base, '').length)}index.html`;
    /** The page of `domain` in `lang`: its file, and its text written from `lang`'s template. */
    const page = (domain: string, lang: Language, from: PageTemplate): readonly [string, string] => {
      const { words } = lang;
      const parts = atlas.serverPageParts(domain);
      const head = pageHead(serverPageHead(parts, words.t), { siteName: words.t('common.site-name'), homeTitle: words.t('common.home-title'), siteCardAlt: words.t('common.og-alt'), asset: words.asset, origin });
      const address = words.page(serverPath(domain));
      return [file(address), writePage(from, `/${serverPath(domain)}`, head, serverPageMarkup(parts, words).html)];
    };
    for (const lang of languages) {
      const own = lang.words.page(serverPath(template));
      const text = read(file(own));
      lang.template = pageTemplate(text, serverPageMarkup(atlas.serverPageParts(template), lang.words).html, `/${serverPath(template)}`);
      const [, again] = page(template, lang, lang.template);
      if (again !== text) {
        let at = 0;
        while (at < text.length && text[at] === again[at]) at += 1;
        throw new Error(
          `the server page template ${file(own)} does not write itself back as Astro wrote it (first difference at character ${at}: ${JSON.stringify(text.slice(at, at + 80))} against ${JSON.stringify(again.slice(at, at + 80))}); its layout, head or body changed without src/lib/html/page-template.ts`,
        );
      }
    }
    // Each server's languages one after the other: its page's parts are computed once (the views keep the last).
    for (const server of afterBuild) for (const lang of languages) yield page(server.domain, lang, lang.template!);
  };
}
