/** `/data/decisions.csv`: every federation decision of every curated server, lifted ones included. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { toCsv } from '../../lib/press/csv.ts';
import { DECISION_COLUMNS, decisionRows, rowCells } from '../../lib/press/dataset.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  const csv = toCsv(DECISION_COLUMNS.map((c) => c.name), rowCells(DECISION_COLUMNS, decisionRows(servers)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
