/**
 * `/data/absence.json`: what each curated community's silence means as of the atlas's day (the reach model
 * asked about a domain no decision covers): the domain look-up's answer for any domain nobody acts on.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';

export const GET: APIRoute = async () => {
  const { views } = await loadAtlas();
  return new Response(JSON.stringify(views.absence()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
