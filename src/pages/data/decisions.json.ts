/**
 * `/data/decisions.json`: the decisions table as JSON objects keyed by its column names. Written a few servers at a
 * time (src/lib/press/text-chunks.ts): in a very large atlas it is hundreds of megabytes.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { DECISION_COLUMNS, rowObjects, serverDecisionRows } from '../../lib/press/dataset.ts';
import { jsonArrayChunks, textStream } from '../../lib/press/text-chunks.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  const groups = (function* () {
    for (const s of servers) yield rowObjects(DECISION_COLUMNS, serverDecisionRows(s));
  })();
  return new Response(textStream(jsonArrayChunks(groups)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
