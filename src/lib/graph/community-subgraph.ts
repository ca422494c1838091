/** The subgraph around one community: what it acts on. */
import { reachPrepared } from '../reach/reach.ts';
import { actingIn, graphContext, makeEdge, makeNode, sortedGraph, type GraphContext } from './assemble.ts';
import type { Graph, GraphCommunity, GraphEdge, GraphNode } from './types.ts';

/** A community's subgraph. */
export interface CommunityGraph extends Graph {
  /** The community in focus. */
  focus: string;
}

/**
 * The community and every domain its decisions name that it suspends or limits on `day`, with its edges to
 * them; when one of those domains is itself a curated server that suspends or limits the community back, that
 * edge too. Throws a RangeError when no curated server has the domain `community`.
 */
export function communitySubgraph(servers: readonly GraphCommunity[], community: string, day: string): CommunityGraph {
  return communitySubgraphIn(graphContext(servers), community, day);
}

/** `communitySubgraph` over servers prepared once by `graphContext`. */
export function communitySubgraphIn(context: GraphContext, community: string, day: string): CommunityGraph {
  const { curated, preparedOf } = context;
  const self = preparedOf.get(community);
  if (!self) throw new RangeError(`no curated server has the domain ${JSON.stringify(community)}`);
  const nodes: GraphNode[] = [makeNode(community, curated.get(community), actingIn(context, community, day))];
  const edges: GraphEdge[] = [];
  for (const target of self.byDomain.keys()) {
    if (target === community) continue;
    const edge = makeEdge(community, target, reachPrepared(self, target, day));
    if (!edge) continue;
    edges.push(edge);
    nodes.push(makeNode(target, curated.get(target), actingIn(context, target, day)));
    const other = preparedOf.get(target);
    const back = other && makeEdge(target, community, reachPrepared(other, community, day));
    if (back) edges.push(back);
  }
  return { ...sortedGraph(day, nodes, edges), focus: community };
}
