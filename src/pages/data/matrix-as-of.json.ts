/**
 * `/data/matrix-as-of.json`: the matrix's cells over time (src/lib/graph/matrix-history.ts), only those that differ
 * from their community's silence (`/data/as-of.json`), so /graph/matrix/ and its embed can show any day.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';

export const GET: APIRoute = async () => {
  const { views, silence } = await loadAtlas();
  return new Response(JSON.stringify(views.matrixHistory(silence)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
