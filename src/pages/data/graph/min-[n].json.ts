/**
 * `/data/graph/min-<n>.json`: one variant of the full graph (curated communities, and the domains at least `n`
 * communities act on) with its build-time layout and its edges' spans over time (the as-of replay), for the canvas on /graph/ (src/client/graph/full-graph.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { encodeGraph } from '../../../lib/views/graph-data.ts';
import { encodeSpans } from '../../../lib/views/graph-spans.ts';

export const getStaticPaths = (async () => {
  const { views } = await loadAtlas();
  return views.fullGraphs().variants.map((v) => ({ params: { n: String(v.minActing) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views } = await loadAtlas();
  const { variants, layout, spans } = views.fullGraphs();
  const variant = variants.find((v) => String(v.minActing) === params.n)!;
  const payload = { ...encodeGraph(variant.graph, layout, variant.minActing), spans: encodeSpans(spans, variant.graph.nodes.map((n) => n.id)) };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
