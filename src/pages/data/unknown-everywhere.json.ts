/**
 * `/data/unknown-everywhere.json`: the communities unknown towards every domain they have no decision on, because
 * their block list is unpublished or partial ([{community, name, reason}], sorted by domain). Domain pages count
 * them instead of listing them, and their download fetches this file (src/lib/press/unknown-everywhere.ts).
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { unknownEverywhere } from '../../lib/press/unknown-everywhere.ts';

export const GET: APIRoute = async () => {
  const { views } = await loadAtlas();
  const entries = unknownEverywhere(views.absence(), (d) => views.server(d)?.name);
  return new Response(`${JSON.stringify(entries)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
