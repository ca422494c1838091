/**
 * `/data/reach/<domain>.json`: what every curated server does to one domain, on the atlas's day, for each
 * domain some curated server has a decision on (each with a page: `pagedOn`, all of them but in a huge dataset). The map fetches one when a visitor picks a domain; the
 * states are the reach model's (src/lib/reach/), computed here at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';

export const getStaticPaths = (async () => {
  const { pagedOn } = await loadAtlas();
  return pagedOn.map(({ domain }) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { reachShardJson } = await loadAtlas();
  return new Response(reachShardJson(String(params.domain)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
