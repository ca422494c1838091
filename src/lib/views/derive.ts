/**
 * Everything the domain, server, graph, language and region pages show, derived from the servers prepared
 * once. src/atlas.ts creates this once per build; each page asks only for what it shows, so a page's work is
 * proportional to its own content: the prepared data, the actor index, the timeline baseline, the full graph's
 * layout, the matrix and the look-up summary are computed once and shared; per-domain answers are computed when
 * a page asks (the last few kept, for the page and its data file asking twice).
 */
import { cutFullGraph, fullGraphIn } from '../graph/full-graph.ts';
import { communitySubgraphIn, type CommunityGraph } from '../graph/community-subgraph.ts';
import { domainSubgraphIn, type DomainGraph } from '../graph/domain-subgraph.ts';
import { graphContext } from '../graph/assemble.ts';
import { layoutGraph, type Layout } from '../graph/layout.ts';
import { shapeMemo, type LayoutFn } from '../graph/layout-shape.ts';
import { reachMatrix, type ReachMatrix } from '../graph/matrix.ts';
import { edgeSpans } from '../graph/edge-spans.ts';
import type { EdgeSpan } from '../graph/edge-spans-lookup.ts';
import { matrixHistory } from '../graph/matrix-history.ts';
import type { MatrixHistory } from '../graph/matrix-on-day.ts';
import { foldMatrix, type FoldedMatrix } from '../graph/matrix-fold.ts';
import type { SilenceHistory } from '../map/as-of-history.ts';
import type { Graph } from '../graph/types.ts';
import { graphTableRows, tablesInline, type GraphTableRows } from './graph-table-rows.ts';
import { chooseVariants, type VariantSize } from './variant-budget.ts';
import { domainDisplay } from '../domain.ts';
import { compareText } from '../order.ts';
import { absenceSummary, type AbsenceSummary } from '../reach/absence.ts';
import type { ActedOn } from '../reach/acted-on.ts';
import { communityActions, type Action } from '../reach/actions.ts';
import { actorsCovering } from '../reach/actors.ts';
import { actingPrepared, domainReachPrepared, silentReaches, type CommunityReach, type DomainReach } from '../reach/domain-reach.ts';
import { coveringDecisions, type PreparedCommunity } from '../reach/prepare.ts';
import type { DomainTimeline } from '../reach/timeline.ts';
import { timelineMaker } from '../reach/timelines.ts';
import type { Decision } from '../schema/decision.ts';
import type { Server } from '../schema/server.ts';
import { defaultMinActing, minActingSteps, sizesByMinActing } from './graph-data.ts';
import { languageGroups, regionGroups, type LanguageGroup, type RegionGroup } from './groups.ts';
import { memoLast, once } from './memo.ts';
import { domainPages, type DomainPages } from './page-budget.ts';
import { sinceKey } from './words.ts';
import { domainPageModel, type DomainPageModel } from './domain-page.ts';
import { serverPageModel, type ServerPageModel } from './server-page.ts';
import { actingIndex, ogDomainSet, ogServerSet } from '../press/og-pages.ts';
import { isUnknownEverywhere } from '../press/unknown-everywhere.ts';
import { communitySizes } from '../headline-figures.ts';

/** A graph with its build-time layout. */
export interface LaidOut<G extends Graph> {
  graph: G;
  layout: Layout;
}

/** One decision in a domain's history: which community made it, and on which domain (itself or a parent). */
export interface DomainDecision {
  /** The community that made it. */
  community: string;
  /** The decision as curated; `decision.domain` is the domain named (a parent when it covers a subdomain). */
  decision: Decision;
}

/** One variant of the full graph. */
export interface FullGraphVariant {
  /** Domains kept: those at least this many communities act on (curated communities are always kept). */
  minActing: number;
  graph: Graph;
  /** The rows its tables list (all, or in a very large graph the most acted-on: `graphTableRows`). */
  tables: GraphTableRows<Graph>;
  /** Whether those tables are listed below the canvas, or on a page of their own (`tablesInline`). */
  tablesInline: boolean;
}

/** The full graph's variants, sharing one layout (that of the largest built, `minActing` 1 unless it was left out). */
export interface FullGraphs {
  /** The variants built, by `minActing` ascending. */
  variants: FullGraphVariant[];
  /** The variants left out for their size (src/lib/views/variant-budget.ts), with the size each would have had. */
  withheld: VariantSize[];
  /** The layout of the largest variant built: every built variant's nodes have a place in it. */
  layout: Layout;
  /** The variant shown at /graph/: the smallest `minActing` whose graph is light enough (see `defaultMinActing`). */
  defaultMinActing: number;
  /** Every edge's spans over time into the largest built variant's nodes (the as-of replay recolours the graph with them). */
  spans: EdgeSpan[];
}

/** The pages' derivations. */
export interface AtlasViews {
  /** The day every answer is about ("now"). */
  day: string;
  /** A curated server by domain. */
  server(domain: string): Server | undefined;
  /** True when some community has a decision naming `domain`. */
  isActedOn(domain: string): boolean;
  /** True when `domain` has a page under /domains/ and a reach shard (see page-budget.ts). */
  hasPage(domain: string): boolean;
  /** Which acted-on domains have a page (see page-budget.ts). */
  domainPages: DomainPages;
  /** Every community's answer for `domain` on the day (the reach model's, with the day a source last confirmed each). */
  domainNow(domain: string): DomainReach;
  /**
   * Only the communities that suspend or limit `domain` now: `domainNow(domain)`'s entries in those states,
   * asked only of the communities with a decision covering it (a server page asks this for every server).
   */
  actingNow(domain: string): CommunityReach[];
  /** The monthly counts of `domain` from its earliest decision to the day. */
  domainTimeline(domain: string): DomainTimeline;
  /** Every decision covering `domain` (on it or a parent), lifted ones included, by date, then community. */
  domainDecisions(domain: string): DomainDecision[];
  /** The subgraph around `domain`, laid out. */
  domainGraph(domain: string): LaidOut<DomainGraph>;
  /** The subgraph around the curated server `domain`, laid out. Throws a RangeError when it is not curated. */
  communityGraph(domain: string): LaidOut<CommunityGraph>;
  /** Every decision of the curated server `domain`, with where each stands on the day. */
  communityActions(domain: string): Action[];
  /** The full graph's variants and their shared layout (computed once). */
  fullGraphs(): FullGraphs;
  /** Communities × the most acted-on domains, answered as of now (computed once). */
  matrix(): ReachMatrix;
  /** The matrix's cells over time that differ from their community's silence `silence` (computed once). */
  matrixHistory(silence: Pick<SilenceHistory, 'communities'>): MatrixHistory;
  /**
   * The matrix as shown (computed once): its rows unknown in every column on every day folded into one summary row
   * (src/lib/graph/matrix-fold.ts), decided from the matrix, its history and the silence segments `silence`.
   */
  matrixShown(silence: Pick<SilenceHistory, 'communities'>): FoldedMatrix;
  /** The servers by language (computed once). */
  languages(): LanguageGroup[];
  /** The servers by country and subdivision (computed once). */
  regions(): RegionGroup[];
  /** What each community's silence means, for the look-up (computed once). */
  absence(): AbsenceSummary;
  /**
   * What the page of the acted-on `domain` shows (src/lib/views/domain-page.ts), computed once per domain: pages
   * are built domain by domain, each in every language in turn (see `perLocale`), so the last few are kept.
   */
  domainPage(domain: string): DomainPageModel;
  /** What the page of the curated server `domain` shows (src/lib/views/server-page.ts), computed once per server. */
  serverPage(domain: string): ServerPageModel;
  /** The curated servers with an Open Graph card of their own (computed once). */
  ogServers(): ReadonlySet<string>;
  /** How many communities act on each acted-on domain now, for the servers' cards (computed once). */
  actingCounts(): ReadonlyMap<string, number>;
}

/**
 * The most nodes a page's focused graph (one per domain and server page) is laid out by simulation; beyond, on
 * rings (see layoutGraph), so a server with a list of thousands of entries does not stall the build.
 */
export const FOCUSED_SIMULATE_AT_MOST = 200;

/**
 * How many domains' answers (every community's, its page's model, its graph) are kept: a domain's pages in every
 * language are built one after the other, and a data file may ask too, so a few suffice. Each holds an entry per
 * community: at 30,000 communities, keeping the last 32 held millions of objects the build never read again.
 */
export const DOMAIN_ANSWERS_KEPT = 4;

/**
 * Up to this many answers in all (communities × acted-on domains), every domain's answers are kept for the whole
 * build: its reach shard (`/data/reach/<domain>.json`) and its pages are built far apart (every shard, then every
 * page), and each asked the model afresh. The curated data has 267 × 4,313, about 1.2 million answers, most of them
 * one shared "silent" answer per community (its build's peak memory, bench medians of 3: 1.01 GB keeping 4 domains',
 * 1.13 GB keeping all); a larger dataset keeps `DOMAIN_ANSWERS_KEPT`.
 */
export const ANSWERS_KEPT_ALL_AT_MOST = 2_000_000;

/** Options for the views. */
export interface ViewsOptions {
  /** How many domains the matrix compares. Default 20. */
  matrixColumns?: number;
  /**
   * Each server's decisions on reserved names (RFC 2606/6761), which `servers` no longer carry: the server pages
   * list them as recorded but not counted (`reservedTargetsOf` before `withoutReservedTargets`).
   */
  reservedListed?: ReadonlyMap<string, readonly Decision[]>;
  /**
   * Lays out the graphs (the full graph, and each shape of focused graph once): `layoutGraph` (the default) or a
   * function giving the same answers, such as one that keeps them on disk between builds (src/node/layout-cache.ts).
   */
  layout?: LayoutFn;
  /** The most edges a variant of the full graph other than the default is built with. Default `VARIANT_EDGES_AT_MOST`. */
  variantEdgesAtMost?: number;
}

/**
 * Creates the views over `servers` (sorted by domain) and their prepared form (`prepareAll(servers)`), for the
 * day `day` and the acted-on domains `actedOn` (as `actedOnPrepared(prepared, day)` gives them).
 */
export function createViews(
  servers: readonly Server[],
  prepared: readonly PreparedCommunity[],
  day: string,
  actedOn: readonly ActedOn[],
  options: ViewsOptions = {},
): AtlasViews {
  const byDomain = new Map(servers.map((s) => [s.domain, s]));
  const acted = new Set(actedOn.map((a) => a.domain));
  const pages = domainPages(actedOn, servers.length);
  const paged = pages.minActing === 0 ? acted : new Set(pages.paged.map((a) => a.domain));
  const preparedOf = new Map(prepared.map((p) => [p.community.domain, p]));
  const context = once(() => graphContext(servers, prepared));
  const timelines = once(() => timelineMaker(prepared, day));

  // Each community's answer towards the domains it has no covering decision on, asked once: a domain's answer then
  // asks the model only of the few communities acting on it.
  const silent = once(() => silentReaches(prepared, day));
  const answersKept = prepared.length * acted.size <= ANSWERS_KEPT_ALL_AT_MOST ? acted.size : DOMAIN_ANSWERS_KEPT;
  const domainNow = memoLast((domain: string) => domainReachPrepared(prepared, domain, day, silent()), answersKept);
  // The focused graphs (one per domain page) are of a few hundred shapes: each shape is laid out once.
  const focusedLayout = shapeMemo(options.layout ?? layoutGraph);
  const domainGraph = memoLast((domain: string): LaidOut<DomainGraph> => {
    const graph = domainSubgraphIn(context(), domain, day, {}, domainNow(domain));
    return { graph, layout: focusedLayout(graph, { simulateAtMost: FOCUSED_SIMULATE_AT_MOST }) };
  }, DOMAIN_ANSWERS_KEPT);
  const communityGraph = memoLast((domain: string): LaidOut<CommunityGraph> => {
    const graph = communitySubgraphIn(context(), domain, day);
    return { graph, layout: focusedLayout(graph, { simulateAtMost: FOCUSED_SIMULATE_AT_MOST }) };
  });

  const fullGraphs = once((): FullGraphs => {
    const max = actedOn.reduce((m, a) => Math.max(m, a.acting), 0);
    const largest = fullGraphIn(context(), day, actedOn, { minActing: 1 });
    const sizes = sizesByMinActing(largest, max);
    const chosen = defaultMinActing(sizes);
    const { built, withheld } = chooseVariants([...minActingSteps(max), chosen], sizes, chosen, options.variantEdgesAtMost);
    const variants = built.map((minActing): FullGraphVariant => {
      const graph = minActing === 1 ? largest : cutFullGraph(largest, minActing);
      const tables = graphTableRows(graph);
      return { minActing, graph, tables, tablesInline: tablesInline(tables) };
    });
    // The layout and the spans are those of the largest variant built: every built variant's nodes are in it.
    const widest = variants[0]!.graph;
    const spans = edgeSpans(context().index, widest.nodes.map((n) => n.id));
    return { variants, withheld, layout: (options.layout ?? layoutGraph)(widest), defaultMinActing: chosen, spans };
  });
  const matrix = once(() => reachMatrix(servers, day, { k: options.matrixColumns ?? 20 }));
  let history: MatrixHistory | undefined;
  let shown: FoldedMatrix | undefined;
  const actingNow = (domain: string) => actingPrepared(context().index, prepared, domain, day, preparedOf.get(domain));
  const domainDecisions = (domain: string): DomainDecision[] => {
    const rows: DomainDecision[] = [];
    for (const p of actorsCovering(context().index, domain)) {
      for (const level of coveringDecisions(p, domain)) for (const { decision } of level) rows.push({ community: p.community.domain, decision });
    }
    return rows.sort(
      (a, b) =>
        compareText(sinceKey(a.decision.since), sinceKey(b.decision.since)) ||
        compareText(a.community, b.community) ||
        compareText(a.decision.domain ?? '', b.decision.domain ?? ''),
    );
  };
  const communityActionsOf = (domain: string): Action[] => {
    const p = preparedOf.get(domain);
    if (!p) throw new RangeError(`no curated server has the domain ${JSON.stringify(domain)}`);
    return communityActions(p.community, day);
  };
  const absence = once(() => absenceSummary(prepared, day));
  const unknownEverywhere = once(() => new Set(absence().communities.filter((e) => e.state === 'unknown' && isUnknownEverywhere(e.reason)).map((e) => e.community)));
  const listUnknown = once(() => new Set(absence().communities.filter((e) => e.state === 'unknown' && e.reason === 'list-unknown').map((e) => e.community)));
  const ogServers = once(() => ogServerSet(servers));
  const sizes = once(() => communitySizes(servers));
  const ogDomains = once(() => ogDomainSet(actedOn));
  const server = (domain: string) => byDomain.get(domain);
  // The rows of every domain page name communities: each one's display form is worked out once per build.
  const displays = new Map(servers.map((s) => [s.domain, domainDisplay(s.domain)]));
  const communityDisplay = (domain: string) => displays.get(domain) ?? domainDisplay(domain);
  const hasPage = (domain: string) => paged.has(domain);

  return {
    day,
    server,
    isActedOn: (domain) => acted.has(domain),
    hasPage,
    domainPages: pages,
    domainNow,
    actingNow,
    domainTimeline: memoLast((domain: string) => timelines()(domain)),
    domainDecisions,
    domainGraph,
    communityGraph,
    communityActions: communityActionsOf,
    fullGraphs,
    matrix,
    matrixHistory: (silence) => (history ??= matrixHistory(prepared, matrix(), silence)),
    matrixShown: (silence) => (shown ??= foldMatrix(matrix(), (history ??= matrixHistory(prepared, matrix(), silence)), silence, listUnknown())),
    languages: once(() => languageGroups(servers)),
    regions: once(() => regionGroups(servers)),
    absence,
    domainPage: memoLast(
      (domain: string) =>
        domainPageModel({ now: domainNow(domain), decisions: domainDecisions(domain), server, unknownEverywhere: unknownEverywhere(), hasCard: ogDomains().has(domain), sizes: sizes(), display: communityDisplay }),
      DOMAIN_ANSWERS_KEPT,
    ),
    serverPage: memoLast((domain: string) => {
      const self = byDomain.get(domain);
      if (!self) throw new RangeError(`no curated server has the domain ${JSON.stringify(domain)}`);
      return serverPageModel({ server: self, actions: communityActionsOf(domain), actingNow: actingNow(domain), serverOf: server, hasPage, hasCard: ogServers().has(domain), reserved: options.reservedListed?.get(domain), display: communityDisplay });
    }),
    ogServers,
    actingCounts: once(() => actingIndex(actedOn)),
  };
}
