/**
 * `/data/as-of.json`: every curated community's state segments towards a domain none of them acts on (what its
 * silence means on each day), and the days an as-of replay may choose. With a domain's shard (which carries the
 * segments of the communities acting on it) the browser can show any day by look-up; see
 * src/lib/map/as-of-history.ts.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';

export const GET: APIRoute = async () => {
  const { silence } = await loadAtlas();
  return new Response(JSON.stringify(silence), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
