/**
 * `/data/graph/min-<n>.json`: one variant of the full graph (curated communities, and the domains at least `n`
 * communities act on) with its build-time layout, for the canvas on /graph/ (src/client/graph/full-graph.ts). Its
 * edges' spans over time, which only the as-of replay reads, are a file of their own (`spans/min-<n>.json`,
 * fetched when the replay is first used), so the graph's first frame does not wait for them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { variantNamed, variantPaths } from '../../../lib/views/variant-routes.ts';
import { encodeGraph } from '../../../lib/views/graph-data.ts';

export const getStaticPaths = (async () => variantPaths((await loadAtlas()).views.fullGraphs())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views } = await loadAtlas();
  const graphs = views.fullGraphs();
  const variant = variantNamed(graphs, params.n);
  return new Response(JSON.stringify(encodeGraph(variant.graph, graphs.layout, variant.minActing)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
