/** `/data/decisions.json`: the decisions table as JSON objects keyed by its column names. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { DECISION_COLUMNS, decisionRows, rowObjects } from '../../lib/press/dataset.ts';

export const GET: APIRoute = async () => {
  const { servers } = await loadAtlas();
  return new Response(`${JSON.stringify(rowObjects(DECISION_COLUMNS, decisionRows(servers)))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
