/**
 * `/data/graph/spans/min-<n>.json`: the edges' spans over time of one variant of the full graph (node indices in
 * the order of `/data/graph/min-<n>.json`), `{ "spans": PayloadSpans }` (src/lib/views/graph-spans.ts), for its as-of
 * replay (src/client/graph/graph-replay.ts), which fetches it when first used (another day or period, play, a
 * chosen node's table).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../atlas.ts';
import { variantNamed, variantPaths } from '../../../../lib/views/variant-routes.ts';
import { encodeSpans } from '../../../../lib/views/graph-spans.ts';

export const getStaticPaths = (async () => variantPaths((await loadAtlas()).views.fullGraphs())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views } = await loadAtlas();
  const graphs = views.fullGraphs();
  const variant = variantNamed(graphs, params.n);
  return new Response(JSON.stringify({ spans: encodeSpans(graphs.spans, variant.graph.nodes.map((n) => n.id)) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
