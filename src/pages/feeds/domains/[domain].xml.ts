/**
 * `/feeds/domains/<domain>.xml`: an Atom feed of every change covering one domain with a page (decisions on it or
 * on a parent domain, begun and lifted), newest first: the same decisions as its page's dated list, which links
 * to it. Only the domains with a page get a feed (`pagedOn`: every acted-on domain on the curated data; at tens
 * of thousands of communities, the page budget's, src/lib/views/page-budget.ts), and a feed links only to
 * domain pages that exist. Astro writes the first domain's feed; the build writes the others after it, from the same
 * `domainFeed` (`dataFiles`, src/lib/views/written-pages.ts); `astro dev` serves any of them from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { domainFeed } from '../../../lib/press/feeds.ts';
import { absoluteUrl, domainFeedPath } from '../../../lib/press/urls.ts';

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  const { byAstro, afterBuild } = atlas.dataFiles;
  if (afterBuild.length > 0) {
    const base = import.meta.env.BASE_URL;
    const site = import.meta.env.SITE;
    atlas.writeAfterBuild('domain feeds', function* () {
      for (const domain of afterBuild) yield [domainFeedPath(domain), domainFeed(atlas.views, domain, (path) => absoluteUrl(site, base, path))];
    });
  }
  return byAstro.map((domain) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { views } = await loadAtlas();
  const base = import.meta.env.BASE_URL;
  return new Response(domainFeed(views, String(params.domain), (path) => absoluteUrl(site, base, path)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
