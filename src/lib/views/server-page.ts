/**
 * What a server page (`/servers/<domain>/`) shows, language-free: its safe links, which facts are unconfirmed, its
 * decisions with their evidence and the domain page each links to, and who suspends or limits it now. The page only
 * puts words on it; the atlas's views compute it once per server (`views.serverPage`), not once per language.
 */
import type { Action } from '../reach/actions.ts';
import type { CommunityReach } from '../reach/domain-reach.ts';
import { stateOfSeverity, type KnownState } from '../reach/state.ts';
import { reservedReason, type ReservedReason } from '../reserved-name.ts';
import { domainDisplay, type DomainDisplay } from '../domain.ts';
import { compareText } from '../order.ts';
import type { Decision } from '../schema/decision.ts';
import type { Evidence, ServerFact } from '../schema/evidence.ts';
import type { Server } from '../schema/server.ts';
import { decisionEvidence, httpsUrl, type DecisionEvidence } from './words.ts';
import type { Neighbour } from '../align/alignment.ts';
import type { LeftOut } from '../align/borders.ts';
import type { CommunityGraph } from '../graph/community-subgraph.ts';
import type { LaidOut } from './derive.ts';

/** The server's links other than its home page, in this order. */
export const OTHER_LINKS = ['about', 'rules', 'blog'] as const;

/** One row of the server's decisions. */
export interface ServerActionRow {
  /** The decision and where it stands on the day. */
  action: Action;
  /** The state the decision puts the target in while in force. */
  state: KnownState;
  /** The decision's evidence (its own, else the server's list's), when there is one. */
  evidence: DecisionEvidence | undefined;
  /** The domain whose page the row links to, when the target is resolved and has a page. */
  linked: string | undefined;
  /** The source that shows the decision lifted (`lifted_evidence`), when the decision has one. */
  liftedEvidence: Evidence | undefined;
  /** How the target's domain is shown (`domainDisplay`). */
  shown: DomainDisplay;
}

/** A decision on a reserved name (RFC 2606/6761): recorded as the server listed it, never counted, drawn or mapped. */
export interface ServerReservedRow {
  /** The reserved name as listed. */
  domain: string;
  severity: Decision['severity'];
  /** Why the name is reserved. */
  reason: ReservedReason;
}

/** One community that suspends or limits the server now. */
export interface ServerActedOnRow {
  /** The reach model's answer for the community. */
  entry: CommunityReach;
  /** The evidence of the decision in force (its own, else its community's list's), when there is one. */
  evidence: DecisionEvidence | undefined;
  /** How the community's domain is shown (`domainDisplay`). */
  shown: DomainDisplay;
}

/** Everything a server page shows beside its graph and alignment. */
export interface ServerPageModel {
  server: Server;
  /** True when the server has an Open Graph card of its own (see press/og-pages.ts). */
  hasCard: boolean;
  /** Its home page, when it is a plain https:// URL. */
  home: string | undefined;
  /** Its other links that are plain https:// URLs, in `OTHER_LINKS` order. */
  links: { kind: (typeof OTHER_LINKS)[number]; url: string }[];
  /** The facts marked unconfirmed. */
  unconfirmed: ReadonlySet<ServerFact>;
  /** Its decisions, in the order `communityActions` gives. */
  actions: ServerActionRow[];
  /** Its decisions on reserved names, left out of every count, graph and map; by name, then severity. */
  reserved: ServerReservedRow[];
  /** The communities that suspend or limit it now, by domain. */
  actedOn: ServerActedOnRow[];
  /** True when the server's domain has a page under /domains/. */
  hasDomainPage: boolean;
}

/** What a server page is made of. */
export interface ServerPageInput {
  /** The curated server. */
  server: Server;
  /** Its decisions, with where each stands on the day. */
  actions: readonly Action[];
  /** The communities that suspend or limit it on the day. */
  actingNow: readonly CommunityReach[];
  /** A curated server by domain. */
  serverOf(domain: string): Server | undefined;
  /** True when `domain` has a page under /domains/. */
  hasPage(domain: string): boolean;
  /** True when the server has an Open Graph card of its own. */
  hasCard: boolean;
  /** Its decisions on reserved names, which the atlas leaves out (none when omitted). */
  reserved?: readonly Pick<Decision, 'domain' | 'severity'>[];
  /** How a domain is shown: `domainDisplay` (the default), or the same answers kept once per build. */
  display?: (domain: string) => DomainDisplay;
}

/** The model of the page of `input.server`. */
export function serverPageModel(input: ServerPageInput): ServerPageModel {
  const { server } = input;
  const display = input.display ?? domainDisplay;
  return {
    server,
    hasCard: input.hasCard,
    home: httpsUrl(server.links.home),
    links: OTHER_LINKS.flatMap((kind) => {
      const url = httpsUrl(server.links[kind]);
      return url ? [{ kind, url }] : [];
    }),
    unconfirmed: new Set(server.unconfirmed ?? []),
    actions: input.actions.map((action) => ({
      action,
      state: stateOfSeverity(action.decision.severity),
      evidence: decisionEvidence(action.decision, server),
      linked: action.domain !== undefined && input.hasPage(action.domain) ? action.domain : undefined,
      liftedEvidence: action.decision.lifted_evidence,
      shown: display(action.target),
    })),
    reserved: (input.reserved ?? [])
      .flatMap((d) => {
        const reason = d.domain === undefined ? undefined : reservedReason(d.domain);
        return reason === undefined ? [] : [{ domain: d.domain!, severity: d.severity, reason }];
      })
      .sort((a, b) => compareText(a.domain, b.domain) || compareText(a.severity, b.severity)),
    actedOn: input.actingNow.map((entry) => {
      const other = input.serverOf(entry.community);
      const d = entry.reach.decision;
      return { entry, evidence: d && other ? decisionEvidence(d, other) : undefined, shown: display(entry.community) };
    }),
    hasDomainPage: input.hasPage(server.domain),
  };
}

/** A server page's most aligned communities (moderation alignment, src/lib/align/), or why it takes no part. */
export interface ServerAligned {
  /** The day the alignment is computed for. */
  day: string;
  /** Whether the community's borders are compared (its list is published). */
  member: boolean;
  /** Why it is left out, when it is. */
  leftOutReason: LeftOut['reason'] | undefined;
  /** Its most aligned communities, best first (`ALIGNED_SHOWN` at most); none when it is not a member. */
  rows: readonly Neighbour[];
  /** How many communities are compared. */
  members: number;
  /** How many are left out. */
  leftOut: number;
}

/**
 * Everything a server page shows, gathered by the atlas (`serverPageParts`) for the page's template and for the
 * pages the build writes without it (src/components/rows/server-page-markup.ts writes both).
 */
export interface ServerPageParts {
  /** The server's domain. */
  domain: string;
  /** Its page's model. */
  model: ServerPageModel;
  /** The day the page shows ("as of"). */
  day: string;
  /** Its focused graph, laid out. */
  graph: LaidOut<CommunityGraph>;
  /** Its most aligned communities. */
  aligned: ServerAligned;
}
