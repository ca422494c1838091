/** The graph's shapes: nodes are domains (curated communities and the domains they act on), edges are states. */
import type { Severity, Since } from '../schema/decision.ts';
import type { Server } from '../schema/server.ts';
import type { Community } from '../reach/state.ts';

/** What the graph reads of a curated server: what the reach model reads, and its name when there is one. */
export type GraphCommunity = Community & { name?: Server['name'] };

/** A node: one domain. */
export interface GraphNode {
  /** The domain: the node's id, unique in a graph. */
  id: string;
  /** `community` for a curated server (it may be acted on too), `domain` for any other domain acted on. */
  kind: 'community' | 'domain';
  /** A curated server's name. */
  name?: string;
  /** A curated server's list status: what its silence may claim. */
  status?: Server['blocklist']['status'];
  /** How many curated communities suspend or limit this domain on the graph's day. */
  acting: number;
  /** The node's radius, from `acting` (see node-size.ts). */
  size: number;
}

/** An edge: what one domain (a curated community) does to another on the graph's day. */
export interface GraphEdge {
  /** The community's domain. */
  source: string;
  /** The domain it acts on (or reaches). */
  target: string;
  /** Its state. `unknown` is never drawn: it is the absence of an edge. */
  state: 'suspends' | 'limits' | 'reaches';
  /** The deciding decision's severity (absent for `reaches`). */
  severity?: Severity;
  /** When the deciding decision began. */
  since?: Since;
  /** When it was lifted, for a decision that is lifted later than the graph's day. */
  until?: string;
  /** The parent domain the decision names, when it is not the target itself (a decision covers subdomains). */
  via?: string;
  /** The URL of the deciding decision's evidence (its own, or the block list it was read from); the full graph only. */
  evidence?: string;
}

/** A graph as of a day. Nodes sorted by id; edges by source, then target. */
export interface Graph {
  /** The day the states hold. */
  day: string;
  /** The nodes. */
  nodes: GraphNode[];
  /** The edges. */
  edges: GraphEdge[];
}
