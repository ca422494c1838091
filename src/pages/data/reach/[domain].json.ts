/**
 * `/data/reach/<domain>.json`: what every curated server does to one domain, on the atlas's day, for each
 * domain some curated server has a decision on (each with a page: `pagedOn`, all of them but in a huge dataset). The map fetches one when a visitor picks a domain; the
 * states are the reach model's (src/lib/reach/), computed here at build time. Astro writes the first domain's file;
 * the build writes the others after it, from the same `reachShardJson` (`dataFiles`, src/lib/views/written-pages.ts); `astro dev`
 * serves any of them from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  const { byAstro, afterBuild } = atlas.dataFiles;
  if (afterBuild.length > 0) {
    atlas.writeAfterBuild('reach shards', function* () {
      for (const domain of afterBuild) yield [`data/reach/${domain}.json`, atlas.reachShardJson(domain)];
    });
  }
  return byAstro.map((domain) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { reachShardJson } = await loadAtlas();
  return new Response(reachShardJson(String(params.domain)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
