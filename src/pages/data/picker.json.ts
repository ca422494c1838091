/**
 * `/data/picker.json`: every domain the map's "reach of a domain" picker offers (each has a reach shard under
 * /data/reach/), in the order offered, with how many servers suspend and limit it: `{"domains": [[domain,
 * suspends, limits], …]}` (src/lib/map/picker.ts). The page renders only the first few options; the map's script
 * fetches this file the first time someone uses the picker. Language-free: the words are the script's.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { pickerDomains, pickerList } from '../../lib/map/picker.ts';

export const GET: APIRoute = async () => {
  const { pagedOn } = await loadAtlas();
  return new Response(JSON.stringify(pickerList(pickerDomains(pagedOn))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
