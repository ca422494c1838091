/**
 * `/feeds/atlas.xml`: an Atom feed of the atlas's federation changes (decisions begun and lifted), newest first,
 * the latest ATLAS_FEED_LIMIT of them (src/lib/press/feeds.ts).
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { ATLAS_FEED_LIMIT, changesFeed } from '../../lib/press/feeds.ts';
import { absoluteUrl } from '../../lib/press/urls.ts';
import { domainPath, serverPath } from '../../lib/views/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { servers, views } = await loadAtlas();
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => absoluteUrl(site, base, path);
  const xml = changesFeed({
    title: 'Federation Atlas: federation changes',
    subtitle: `The latest ${ATLAS_FEED_LIMIT} decisions begun or lifted by the atlas's curated communities, newest first.`,
    decisions: servers.flatMap((s) => s.blocks.map((decision) => ({ community: s.domain, decision }))),
    limit: ATLAS_FEED_LIMIT,
    day: views.day,
    urls: {
      self: abs('feeds/atlas.xml'),
      alternate: abs('/'),
      domainPage: (d) => (views.hasPage(d) ? abs(domainPath(d)) : undefined),
      serverPage: (d) => abs(serverPath(d)),
    },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
