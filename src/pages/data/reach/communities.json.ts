/**
 * `/data/reach/communities.json`: every curated community's domain, sorted by domain, written once beside the reach
 * shards. A shard's state codes follow this order (src/lib/map/shard-codec.ts); a reader without the map's records
 * (the domain page, the embeds, the downloads) fetches it once to decode any shard.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import type { ShardCommunities } from '../../../lib/map/shard-codec.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  const body: ShardCommunities = { communities: servers.map((s) => s.domain) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
