/** The full graph: every curated community, and every domain enough communities act on. */
import { actedOnPrepared, type ActedOn } from '../reach/acted-on.ts';
import { actorsCovering } from '../reach/actors.ts';
import { prepareAll } from '../reach/domain-reach.ts';
import { reachPrepared } from '../reach/reach.ts';
import { actingIn, graphContext, makeEdge, makeNode, sortedGraph, type GraphContext } from './assemble.ts';
import type { Graph, GraphCommunity, GraphEdge, GraphNode } from './types.ts';

/** Options for the full graph. */
export interface FullGraphOptions {
  /** Keep a domain that is not a curated community only when at least this many communities act on it on the day. Default 1. */
  minActing?: number;
}

/**
 * Every curated community (acted on or not) and every other domain that at least `minActing` communities
 * suspend or limit on `day`, with an edge for every suspends/limits state between them (a decision on a parent
 * domain draws an edge to each kept subdomain too, marked `via`). The size of the whole graph depends on
 * `minActing`: on real data, draw it precomputed on a canvas (see the design notes).
 */
export function fullGraph(servers: readonly GraphCommunity[], day: string, options: FullGraphOptions = {}): Graph {
  const context = graphContext(servers, prepareAll(servers));
  return fullGraphIn(context, day, actedOnPrepared(context.prepared, day), options);
}

/**
 * `fullGraph` over servers prepared once by `graphContext`, with the domains acted on on `day` as
 * `actedOnPrepared(context.prepared, day)` gives them (a build has both already: at 30,000 servers preparing,
 * indexing and counting again cost half a minute).
 */
export function fullGraphIn(context: GraphContext, day: string, actedOn: readonly ActedOn[], options: FullGraphOptions = {}): Graph {
  const min = options.minActing ?? 1;
  const { curated, index } = context;
  const nodes = new Map<string, GraphNode>();
  for (const s of curated.keys()) nodes.set(s, makeNode(s, curated.get(s), actingIn(context, s, day)));
  for (const row of actedOn) {
    if (!nodes.has(row.domain) && row.acting >= min) nodes.set(row.domain, makeNode(row.domain, undefined, row.acting));
  }
  const edges: GraphEdge[] = [];
  for (const target of nodes.keys()) {
    for (const p of actorsCovering(index, target)) {
      const answer = reachPrepared(p, target, day);
      const edge = makeEdge(p.community.domain, target, answer);
      if (!edge) continue;
      const evidence = answer.decision?.evidence?.url ?? p.community.blocklist.evidence?.url;
      if (edge.state !== 'reaches' && evidence !== undefined) edge.evidence = evidence;
      edges.push(edge);
    }
  }
  return sortedGraph(day, nodes.values(), edges);
}

/**
 * The full graph for a larger `minActing`, cut from the graph for a smaller one (as `fullGraph` gives it): the
 * same nodes and edges `fullGraph(servers, day, { minActing })` would give (every curated community, the other
 * domains acted on by at least `minActing`, the edges into them), in time linear in the graph instead of
 * asking the reach model again for each variant.
 */
export function cutFullGraph(graph: Graph, minActing: number): Graph {
  const kept = graph.nodes.filter((n) => n.kind === 'community' || n.acting >= minActing);
  const ids = new Set(kept.map((n) => n.id));
  return { day: graph.day, nodes: kept, edges: graph.edges.filter((e) => ids.has(e.target)) };
}
