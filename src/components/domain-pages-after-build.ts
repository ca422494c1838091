/**
 * The domain pages the build writes after Astro's (src/lib/views/written-pages.ts), from the first paged domain's page
 * as Astro rendered it (./pages-from-template.ts): each with its own body (`domainPageMarkup`, the markup the page's
 * template hands Astro) and its own head words and feed (`domainPageHead`).
 */
import type { Atlas } from '../atlas.ts';
import { domainPath } from '../lib/views/paths.ts';
import type { DomainPageParts } from '../lib/views/domain-page.ts';
import { domainPageHead, domainPageMarkup } from './rows/domain-page-markup.ts';
import { pagesFromTemplate } from './pages-from-template.ts';
import type { PagesJob } from '../node/pages-after-build.ts';

/**
 * The job writing every domain page of `atlas.domainPages.afterBuild` in every language, or undefined when Astro
 * renders them all. `base` is the site's base path and `site` its origin (`import.meta.env.BASE_URL` and `SITE`).
 */
export function domainPagesAfterBuild(atlas: Atlas, base: string, site: string | undefined): PagesJob | undefined {
  const { byAstro, afterBuild } = atlas.domainPages;
  const template = byAstro[0];
  if (afterBuild.length === 0 || template === undefined) return undefined;
  return pagesFromTemplate<string, DomainPageParts>(
    {
      kind: 'domain page',
      template,
      afterBuild,
      path: domainPath,
      parts: (domain) => atlas.domainPageParts(domain),
      head: (parts, words) => domainPageHead(parts, words),
      body: (parts, words) => domainPageMarkup(parts, { ...words, base }).html,
    },
    base,
    site,
  );
}
