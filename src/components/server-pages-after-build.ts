/**
 * The server pages the build writes after Astro's (src/lib/views/written-pages.ts), from the first server's page as
 * Astro rendered it (./pages-from-template.ts): each with its own body (`serverPageMarkup`, the markup the page's
 * template hands Astro) and its own head words (`serverPageHead`).
 */
import type { Atlas } from '../atlas.ts';
import { serverPath } from '../lib/views/paths.ts';
import type { ServerPageParts } from '../lib/views/server-page.ts';
import type { Server } from '../lib/schema/server.ts';
import { serverPageHead, serverPageMarkup } from './rows/server-page-markup.ts';
import { pagesFromTemplate } from './pages-from-template.ts';
import type { PagesJob } from '../node/pages-after-build.ts';

/**
 * The job writing every server page of `atlas.serverPages.afterBuild` in every language, or undefined when Astro
 * renders them all. `base` is the site's base path and `site` its origin (`import.meta.env.BASE_URL` and `SITE`).
 */
export function serverPagesAfterBuild(atlas: Atlas, base: string, site: string | undefined): PagesJob | undefined {
  const { byAstro, afterBuild } = atlas.serverPages;
  const template = byAstro[0];
  if (afterBuild.length === 0 || template === undefined) return undefined;
  return pagesFromTemplate<Server, ServerPageParts>(
    {
      kind: 'server page',
      template,
      afterBuild,
      path: (server) => serverPath(server.domain),
      parts: (server) => atlas.serverPageParts(server.domain),
      head: (parts, words) => serverPageHead(parts, words.t),
      body: (parts, words) => serverPageMarkup(parts, words).html,
    },
    base,
    site,
  );
}
