/**
 * One truth across the views: on the fixture site (tests/fixtures/site/servers/, synthetic), for seeded (domain,
 * day) pairs, the states the independent oracle (tests/shared/reach-oracle.ts) computes from the YAML are the counts
 * of the shard and silence the browser reads, of a domain page's download rows, of the reach model's
 * `domainReach`, of the matrix on that day (when the domain is one of its columns), of the focused graph on that
 * day, of the full graph's edge spans, and of the domain page's graph repainted for that day; and each download
 * row's `confirmed` is the reach model's. With a reader's period (`?confirmed=`), the domain page's answers, its
 * download, the home list's rows, the full graph's edges and the matrix's cells are the oracle's states with every
 * known one last confirmed (by the oracle, day by day) before the period began counted as unknown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/lib/as-of.ts';
import { domainSubgraph } from '../../src/lib/graph/domain-subgraph.ts';
import { edgeSpans } from '../../src/lib/graph/edge-spans.ts';
import { matrixOnDay } from '../../src/lib/graph/matrix-on-day.ts';
import { seededRandom } from '../../src/lib/graph/random.ts';
import { replayStart, silenceHistory } from '../../src/lib/map/as-of-history.ts';
import { answersOnDay, confirmedWithin, countsOnDay, statesOnDay } from '../../src/lib/map/as-of-lookup.ts';
import { buildShard, listUrls } from '../../src/lib/map/build-shard.ts';
import { shardTimeline } from '../../src/lib/map/shard-timeline.ts';
import { domainTimeline } from '../../src/lib/reach/timeline.ts';
import { addDays, daysBetween } from '../../src/lib/map/replay.ts';
import { toMapServer } from '../../src/lib/map/map-data.ts';
import { ITSELF, mapRows } from '../../src/lib/press/map-rows.ts';
import { shardRows } from '../../src/lib/press/shard-rows.ts';
import { CONFIRMED_WITHIN } from '../../src/lib/view-state.ts';
import { confirmedSince, dayNumber, decodeSpans, drawEdgesOn, encodeSpans } from '../../src/lib/views/graph-spans.ts';
import { actedOnPrepared, domainReach, indexActors, prepareAll, reachPrepared, type ReachState, type StateCounts } from '../../src/lib/reach/index.ts';
import { withoutReservedTargets } from '../../src/lib/reserved-name.ts';
import { Server } from '../../src/lib/schema/server.ts';
import { createViews } from '../../src/lib/views/index.ts';
import { parseYamlFile } from '../../src/lib/yaml/parse.ts';
import { confirmedOracle, statesOn } from '../shared/reach-oracle.ts';

const DIR = 'tests/fixtures/site/servers';

/** The fixture site's servers, parsed with the shared schema, reserved targets left out as src/atlas.ts does, by domain. */
const servers = withoutReservedTargets(
  readdirSync(DIR)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => Server.parse(parseYamlFile(join(DIR, n), readFileSync(join(DIR, n), 'utf8')).value)),
).sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));

const asOf = resolveAsOf(undefined, servers, '2099-01-01');
const DAY = asOf.day;
const prepared = prepareAll(servers);
const byCommunity = new Map(prepared.map((p) => [p.community.domain, p]));
const index = indexActors(prepared);
const silence = silenceHistory(prepared, DAY, replayStart(prepared, DAY));
const context = { prepared, index, silence, curated: servers.map((s) => s.domain), lists: listUrls(servers), day: DAY };
const actedOn = actedOnPrepared(prepared, DAY);
const views = createViews(servers, prepared, DAY, actedOn);
const matrix = views.matrix();
const matrixHistory = views.matrixHistory(silence);
/** The matrix as the page shows it: its rows unknown in every column on every day folded into one summary row. */
const shownMatrix = views.matrixShown(silence);
const spans = edgeSpans(index, actedOn.map((a) => a.domain));

function countOf(states: Iterable<ReachState | string>): StateCounts {
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const s of states) counts[s as ReachState]++;
  return counts;
}

/** The seeded (domain, day) pairs. */
function pairs(): [string, string][] {
  const out: [string, string][] = [['threads.net', '2023-12-31'], ['threads.net', '2025-01-18'], ['threads.net', '2025-01-19'], ['threads.net', DAY]];
  const random = seededRandom(20260412);
  const span = daysBetween(silence.from, DAY);
  const randomDay = () => addDays(silence.from, Math.floor(random() * (span + 1)));
  // Domains acted on by exactly one community, each on a random day and on the atlas's day.
  const single = actedOn.filter((a) => a.ever === 1).map((a) => a.domain);
  for (const domain of single.slice(0, 8)) out.push([domain, randomDay()], [domain, DAY]);
  // Every domain acted on by several communities, on three random days each.
  for (const a of actedOn.filter((x) => x.ever > 1)) for (let i = 0; i < 3; i++) out.push([a.domain, randomDay()]);
  // Random others, on random days (and the replay's first day once), and a domain nobody acts on.
  const all = actedOn.map((a) => a.domain);
  for (let i = 0; i < 10; i++) out.push([all[Math.floor(random() * all.length)]!, i === 0 ? silence.from : randomDay()]);
  out.push(['nobody-acts-on.example', randomDay()], ['nobody-acts-on.example', DAY]);
  return out;
}

describe('every view gives the oracle\'s states', () => {
  const chosen = pairs();

  it('checks enough pairs, the single-actor domains among them', () => {
    expect(chosen.length).toBeGreaterThanOrEqual(30);
    expect(actedOn.filter((a) => a.ever === 1).length).toBeGreaterThan(0);
    expect(actedOn.filter((a) => a.ever > 1).length).toBeGreaterThan(1);
    expect(DAY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  for (const [domain, day] of chosen) {
    it(`${domain} on ${day}`, () => {
      const oracle = statesOn(servers, domain, day);
      const expected = countOf(oracle.values());
      const shard = buildShard(context, domain);

      // The shard and the silence the browser reads.
      expect(countsOnDay(shard, silence, day), 'shard + silence').toEqual(expected);
      expect(Object.fromEntries(statesOnDay(shard, silence, day)), 'shard + silence, each community').toEqual(Object.fromEntries(oracle));

      // The download rows, one per community, and each `confirmed` the reach model's.
      const rows = shardRows(shard, silence, day);
      expect(rows.map((r) => r.community), 'one row per community, sorted').toEqual([...oracle.keys()].sort());
      expect(countOf(rows.map((r) => r.state!)), 'download rows').toEqual(expected);
      for (const r of rows) {
        expect(r.state, `${r.community}'s row`).toBe(oracle.get(r.community!));
        expect(r.confirmed, `${r.community}'s confirmed`).toBe(reachPrepared(byCommunity.get(r.community!)!, domain, day).confirmed);
      }

      // The reach model's bulk answer.
      expect(domainReach(servers, domain, day).counts, 'domainReach').toEqual(expected);

      // The matrix on that day, when the domain is one of its columns (its own server's cell is null).
      const column = matrix.domains.indexOf(domain);
      if (column >= 0) {
        const onDay = matrixOnDay(matrix, matrixHistory, silence, day);
        expect(countOf(onDay.cells.map((row) => row[column]).filter((s): s is ReachState => s !== null)), 'matrix').toEqual(expected);
        // As shown: the rows kept, and the folded communities counted as unknown.
        const shown = matrixOnDay(shownMatrix.matrix, matrixHistory, silence, day);
        const counts = countOf(shown.cells.map((row) => row[column]).filter((s): s is ReachState => s !== null));
        counts.unknown += shownMatrix.folded.length;
        expect(counts, 'matrix as shown').toEqual(expected);
      }

      // The focused graph built for that day: one edge per community that suspends or limits the domain.
      const graph = domainSubgraph(servers, domain, day);
      const into = graph.edges.filter((e) => e.target === domain);
      expect([into.filter((e) => e.state === 'suspends').length, into.filter((e) => e.state === 'limits').length], 'focused graph').toEqual([expected.suspends, expected.limits]);
      expect(graph.counts, 'focused graph counts').toEqual(expected);

      // The full graph's edge spans that hold that day.
      const held = spans.filter((s) => s.target === domain && s.from <= day && (s.until === undefined || day < s.until));
      expect([held.filter((s) => s.state === 'suspends').length, held.filter((s) => s.state === 'limits').length], 'edge spans').toEqual([expected.suspends, expected.limits]);

      // The domain page's graph (built on the atlas's day) repainted for that day: each of its edges takes the
      // oracle's state for its community (a community acting only in the past is not in that graph).
      const page = views.domainGraph(domain).graph;
      const painted = statesOnDay(shard, silence, day);
      for (const e of page.edges.filter((x) => x.target === domain)) expect(painted.get(e.source), `${e.source} in the page's graph`).toBe(oracle.get(e.source));
    });
  }
});

/** The first day of a period of whole years before `day`, by the calendar (29 February falls back to the 28th). */
function yearsBefore(day: string, years: number): string {
  const shifted = `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
  return shifted.endsWith('-02-29') ? `${shifted.slice(0, 8)}28` : shifted;
}

describe('with a period, every view gives the domain page\'s answers, and those are the oracle\'s', () => {
  const mapServers = servers.map(toMapServer);
  const nodeIds = [...new Set(spans.flatMap((s) => [s.source, s.target]))].sort();
  const drawn = decodeSpans(JSON.parse(JSON.stringify(encodeSpans(spans, nodeIds))), nodeIds.length);
  const chosen: [string, string][] = [
    ['threads.net', DAY],
    ['threads.net', '2025-02-01'],
    ['threads.net', '2023-12-31'],
    ...actedOn.filter((a) => a.ever > 1).map((a): [string, string] => [a.domain, DAY]),
    ...actedOn.filter((a) => a.ever === 1).slice(0, 4).map((a): [string, string] => [a.domain, DAY]),
  ];
  let changed = 0;

  for (const [domain, day] of chosen) {
    it(`${domain} on ${day}, within 1, 2 and 5 years`, () => {
      const oracle = statesOn(servers, domain, day);
      const confirmed = new Map([...oracle].map(([c, state]) => [c, state === 'unknown' ? undefined : confirmedOracle(servers.find((s) => s.domain === c)!, domain, day)]));
      const shard = buildShard(context, domain);
      for (const months of CONFIRMED_WITHIN) {
        const limit = yearsBefore(day, months / 12);
        const expected = new Map([...oracle].map(([c, state]) => [c, state !== 'unknown' && (confirmed.get(c) ?? '') < limit ? 'unknown' : state]));
        changed += [...expected].filter(([c, state]) => state !== oracle.get(c)).length;
        const label = `${months} months`;

        // The domain page's answers and its download.
        const page = confirmedWithin(answersOnDay(shard, silence, day), day, months);
        expect(Object.fromEntries([...page].map(([c, a]) => [c, a.state])), `domain page, ${label}`).toEqual(Object.fromEntries(expected));
        const rows = shardRows(shard, silence, day, { confirmedWithin: months });
        expect(Object.fromEntries(rows.map((r) => [r.community, r.state])), `domain download, ${label}`).toEqual(Object.fromEntries(expected));

        // The home list's rows (and so the map's marks and legend counts, which read the same shard).
        const listed = mapRows(mapServers, {}, { shard, day, silence, confirmedWithin: months });
        for (const r of listed) expect(r.reach_state, `map row ${r.domain}, ${label}`).toBe(r.domain === domain ? ITSELF : expected.get(r.domain!));

        // The full graph's edges into the domain that day, as the browser decodes and draws them.
        const target = nodeIds.indexOf(domain);
        const edges = drawEdgesOn(drawn, dayNumber(day), confirmedSince(day, months)).filter((e) => e.target === target);
        const acting = [...expected].filter(([, state]) => state === 'suspends' || state === 'limits');
        expect(edges.map((e) => [nodeIds[e.source], e.state]).sort(), `graph edges, ${label}`).toEqual(acting.sort());

        // The matrix's column for the domain, when it is one.
        const column = matrix.domains.indexOf(domain);
        if (column >= 0) {
          const onDay = matrixOnDay(matrix, matrixHistory, silence, day, months);
          matrix.communities.forEach((c, row) => {
            if (c !== domain) expect(onDay.cells[row]![column], `matrix ${c}, ${label}`).toBe(expected.get(c));
            if (c !== domain) expect(onDay.stale![row]![column], `matrix ${c} stale, ${label}`).toBe(expected.get(c) !== oracle.get(c));
          });
        }
      }
    });
  }

  it('the period changes some answers in these cases (else the checks above would prove little)', () => {
    expect(changed).toBeGreaterThan(0);
  });
});

describe('the domain page\'s timeline and the timeline embed\'s give the same counts', () => {
  // The page's chart is built from the YAML at build time (domainTimeline); the embed's from the shard and the
  // silence in the browser (shardTimeline). Where both have a month, its counts must agree.
  const domains = [...new Set(pairs().map(([d]) => d))];
  for (const domain of domains) {
    it(domain, () => {
      const page = new Map(domainTimeline(servers, domain, DAY).points.map((p) => [p.day, p.counts]));
      const embed = shardTimeline(buildShard(context, domain), silence, DAY).points;
      const shared = embed.filter((p) => page.has(p.day));
      expect(shared.length).toBeGreaterThan(0);
      for (const p of shared) expect(p.counts, `${domain} at ${p.day}`).toEqual(page.get(p.day));
    });
  }
});
