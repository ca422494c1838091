/**
 * `/data/decisions.csv`: every federation decision of every curated server, lifted ones included. Written a few
 * servers at a time (src/lib/press/text-chunks.ts): in a very large atlas it is hundreds of megabytes.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { DECISION_COLUMNS, rowCells, serverDecisionRows } from '../../lib/press/dataset.ts';
import { csvChunks, textStream } from '../../lib/press/text-chunks.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  const groups = (function* () {
    for (const s of servers) yield rowCells(DECISION_COLUMNS, serverDecisionRows(s));
  })();
  return new Response(textStream(csvChunks(DECISION_COLUMNS.map((c) => c.name), groups)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
