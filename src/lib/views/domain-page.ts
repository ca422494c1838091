/**
 * What a domain page (`/domains/<domain>/`) shows, language-free: the communities in each state with the rows its
 * tables list, the communities summarised instead of listed, and the dated list of decisions. The page only puts
 * words on it; the atlas's views compute it once per domain (`views.domainPage`), not once per language.
 */
import { isUnknownEverywhere } from '../press/unknown-everywhere.ts';
import type { CommunityReach, DomainReach } from '../reach/domain-reach.ts';
import { peopleCutOff, type CommunitySize, type PeopleCutOff } from '../reach/people.ts';
import { REACH_STATES, type ReachState } from '../reach/state.ts';
import type { Decision } from '../schema/decision.ts';
import type { Evidence } from '../schema/evidence.ts';
import type { Server } from '../schema/server.ts';
import { domainDisplay, type DomainDisplay } from '../domain.ts';
import { compareText } from '../order.ts';
import { decisionEvidence, sinceKey, type DecisionEvidence } from './words.ts';
import type { DomainGraph } from '../graph/domain-subgraph.ts';
import type { SilenceHistory } from '../map/as-of-history.ts';
import type { DomainTimeline } from '../reach/timeline.ts';
import type { DateReplayModel } from './date-replay.ts';
import type { LaidOut } from './derive.ts';

/**
 * The communities that reach the domain, or are unknown towards it, are listed up to this many (with tens of
 * thousands of communities, every domain page listing all of them would not fit); the rest are counted, and the
 * reach shard holds every one. Those that suspend or limit it are always listed in full.
 */
export const LIST_AT_MOST = 1000;

/** One community's row in a state's table. */
export interface DomainRow {
  /** The reach model's answer for the community (and, when the domain is curated, what it does back). */
  entry: CommunityReach;
  /** The community as curated. */
  server: Server | undefined;
  /** How the community's domain is shown (`domainDisplay`). */
  shown: DomainDisplay;
  /** The evidence of the decision that decided the answer (its own, else its list's), when there is one. */
  evidence: DecisionEvidence | undefined;
}

/** One state's section of the page. */
export interface DomainStateSection {
  state: ReachState;
  /** How many communities are in this state (the summarised ones included). */
  count: number;
  /** How many rows the table has: the communities in this state, the summarised ones left out. */
  rows: number;
  /** The rows listed: every row for suspends and limits, the first `LIST_AT_MOST` for the others. */
  listed: DomainRow[];
}

/** One line of the dated list: a decision's start, or its end when it was lifted. */
export interface DomainEvent {
  /** `since` for the day the decision began, `until` for the day it was lifted. */
  kind: 'since' | 'until';
  /** The day the line sorts by: `sinceKey(decision.since)`, or `decision.until`. */
  key: string;
  /** The community that made the decision. */
  community: string;
  /** The community's name as curated, when it differs from its domain. */
  name: string | undefined;
  decision: Decision;
  /** The parent domain the decision names, when it covers this domain through it. */
  on: string | undefined;
  /** The decision's evidence (its own, else its community's list's), when there is one. */
  evidence: DecisionEvidence | undefined;
  /** On a lift (`until`), the source that shows the decision lifted (`lifted_evidence`), when it has one. */
  liftedEvidence: Evidence | undefined;
}

/** Everything a domain page shows beside its timeline and graph. */
export interface DomainPageModel {
  domain: string;
  /** True when the domain has an Open Graph card of its own (see press/og-pages.ts). */
  hasCard: boolean;
  /** The domain's own curated server, when it is one. */
  self: Server | undefined;
  /** Every community's answer on the day, with the counts. */
  now: DomainReach;
  /** One section per state, in `REACH_STATES` order. */
  sections: DomainStateSection[];
  /**
   * The unknown communities whose reason is their list status alone (unpublished or partial list): the same on
   * every domain page they have no decision on, so they are counted and linked to one page, not listed.
   */
  summarised: CommunityReach[];
  /** Each decision's start, and its end when lifted, in date order. */
  events: DomainEvent[];
  /** The share of accounts cut off from the domain on the day (src/lib/reach/people.ts), for the people section. */
  people: PeopleCutOff;
}

/** What a domain page is made of. */
export interface DomainPageInput {
  /** The reach model's answer for the domain on the day. */
  now: DomainReach;
  /** Every decision covering the domain (on it or a parent), by start, then community. */
  decisions: readonly { community: string; decision: Decision }[];
  /** A curated server by domain. */
  server(domain: string): Server | undefined;
  /** The communities unknown towards every domain they have no decision on (`/data/unknown-everywhere.json`'s). */
  unknownEverywhere: ReadonlySet<string>;
  /** True when the domain has an Open Graph card of its own. */
  hasCard: boolean;
  /** The curated communities' sizes (`communitySizes`), for the people cut off. */
  sizes: ReadonlyMap<string, CommunitySize>;
  /** How a community's domain is shown: `domainDisplay` (the default), or the same answers kept once per build. */
  display?: (domain: string) => DomainDisplay;
}

/**
 * The dated list: each decision's start, and its end when lifted, by day; on one day, lifts before starts, then by
 * community and the domain the decision names.
 */
export function domainEvents(domain: string, decisions: DomainPageInput['decisions'], server: DomainPageInput['server']): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const { community, decision } of decisions) {
    const curated = server(community);
    const base = {
      community,
      name: curated && curated.name !== community ? curated.name : undefined,
      decision,
      on: decision.domain !== undefined && decision.domain !== domain ? decision.domain : undefined,
      evidence: curated ? decisionEvidence(decision, curated) : undefined,
    };
    events.push({ kind: 'since', key: sinceKey(decision.since), ...base, liftedEvidence: undefined });
    if (decision.until !== undefined) events.push({ kind: 'until', key: decision.until, ...base, liftedEvidence: decision.lifted_evidence });
  }
  return events.sort(
    (a, b) =>
      compareText(a.key, b.key) ||
      (a.kind === b.kind ? 0 : a.kind === 'until' ? -1 : 1) ||
      compareText(a.community, b.community) ||
      compareText(a.decision.domain ?? '', b.decision.domain ?? ''),
  );
}

/** The model of the page of `now.domain`. */
export function domainPageModel(input: DomainPageInput): DomainPageModel {
  const { now, server } = input;
  const display = input.display ?? domainDisplay;
  const domain = now.domain;
  const self = server(domain);
  const byState = new Map<ReachState, CommunityReach[]>(REACH_STATES.map((s) => [s, []]));
  for (const c of now.communities) byState.get(c.reach.state)!.push(c);
  // Only unknown communities are summarised, each by its own reason: they are split in one pass, with no set of every
  // community (with 30,000 communities, a Set and a Map of all of them cost most of this function, once per domain).
  const summarised: CommunityReach[] = [];
  const unknownRows: CommunityReach[] = [];
  for (const c of byState.get('unknown')!) (isUnknownEverywhere(c.reach.reason) ? summarised : unknownRows).push(c);
  const tableRows = (state: ReachState) => (state === 'unknown' ? unknownRows : byState.get(state)!);
  const row = (entry: CommunityReach): DomainRow => {
    const curated = server(entry.community);
    const d = entry.reach.decision;
    return { entry, server: curated, shown: display(entry.community), evidence: d && curated ? decisionEvidence(d, curated) : undefined };
  };
  const sections = REACH_STATES.map((state): DomainStateSection => {
    const rows = tableRows(state);
    const listed = state === 'suspends' || state === 'limits' ? rows : rows.slice(0, LIST_AT_MOST);
    return { state, count: byState.get(state)!.length, rows: rows.length, listed: listed.map(row) };
  });
  return {
    domain,
    hasCard: input.hasCard,
    self,
    now,
    sections,
    summarised,
    events: domainEvents(domain, input.decisions, server),
    people: peopleCutOff(communityStates(now.communities), input.sizes, now.day),
  };
}

/** Each community's state, as the pairs `peopleCutOff` reads, without building a map of them. */
function* communityStates(communities: readonly CommunityReach[]): Generator<[string, ReachState]> {
  for (const c of communities) yield [c.community, c.reach.state];
}

/**
 * Everything a domain page shows, gathered by the atlas (`domainPageParts`) for the page's template and for the
 * pages the build writes without it (src/components/rows/domain-page-markup.ts writes both).
 */
export interface DomainPageParts {
  /** The domain, as stored. */
  domain: string;
  /** Its page's model: who is in which state on `day`, the dated decisions, the people cut off. */
  model: DomainPageModel;
  /** The day the page shows ("as of"). */
  day: string;
  /** Its replay section on `day` (computed once, with its shard). */
  replay: DateReplayModel;
  /** The site-wide silence segments and the replay's range. */
  silence: SilenceHistory;
  /** How many communities suspend and limit it at the end of each month. */
  timeline: DomainTimeline;
  /** Its focused graph, laid out. */
  graph: LaidOut<DomainGraph>;
  /** How many curated servers the atlas holds (the page's footer). */
  servers: number;
}
