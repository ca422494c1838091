/**
 * `/feeds/domains/<domain>.xml`: an Atom feed of every change covering one domain acted on (decisions on it or
 * on a parent domain, begun and lifted), newest first: the same decisions as its page's dated list.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { changesFeed } from '../../../lib/press/feeds.ts';
import { absoluteUrl } from '../../../lib/press/urls.ts';
import { domainPath, serverPath } from '../../../lib/views/paths.ts';

export const getStaticPaths = (async () => {
  const { actedOn } = await loadAtlas();
  return actedOn.map(({ domain }) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { actedOn, views } = await loadAtlas();
  const domain = String(params.domain);
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => absoluteUrl(site, base, path);
  const pages = new Set(actedOn.map((a) => a.domain));
  const xml = changesFeed({
    title: `Federation Atlas: changes for ${domain}`,
    subtitle: `Curated communities' decisions on ${domain} (or a parent domain), begun and lifted, newest first.`,
    decisions: views.domainDecisions(domain),
    day: views.day,
    urls: {
      self: abs(`feeds/domains/${domain}.xml`),
      alternate: abs(domainPath(domain)),
      domainPage: (d) => (pages.has(d) ? abs(domainPath(d)) : undefined),
      serverPage: (d) => abs(serverPath(d)),
    },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
