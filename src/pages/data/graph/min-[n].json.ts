/**
 * `/data/graph/min-<n>.json`: one variant of the full graph (curated communities, and the domains at least `n`
 * communities act on) with its build-time layout, for the canvas on /graph/ (src/client/graph/full-graph.ts). Its
 * edges' spans over time, which only the as-of replay reads, are a file of their own (`spans/min-<n>.json`,
 * fetched once the graph is drawn), so the graph's first frame does not wait for them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { encodeGraph } from '../../../lib/views/graph-data.ts';

export const getStaticPaths = (async () => {
  const { views } = await loadAtlas();
  return views.fullGraphs().variants.map((v) => ({ params: { n: String(v.minActing) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views } = await loadAtlas();
  const { variants, layout } = views.fullGraphs();
  const variant = variants.find((v) => String(v.minActing) === params.n)!;
  return new Response(JSON.stringify(encodeGraph(variant.graph, layout, variant.minActing)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
