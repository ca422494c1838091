/**
 * `/data/names.json`: every curated community's name by domain ({domain: name}, sorted by domain), fetched by a
 * domain page's download for its `name` column (src/lib/press/shard-rows.ts).
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { communityNames } from '../../lib/press/shard-rows.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  return new Response(`${JSON.stringify(communityNames(servers))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
