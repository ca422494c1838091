/** Shared steps of every graph builder: counting who acts on a domain, making nodes and edges, sorting. */
import { compareText } from '../order.ts';
import { actorsCovering, indexActors, type ActorIndex } from '../reach/actors.ts';
import { prepareAll } from '../reach/domain-reach.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import { decidePrepared } from '../reach/decide.ts';
import type { Reach } from '../reach/state.ts';
import { nodeSize } from './node-size.ts';
import type { Graph, GraphCommunity, GraphEdge, GraphNode } from './types.ts';

/** How many communities (the domain's own server excepted) suspend or limit `domain` on `day`. */
export function actingOn(prepared: readonly PreparedCommunity[], domain: string, day: string, index: ActorIndex = indexActors(prepared)): number {
  let n = 0;
  for (const p of actorsCovering(index, domain)) {
    const state = decidePrepared(p, domain, day).state;
    if (state === 'suspends' || state === 'limits') n++;
  }
  return n;
}

/** The node for a domain: a community node when a curated server has that domain. */
export function makeNode(domain: string, curated: GraphCommunity | undefined, acting: number): GraphNode {
  const node: GraphNode = { id: domain, kind: curated ? 'community' : 'domain', acting, size: nodeSize(acting) };
  if (curated?.name !== undefined) node.name = curated.name;
  if (curated) node.status = curated.blocklist.status;
  return node;
}

/** The edge a reach answer draws from `source` to `target`: none for `unknown`, none for `reaches` unless asked. */
export function makeEdge(source: string, target: string, answer: Reach, withReaches = false): GraphEdge | undefined {
  if (answer.state === 'unknown' || (answer.state === 'reaches' && !withReaches)) return undefined;
  const edge: GraphEdge = { source, target, state: answer.state };
  const d = answer.decision;
  if (answer.state !== 'reaches' && d) {
    edge.severity = d.severity;
    edge.since = d.since;
    if (d.until !== undefined) edge.until = d.until;
    if (d.domain !== undefined && d.domain !== target) edge.via = d.domain;
  }
  return edge;
}

/** Puts a graph in its one order: nodes by id, edges by source then target. */
export function sortedGraph(day: string, nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): Graph {
  return {
    day,
    nodes: [...nodes].sort((a, b) => compareText(a.id, b.id)),
    edges: [...edges].sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target)),
  };
}

/** The curated servers by domain. */
export function byDomain<T extends GraphCommunity>(servers: readonly T[]): Map<string, T> {
  return new Map(servers.map((s) => [s.domain, s]));
}

/** What every graph builder reads, prepared once, so a build drawing many subgraphs prepares the data once. */
export interface GraphContext {
  /** Every community, prepared and sorted by domain (`prepareAll`). */
  prepared: readonly PreparedCommunity[];
  /** The curated servers by domain. */
  curated: ReadonlyMap<string, GraphCommunity>;
  /** Which communities name which domains (`indexActors`). */
  index: ActorIndex;
  /** Every community, prepared, by domain. */
  preparedOf: ReadonlyMap<string, PreparedCommunity>;
  /**
   * `actingOn`'s answers already given, by day then domain: a build's server pages ask it of the same few
   * much-acted-on domains thousands of times (read through `actingIn`).
   */
  acting: Map<string, Map<string, number>>;
}

/** `actingOn` over a context, each domain's count on a day worked out once per context. */
export function actingIn(context: GraphContext, domain: string, day: string): number {
  let byDomain = context.acting.get(day);
  if (!byDomain) context.acting.set(day, (byDomain = new Map()));
  let n = byDomain.get(domain);
  if (n === undefined) byDomain.set(domain, (n = actingOn(context.prepared, domain, day, context.index)));
  return n;
}

/** Prepares `servers` once for many graph questions (see `domainSubgraphIn`, `communitySubgraphIn`). */
export function graphContext(servers: readonly GraphCommunity[], prepared: readonly PreparedCommunity[] = prepareAll(servers)): GraphContext {
  return { prepared, curated: byDomain(servers), index: indexActors(prepared), preparedOf: new Map(prepared.map((p) => [p.community.domain, p])), acting: new Map() };
}
