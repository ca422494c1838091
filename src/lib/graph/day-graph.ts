/**
 * A domain's focused graph on any day, from the answers the domain page looks up for that day (its shard and the
 * silence segments: src/lib/map/as-of-lookup.ts `answersOnDay`, `confirmedWithin`): the domain, and every community
 * that suspends or limits it that day with its edge towards it. The reach embed lays it out (layout.ts) and draws
 * it in the browser. A shard holds no other domain's counts, so a community's node has the base size; the domain's
 * grows with the communities acting on it. It decides no state: the answers come in.
 */
import { compareText } from '../compare-text.ts';
import type { ReachState } from '../reach/state.ts';
import { nodeSize } from './node-size.ts';
import type { Graph, GraphEdge, GraphNode } from './types.ts';

/** The focused graph of `domain` on `day`: `answers` by community; `names`, curated communities' names by domain; `self`, true when the domain is a curated server. */
export function domainDayGraph(
  domain: string,
  day: string,
  answers: ReadonlyMap<string, { state: ReachState }>,
  names: Readonly<Record<string, string>>,
  self = false,
): Graph & { focus: string } {
  const edges: GraphEdge[] = [];
  for (const [community, answer] of answers) {
    if (community === domain || (answer.state !== 'suspends' && answer.state !== 'limits')) continue;
    edges.push({ source: community, target: domain, state: answer.state });
  }
  edges.sort((a, b) => compareText(a.source, b.source));
  const node = (id: string, kind: GraphNode['kind'], acting: number): GraphNode => {
    const n: GraphNode = { id, kind, acting, size: nodeSize(acting) };
    const name = names[id];
    if (kind === 'community' && name !== undefined) n.name = name;
    return n;
  };
  const nodes = [node(domain, self ? 'community' : 'domain', edges.length), ...edges.map((e) => node(e.source, 'community', 0))];
  nodes.sort((a, b) => compareText(a.id, b.id));
  return { day, nodes, edges, focus: domain };
}
