/**
 * `/og/servers/<domain>.png`: the Open Graph card (1200×630) of every curated server (of the `OG_TOP_SERVERS`
 * with the longest lists, in a very large dataset), cached by content hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { serverCard } from '../../../lib/press/og-pages.ts';
import { serverCardSvg } from '../../../lib/press/og-svg.ts';

export const getStaticPaths = (async () => {
  const { servers, views } = await loadAtlas();
  const carded = views.ogServers();
  return servers.filter(({ domain }) => carded.has(domain)).map(({ domain }) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views, press } = await loadAtlas();
  const server = views.server(String(params.domain))!;
  const svg = serverCardSvg(serverCard(server, views.actingCounts(), views.day));
  return new Response(new Uint8Array(await press.ogPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
