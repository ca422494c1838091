/** `/og/atlas.png`: the site's own card (the most acted-on domain's counts are not it: this shows the atlas's size). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { atlasCardSvg } from '../../lib/press/og-svg.ts';

export const GET: APIRoute = async () => {
  const { stats, views, press, actedOn } = await loadAtlas();
  const svg = atlasCardSvg({ servers: stats.servers, decisions: stats.decisions, domains: actedOn.length, day: views.day });
  return new Response(new Uint8Array(await press.ogPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
