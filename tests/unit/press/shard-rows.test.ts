/**
 * A domain page's download rows, built from the shard and the silence for the day shown. Synthetic communities;
 * every expected row is worked out by hand from the reach model's rules (src/lib/reach/README.md), not read off
 * the code.
 */
import { describe, expect, it } from 'vitest';
import { replayStart, silenceHistory } from '../../../src/lib/map/as-of-history.ts';
import { buildShard, listUrls } from '../../../src/lib/map/build-shard.ts';
import { communityNames, parseNames, REASON_CODES, SHARD_ROW_COLUMNS, shardRows, type ShardRow } from '../../../src/lib/press/shard-rows.ts';
import { toCsv } from '../../../src/lib/press/csv.ts';
import { indexActors, prepareAll } from '../../../src/lib/reach/index.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { community, decision } from '../reach/helpers.ts';

const TODAY = '2026-04-12';
const E1 = 'https://archive.example/a.example/2023-07-04.csv';
const LIFT = 'https://archive.example/a.example/2023-09-01.csv';
const EA = 'https://a.example/@admin/threads';
const ED = 'https://d.example/@admin/limit';
const list = (domain: string) => `https://${domain}/api/v1/instance/domain_blocks`;

const servers: Community[] = [
  // Published, read whole on 2023-10-23. Suspended threads.net from some day on or before 2023-07-04 (first seen in
  // an archive snapshot that day) until 2023-09-01, lifted; suspends it again from 2025-01-19 (an announcement).
  community(
    'a.example',
    'published',
    [
      decision('threads.net', 'suspend', { on_or_before: '2023-07-04' }, { until: '2023-09-01', evidence: { url: E1, retrieved: '2023-07-04', kind: 'archive' }, lifted_evidence: { url: LIFT, retrieved: '2023-09-01', kind: 'archive' } }),
      decision('threads.net', 'suspend', '2025-01-19', { evidence: { url: EA, retrieved: '2025-01-20', kind: 'announcement' } }),
    ],
    '2023-10-23',
  ),
  // Published, read once, on 2024-06-01; no decision on threads.net.
  community('b.example', 'published', [], '2024-06-01'),
  // A list nobody has read.
  community('c.example', 'unknown'),
  // Partial: an announced limit from some day in May 2024.
  community('d.example', 'partial', [decision('threads.net', 'silence', '2024-05', { evidence: { url: ED, retrieved: '2024-06-02', kind: 'announcement' } })]),
  // The domain itself is curated: published, read 2025-01-01, and it suspends a.example from 2025-02-01.
  community('threads.net', 'published', [decision('a.example', 'suspend', '2025-02-01')], '2025-01-01'),
];

const why = { 'before-list-read': 'before its list was read', 'list-unknown': 'list not read', 'list-partial': 'list partial', 'uncertain-decision': 'dates uncertain' };
const names = { 'a.example': 'Ay', 'b.example': 'Bee' };

function setup(cs: readonly Community[], day: string) {
  const prepared = prepareAll(cs);
  const silence = silenceHistory(prepared, day, replayStart(prepared, day));
  const context = { prepared, index: indexActors(prepared), silence, curated: cs.map((c) => c.domain), lists: listUrls(cs), day };
  return { silence, shardOf: (domain: string) => buildShard(context, domain) };
}

const { silence, shardOf } = setup(servers, TODAY);
const shard = shardOf('threads.net');
const rowsOn = (day: string) => shardRows(shard, silence, day, { names, why });
const row = (fields: Partial<ShardRow>): ShardRow => Object.fromEntries(SHARD_ROW_COLUMNS.map((c) => [c, fields[c]])) as ShardRow;

describe('shardRows', () => {
  it('on a past day when a since-lifted block was in force: that block\'s dates and evidence, confirmed by its snapshot', () => {
    // 2023-08-01: a.example's first block was surely in force (seen 2023-07-04, lifted 2023-09-01); b.example's list
    // is first read in 2024 and a.example's in October 2023, so silence means nothing yet; c.example's list is
    // unread; d.example's partial list has no decision in force.
    expect(rowsOn('2023-08-01')).toEqual([
      row({ community: 'a.example', name: 'Ay', state: 'suspends', confirmed: '2023-07-04', since: '2023-07-04', since_qualifier: 'on-or-before', until: '2023-09-01', evidence: E1 }),
      row({ community: 'b.example', name: 'Bee', state: 'unknown', why: 'before its list was read' }),
      row({ community: 'c.example', state: 'unknown', why: 'list not read' }),
      row({ community: 'd.example', state: 'unknown', why: 'list partial' }),
    ]);
  });

  it('before the first block was surely in force, and between the lift and the first reading: unknown, each with its reason', () => {
    // 2023-06-01: the block seen "on or before" 2023-07-04 may already have begun; 2023-09-15: lifted, list not read yet.
    expect(rowsOn('2023-06-01')[0]).toEqual(row({ community: 'a.example', name: 'Ay', state: 'unknown', why: 'dates uncertain' }));
    expect(rowsOn('2023-09-15')[0]).toEqual(row({ community: 'a.example', name: 'Ay', state: 'unknown', why: 'before its list was read' }));
  });

  it('in the month a limit is known only to: unknown for it; a list read and silent: reaches, with the list as evidence', () => {
    const rows = rowsOn('2024-05-15');
    // a.example: read 2023-10-23, nothing in force on threads.net then: reaches, carried forward, confirmed by that reading.
    expect(rows[0]).toEqual(row({ community: 'a.example', name: 'Ay', state: 'reaches', confirmed: '2023-10-23', evidence: list('a.example') }));
    expect(rows[1]).toEqual(row({ community: 'b.example', name: 'Bee', state: 'unknown', why: 'before its list was read' }));
    expect(rows[3]).toEqual(row({ community: 'd.example', state: 'unknown', why: 'dates uncertain' }));
  });

  it('a day after a list\'s last reading: its state carried forward, confirmed by the reading', () => {
    expect(rowsOn('2025-06-01')).toEqual([
      // The announcement's day is not a day the list was seen: the block's own first day confirms it.
      row({ community: 'a.example', name: 'Ay', state: 'suspends', confirmed: '2025-01-19', since: '2025-01-19', evidence: EA }),
      row({ community: 'b.example', name: 'Bee', state: 'reaches', confirmed: '2024-06-01', evidence: list('b.example') }),
      row({ community: 'c.example', state: 'unknown', why: 'list not read' }),
      // Known to the month: surely in force from the month's last day, which confirms it; the month stays a month.
      row({ community: 'd.example', state: 'limits', confirmed: '2024-05-31', since: '2024-05', evidence: ED }),
    ]);
  });

  it('on the shard\'s own day: the same rows, and what the curated domain does back to each community', () => {
    expect(rowsOn(TODAY)).toEqual([
      row({ community: 'a.example', name: 'Ay', state: 'suspends', confirmed: '2025-01-19', since: '2025-01-19', evidence: EA, back: 'suspends' }),
      row({ community: 'b.example', name: 'Bee', state: 'reaches', confirmed: '2024-06-01', evidence: list('b.example'), back: 'reaches' }),
      row({ community: 'c.example', state: 'unknown', why: 'list not read', back: 'reaches' }),
      row({ community: 'd.example', state: 'limits', confirmed: '2024-05-31', since: '2024-05', evidence: ED, back: 'reaches' }),
    ]);
    // The day before gives the same answers, from the segments and the past instead of today's entries.
    const strip = (rows: ShardRow[]) => rows.map((r) => ({ ...r, back: undefined }));
    expect(rowsOn('2026-04-11')).toEqual(strip(rowsOn(TODAY)));
  });

  it('names the parent domain a covering decision is on, and falls back to the reason code without words', () => {
    const cs = [community('p.example', 'partial', [decision('bad.example', 'suspend', '2024-02-03', { evidence: { url: 'https://p.example/about', retrieved: '2024-02-05', kind: 'block-list' } })]), community('q.example', 'partial')];
    const { silence: s, shardOf: of } = setup(cs, TODAY);
    const sub = of('a.bad.example');
    // On 2024-02-05 the block's evidence, a reading of its list, saw it: the last sight within the run, so far.
    expect(shardRows(sub, s, '2024-03-01')).toEqual([
      row({ community: 'p.example', state: 'suspends', confirmed: '2024-02-05', since: '2024-02-03', via: 'bad.example', evidence: 'https://p.example/about' }),
      row({ community: 'q.example', state: 'unknown', why: 'list-partial' }),
    ]);
    expect(shardRows(sub, s, '2024-02-02')[0]).toEqual(row({ community: 'p.example', state: 'unknown', why: 'list-partial' }));
  });

  it('makes a CSV with the columns in order, dates sortable as text', () => {
    const csv = toCsv(SHARD_ROW_COLUMNS, rowsOn('2023-08-01').map((r) => SHARD_ROW_COLUMNS.map((c) => r[c])));
    expect(csv.split('\r\n')[0]).toBe('community,name,state,confirmed,since,since_qualifier,until,via,evidence,why,back');
    expect(csv.split('\r\n')[1]).toBe(`a.example,Ay,suspends,2023-07-04,2023-07-04,on-or-before,2023-09-01,,${E1},,`);
  });
});

describe('the shard\'s past', () => {
  it('is written only for communities whose answers differ from their silence\'s, with the decisions they name', () => {
    expect(shard.servers['a.example']!.past).toEqual({
      answers: ['uncertain-decision', '2023-07-04', 'decision:0', '2023-09-01', 'before-list-read', '2023-10-23', 'no-decision', '2025-01-19', 'decision:1'],
      decisions: [
        { since: '2023-07-04', onOrBefore: true, until: '2023-09-01', evidence: E1 },
        { since: '2025-01-19', evidence: EA },
      ],
      list: list('a.example'),
    });
    expect(shard.servers['d.example']!.past).toEqual({ answers: ['list-partial', '2024-05-01', 'uncertain-decision', '2024-05-31', 'decision:0'], decisions: [{ since: '2024-05', evidence: ED }] });
    expect(shard.servers['b.example']!.past).toBeUndefined();
    expect(shard.servers['c.example']!.past).toBeUndefined();
    expect(shard.servers['threads.net']).toBeUndefined();
  });
});

describe('names and reasons', () => {
  it('lists every community\'s name by domain, sorted, and reads the file back, refusing anything else', () => {
    const file = communityNames([
      { domain: 'b.example', name: 'Bee' },
      { domain: 'a.example', name: 'Ay' },
    ]);
    expect(JSON.stringify(file)).toBe('{"a.example":"Ay","b.example":"Bee"}');
    expect(parseNames(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(() => parseNames([])).toThrow(/object/);
    expect(() => parseNames({ 'a.example': 1 })).toThrow(/a\.example/);
  });

  it('knows every reason once', () => {
    expect([...REASON_CODES].sort()).toEqual(['before-list-read', 'decision', 'list-partial', 'list-unknown', 'no-decision', 'uncertain-decision']);
  });
});

describe('shardRows restricted to recent confirmations', () => {
  it('on 2026-04-12, within a year (from 2025-04-12): every known answer is older, so each is unknown and says why', () => {
    const rows = shardRows(shard, silence, TODAY, { names, why, confirmedWithin: 12, notConfirmed: 'not confirmed lately' });
    // a.example: the announcement's day, 2025-01-19; b.example: its reading, 2024-06-01; d.example: the end of May 2024.
    expect(rows.map((r) => [r.community, r.state, r.why])).toEqual([
      ['a.example', 'unknown', 'not confirmed lately'],
      ['b.example', 'unknown', 'not confirmed lately'],
      ['c.example', 'unknown', 'list not read'],
      ['d.example', 'unknown', 'not confirmed lately'],
    ]);
  });

  it('within two years (from 2024-04-12): all three stand, with their confirmations', () => {
    const rows = shardRows(shard, silence, TODAY, { names, why, confirmedWithin: 24 });
    expect(rows.map((r) => [r.community, r.state, r.confirmed])).toEqual([
      ['a.example', 'suspends', '2025-01-19'],
      ['b.example', 'reaches', '2024-06-01'],
      ['c.example', 'unknown', undefined],
      ['d.example', 'limits', '2024-05-31'],
    ]);
  });
});
