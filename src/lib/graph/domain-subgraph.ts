/** The readable default: the subgraph around one domain ("who cuts off threads.net, and who still reaches it?"). */
import { domainReachPrepared, type DomainReach } from '../reach/domain-reach.ts';
import type { StateCounts } from '../reach/state.ts';
import { actingIn, graphContext, makeEdge, makeNode, sortedGraph, type GraphContext } from './assemble.ts';
import type { Graph, GraphCommunity, GraphEdge, GraphNode } from './types.ts';

/** Options for a domain's subgraph. */
export interface DomainSubgraphOptions {
  /** Also show the communities that reach the domain (published lists without a decision on it). Default false. */
  reaching?: boolean;
}

/** A domain's subgraph, with the counts of every state (unknowns included, though they draw no edge). */
export interface DomainGraph extends Graph {
  /** The domain in focus. */
  focus: string;
  /** How many communities are in each state towards it. */
  counts: StateCounts;
}

/**
 * The domain, the communities that suspend or limit it on `day` (and, with `reaching`, those that reach it), and
 * their edges to it. When the domain is itself a curated server, its own suspends/limits towards the communities
 * shown are edges too, pointing back.
 */
export function domainSubgraph(servers: readonly GraphCommunity[], domain: string, day: string, options: DomainSubgraphOptions = {}): DomainGraph {
  return domainSubgraphIn(graphContext(servers), domain, day, options);
}

/**
 * `domainSubgraph` over servers prepared once by `graphContext`. `answer` is `domainReachPrepared(context.prepared,
 * domain, day)` when the caller has it already (a domain page asks for it too); else it is computed.
 */
export function domainSubgraphIn(context: GraphContext, domain: string, day: string, options: DomainSubgraphOptions = {}, answer: DomainReach = domainReachPrepared(context.prepared, domain, day)): DomainGraph {
  const { curated } = context;
  const nodes: GraphNode[] = [makeNode(domain, curated.get(domain), actingIn(context, domain, day))];
  const edges: GraphEdge[] = [];
  for (const entry of answer.communities) {
    const edge = makeEdge(entry.community, domain, entry.reach, options.reaching ?? false);
    if (!edge) continue;
    edges.push(edge);
    nodes.push(makeNode(entry.community, curated.get(entry.community), actingIn(context, entry.community, day)));
    const back = entry.back && makeEdge(domain, entry.community, entry.back);
    if (back) edges.push(back);
  }
  return { ...sortedGraph(day, nodes, edges), focus: domain, counts: answer.counts };
}
