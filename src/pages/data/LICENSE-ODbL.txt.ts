/** `/data/LICENSE-ODbL.txt`: the data's licence, data/LICENSE-ODbL.txt as it is. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';

export const GET: APIRoute = async () => {
  const { press } = await loadAtlas();
  return new Response(press.licence(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
