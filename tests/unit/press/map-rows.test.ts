/**
 * The home page's list download, built from the map payload's records, the filters and the picked domain's shard on
 * the day shown. Synthetic servers, shard and silence segments; every expected row is worked out by hand from the
 * segments (the last change on or before the day holds), not read off the code.
 */
import { describe, expect, it } from 'vitest';
import type { MapServer } from '../../../src/lib/map/map-data.ts';
import type { ReachShard } from '../../../src/lib/map/reach-shard.ts';
import { ITSELF, MAP_ROW_COLUMNS, mapRows, type MapRow } from '../../../src/lib/press/map-rows.ts';

const server = (domain: string, over: Partial<MapServer> = {}): MapServer => ({ domain, name: domain.toUpperCase(), iso: [], languages: ['en'], focus: ['language'], software: 'mastodon', status: 'published', unconfirmed: [], ...over });

/** Synthetic servers, in the list's order (sorted by domain). */
const SERVERS: MapServer[] = [
  server('a.example', { name: 'Ay', languages: ['cy', 'en'], area: 'Cymru', areaLabel: 'Wales', areaLang: 'cy', scale: 'nation', iso: ['GB-WLS'], lat: 52, lon: -3 }),
  server('b.example', { name: 'Bee', status: 'partial', software: 'misskey' }),
  server('c.example', { name: 'Sea', languages: ['cy'], status: 'unknown', area: 'Ceredigion', scale: 'region', iso: ['GB-CGN'] }),
  server('t.example', { name: 'Tee' }),
];

/**
 * The shard of t.example (itself curated) on 2026-04-12: a.example suspends it since 2025-01-19, confirmed
 * 2026-04-01 (its own history: reaches until then); b.example limits it, confirmed 2026-03-01 (history); c.example's
 * answers are its silence's (unknown throughout).
 */
const SHARD: ReachShard = {
  domain: 't.example',
  day: '2026-04-12',
  self: 't.example',
  counts: { suspends: 1, limits: 1, reaches: 0, unknown: 1 },
  servers: {
    'a.example': { state: 'suspends', reason: 'decision', since: '2025-01-19', confirmed: '2026-04-01', history: ['unknown', '2023-10-23', 'reaches@2023-10-23', '2025-01-19', 'suspends@2026-04-01'] },
    'b.example': { state: 'limits', reason: 'decision', confirmed: '2026-03-01', history: ['unknown', '2024-05-01', 'limits@2026-03-01'] },
    'c.example': { state: 'unknown', reason: 'list-unknown' },
  },
};

const SILENCE = { communities: { 'a.example': ['unknown', '2023-10-23', 'reaches@2023-10-23'], 'b.example': ['unknown'], 'c.example': ['unknown'], 't.example': ['unknown', '2025-01-01', 'reaches@2025-01-01'] } };

const own = (domain: string, name: string, languages: string, area: string | undefined, software: string, list: string): MapRow => ({
  domain, name, languages, area, software, list, reach_domain: undefined, reach_state: undefined, reach_confirmed: undefined, reach_day: undefined,
});

describe('mapRows', () => {
  it('without a domain: every server, in order, with its own columns only; the area in the data\'s words', () => {
    expect(mapRows(SERVERS, {})).toEqual([
      own('a.example', 'Ay', 'cy en', 'Wales', 'mastodon', 'published'),
      own('b.example', 'Bee', 'en', undefined, 'misskey', 'partial'),
      own('c.example', 'Sea', 'cy', 'Ceredigion', 'mastodon', 'unknown'),
      own('t.example', 'Tee', 'en', undefined, 'mastodon', 'published'),
    ]);
  });

  it('keeps exactly the servers the filters keep', () => {
    expect(mapRows(SERVERS, { lang: 'cy' }).map((r) => r.domain)).toEqual(['a.example', 'c.example']);
    expect(mapRows(SERVERS, { lang: 'cy', area: 'GB' }).map((r) => r.domain)).toEqual(['a.example', 'c.example']);
    expect(mapRows(SERVERS, { area: 'GB-CGN' }).map((r) => r.domain)).toEqual(['c.example']);
    expect(mapRows(SERVERS, { status: 'partial' }).map((r) => r.domain)).toEqual(['b.example']);
    expect(mapRows(SERVERS, { q: 'tee' }).map((r) => r.domain)).toEqual(['t.example']);
    expect(mapRows(SERVERS, { software: 'lemmy' })).toEqual([]);
  });

  it('on the shard\'s own day: each state and confirmation as built, `itself` for the domain\'s own server', () => {
    const rows = mapRows(SERVERS, {}, { shard: SHARD, day: '2026-04-12' });
    expect(rows.map((r) => [r.domain, r.reach_domain, r.reach_state, r.reach_confirmed, r.reach_day])).toEqual([
      ['a.example', 't.example', 'suspends', '2026-04-01', '2026-04-12'],
      ['b.example', 't.example', 'limits', '2026-03-01', '2026-04-12'],
      ['c.example', 't.example', 'unknown', undefined, '2026-04-12'],
      ['t.example', 't.example', ITSELF, undefined, '2026-04-12'],
    ]);
    expect(rows[0]!.area).toBe('Wales');
  });

  it('on another day: the states the segments give then (2024-06-01: a reaches, confirmed 2023-10-23; b limits)', () => {
    const rows = mapRows(SERVERS, { lang: 'en' }, { shard: SHARD, day: '2024-06-01', silence: SILENCE });
    expect(rows.map((r) => [r.domain, r.reach_state, r.reach_confirmed, r.reach_day])).toEqual([
      ['a.example', 'reaches', '2023-10-23', '2024-06-01'],
      ['b.example', 'limits', '2026-03-01', '2024-06-01'],
      ['t.example', ITSELF, undefined, '2024-06-01'],
    ]);
    // Before any change, every state is unknown and nothing is confirmed.
    const early = mapRows(SERVERS, {}, { shard: SHARD, day: '2023-01-01', silence: SILENCE });
    expect(early.map((r) => [r.reach_state, r.reach_confirmed])).toEqual([['unknown', undefined], ['unknown', undefined], ['unknown', undefined], [ITSELF, undefined]]);
  });

  it('with a period: a state no source confirmed within it is unknown without a confirmation; one confirmed on the period\'s first day stays', () => {
    // On 2026-04-12 within a year (from 2025-04-12): b.example confirmed 2025-04-11 drops out, a.example 2025-04-12 stays.
    const shard: ReachShard = { ...SHARD, servers: { ...SHARD.servers, 'a.example': { ...SHARD.servers['a.example']!, confirmed: '2025-04-12' }, 'b.example': { ...SHARD.servers['b.example']!, confirmed: '2025-04-11' } } };
    const rows = mapRows(SERVERS, {}, { shard, day: '2026-04-12', confirmedWithin: 12 });
    expect(rows.map((r) => [r.domain, r.reach_state, r.reach_confirmed])).toEqual([
      ['a.example', 'suspends', '2025-04-12'],
      ['b.example', 'unknown', undefined],
      ['c.example', 'unknown', undefined],
      ['t.example', ITSELF, undefined],
    ]);
    // On another day, from the segments: 2024-06-01 within a year (from 2023-06-01): a reaches, confirmed 2023-10-23; b limits, confirmed 2026-03-01.
    expect(mapRows(SERVERS, {}, { shard: SHARD, day: '2024-06-01', silence: SILENCE, confirmedWithin: 12 }).map((r) => r.reach_state)).toEqual(['reaches', 'limits', 'unknown', ITSELF]);
    // Within a year of 2024-12-01 (from 2023-12-01) a.example's 2023-10-23 reading is too old.
    expect(mapRows(SERVERS, {}, { shard: SHARD, day: '2024-12-01', silence: SILENCE, confirmedWithin: 12 }).map((r) => r.reach_state)).toEqual(['unknown', 'limits', 'unknown', ITSELF]);
  });

  it('a community missing from the shard is unknown', () => {
    const rows = mapRows([...SERVERS, server('z.example')], { q: 'z.example' }, { shard: SHARD, day: '2026-04-12' });
    expect(rows.map((r) => [r.domain, r.reach_state, r.reach_confirmed])).toEqual([['z.example', 'unknown', undefined]]);
  });

  it('refuses another day without the silence segments, rather than give the wrong day\'s states', () => {
    expect(() => mapRows(SERVERS, {}, { shard: SHARD, day: '2024-06-01' })).toThrow(/t\.example on 2024-06-01 needs the silence segments/);
  });

  it('has every column of MAP_ROW_COLUMNS and no sentence or glyph in any cell', () => {
    for (const row of mapRows(SERVERS, {}, { shard: SHARD, day: '2026-04-12' })) {
      expect(Object.keys(row)).toEqual([...MAP_ROW_COLUMNS]);
      for (const value of Object.values(row)) if (value !== undefined) expect(value).toMatch(/^[\p{L}\p{N} .@-]*$/u);
    }
  });
});
