/** `/data/servers.json`: the servers table as JSON objects keyed by its column names. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { rowObjects, SERVER_COLUMNS, serverRows } from '../../lib/press/dataset.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  return new Response(`${JSON.stringify(rowObjects(SERVER_COLUMNS, serverRows(servers)), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
