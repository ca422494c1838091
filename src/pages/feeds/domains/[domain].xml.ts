/**
 * `/feeds/domains/<domain>.xml`: an Atom feed of every change covering one domain with a page (decisions on it or
 * on a parent domain, begun and lifted), newest first: the same decisions as its page's dated list, which links
 * to it. Only the domains with a page get a feed (`pagedOn`: every acted-on domain on the curated data; at tens
 * of thousands of communities, the page budget's, src/lib/views/page-budget.ts), and a feed links only to
 * domain pages that exist.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { changesFeed } from '../../../lib/press/feeds.ts';
import { absoluteUrl } from '../../../lib/press/urls.ts';
import { domainPath, serverPath } from '../../../lib/views/paths.ts';

export const getStaticPaths = (async () => {
  const { pagedOn } = await loadAtlas();
  return pagedOn.map(({ domain }) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { views } = await loadAtlas();
  const domain = String(params.domain);
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => absoluteUrl(site, base, path);
  const xml = changesFeed({
    title: `Federation Atlas: changes for ${domain}`,
    subtitle: `Curated communities' decisions on ${domain} (or a parent domain), begun and lifted, newest first.`,
    decisions: views.domainDecisions(domain),
    day: views.day,
    urls: {
      self: abs(`feeds/domains/${domain}.xml`),
      alternate: abs(domainPath(domain)),
      domainPage: (d) => (views.hasPage(d) ? abs(domainPath(d)) : undefined),
      serverPage: (d) => abs(serverPath(d)),
    },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
