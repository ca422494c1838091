/** Graph building and layout over the reach model. */
export { actingOn, graphContext, makeEdge, makeNode, sortedGraph, type GraphContext } from './assemble.ts';
export { communitySubgraph, communitySubgraphIn, type CommunityGraph } from './community-subgraph.ts';
export { domainSubgraph, domainSubgraphIn, type DomainGraph, type DomainSubgraphOptions } from './domain-subgraph.ts';
export { fullGraph, type FullGraphOptions } from './full-graph.ts';
export { DEFAULT_SEED, layoutGraph, type Layout, type LayoutEdgeInput, type LayoutNodeInput, type LayoutOptions, type Position } from './layout.ts';
export { reachMatrix, type MatrixOptions, type ReachMatrix } from './matrix.ts';
export { BASE_SIZE, nodeSize } from './node-size.ts';
export { seededRandom } from './random.ts';
export { round1 } from './round.ts';
export type { Graph, GraphCommunity, GraphEdge, GraphNode } from './types.ts';
