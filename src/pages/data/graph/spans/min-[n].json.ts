/**
 * `/data/graph/spans/min-<n>.json`: the edges' spans over time of one variant of the full graph (node indices in
 * the order of `/data/graph/min-<n>.json`), `{ "spans": PayloadSpans }` (src/lib/views/graph-spans.ts), for its as-of
 * replay (src/client/graph/graph-replay.ts), which fetches it once the graph is drawn.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../atlas.ts';
import { encodeSpans } from '../../../../lib/views/graph-spans.ts';

export const getStaticPaths = (async () => {
  const { views } = await loadAtlas();
  return views.fullGraphs().variants.map((v) => ({ params: { n: String(v.minActing) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views } = await loadAtlas();
  const { variants, spans } = views.fullGraphs();
  const variant = variants.find((v) => String(v.minActing) === params.n)!;
  return new Response(JSON.stringify({ spans: encodeSpans(spans, variant.graph.nodes.map((n) => n.id)) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
