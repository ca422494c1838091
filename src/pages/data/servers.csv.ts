/** `/data/servers.csv`: every curated server, one row each (columns: src/lib/press/dataset.ts). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { toCsv } from '../../lib/press/csv.ts';
import { rowCells, SERVER_COLUMNS, serverRows } from '../../lib/press/dataset.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  const csv = toCsv(SERVER_COLUMNS.map((c) => c.name), rowCells(SERVER_COLUMNS, serverRows(servers)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
