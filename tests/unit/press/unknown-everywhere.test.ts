/**
 * The communities unknown towards every domain they have no decision on (unpublished or partial lists): the shared
 * file's entries, reading it back untrusted, and the download rows a domain page makes of it.
 */
import { describe, expect, it } from 'vitest';
import {
  backOf,
  compactBack,
  isUnknownEverywhere,
  parseUnknownEverywhere,
  stringRecord,
  summaryExportRows,
  unknownEverywhere,
  type UnknownEverywhereEntry,
} from '../../../src/lib/press/unknown-everywhere.ts';
import { REACH_EXPORT_COLUMNS } from '../../../src/lib/press/view-rows.ts';
import { absenceSummary } from '../../../src/lib/reach/absence.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import { domainReachPrepared } from '../../../src/lib/reach/domain-reach.ts';
import { community, decision } from '../reach/helpers.ts';

const DAY = '2025-06-01';

// a.example's decision on bad.example began some day of June 2025: on DAY it may or may not be in force (a row).
const servers = [
  community('z.example', 'unknown'),
  community('b.example', 'partial', [decision('bad.example', 'suspend', '2024-01-01')]),
  community('a.example', 'unknown', [decision('bad.example', 'silence', '2025-06')]),
  community('p.example', 'published', [], '2025-05-01'),
];

describe('unknownEverywhere', () => {
  it('keeps exactly the communities whose silence is unknown for their list status, sorted, with names', () => {
    const entries = unknownEverywhere(absenceSummary(prepareAll(servers), DAY), (d) => (d === 'a.example' ? 'Ay' : undefined));
    expect(entries).toEqual([
      { community: 'a.example', name: 'Ay', reason: 'list-unknown' },
      { community: 'b.example', name: 'b.example', reason: 'list-partial' },
      { community: 'z.example', name: 'z.example', reason: 'list-unknown' },
    ]);
  });

  it('on any domain, the unknown rows with those reasons are the file less the actors and the domain itself', () => {
    const prepared = prepareAll(servers);
    const file = unknownEverywhere(absenceSummary(prepared, DAY), () => undefined);
    for (const domain of ['bad.example', 'elsewhere.example', 'z.example']) {
      const now = domainReachPrepared(prepared, domain, DAY);
      const summarised = now.communities.filter((c) => isUnknownEverywhere(c.reach.reason)).map((c) => c.community);
      const rows = new Set(now.communities.filter((c) => !isUnknownEverywhere(c.reach.reason)).map((c) => c.community));
      const fromFile = summaryExportRows(file, { exclude: new Set([...rows, domain]), why: {} }).map((r) => r.community);
      expect(fromFile, domain).toEqual(summarised);
      for (const c of now.communities.filter((x) => isUnknownEverywhere(x.reach.reason))) expect(c.reach.state).toBe('unknown');
    }
    // On bad.example, b.example suspends it and a.example's dates leave it open: both are rows, only z.example is summarised.
    const bad = domainReachPrepared(prepared, 'bad.example', DAY).communities;
    expect(bad.map((c) => [c.community, c.reach.state, c.reach.reason])).toEqual([
      ['a.example', 'unknown', 'uncertain-decision'],
      ['b.example', 'suspends', 'decision'],
      ['p.example', 'reaches', 'no-decision'],
      ['z.example', 'unknown', 'list-unknown'],
    ]);
  });
});

describe('isUnknownEverywhere', () => {
  it('is true only for the reasons of the list status alone', () => {
    expect(['list-unknown', 'list-partial'].every(isUnknownEverywhere)).toBe(true);
    expect(['decision', 'no-decision', 'uncertain-decision', 'before-list-read'].some(isUnknownEverywhere)).toBe(false);
  });
});

describe('parseUnknownEverywhere', () => {
  it('reads the file it was written as', () => {
    const entries: UnknownEverywhereEntry[] = [{ community: 'a.example', name: 'A', reason: 'list-partial' }];
    expect(parseUnknownEverywhere(JSON.parse(JSON.stringify(entries)))).toEqual(entries);
  });

  it('refuses anything else, naming the place', () => {
    expect(() => parseUnknownEverywhere({})).toThrow(/array/);
    expect(() => parseUnknownEverywhere([null])).toThrow(/\[0\]/);
    expect(() => parseUnknownEverywhere([{ community: '', name: 'x', reason: 'list-unknown' }])).toThrow(/\[0\]\.community/);
    expect(() => parseUnknownEverywhere([{ community: 'a', name: 1, reason: 'list-unknown' }])).toThrow(/\.name/);
    expect(() => parseUnknownEverywhere([{ community: 'a', name: 'A', reason: 'decision' }])).toThrow(/\.reason/);
    expect(() => parseUnknownEverywhere([{ community: 'a', name: 'A', reason: 'list-unknown' }, 'x'])).toThrow(/\[1\]/);
  });
});

describe('summaryExportRows', () => {
  const entries: UnknownEverywhereEntry[] = [
    { community: 'a.example', name: 'A', reason: 'list-unknown' },
    { community: 'b.example', name: 'B', reason: 'list-partial' },
    { community: 'c.example', name: 'C', reason: 'list-unknown' },
    { community: 'c.example', name: 'C', reason: 'list-unknown' },
  ];

  it('makes one unknown row per entry not excluded, in file order, worded in the page language, with the back state', () => {
    const rows = summaryExportRows(entries, {
      exclude: new Set(['b.example']),
      why: { 'list-unknown': 'nid yw ei restr flocio wedi’i darllen', 'list-partial': 'rhannol' },
      back: { usual: 'unknown', except: { 'a.example': '', 'c.example': 'suspends' } },
    });
    expect(rows).toEqual([
      { community: 'a.example', name: 'A', state: 'unknown', why: 'nid yw ei restr flocio wedi’i darllen', back: undefined },
      { community: 'c.example', name: 'C', state: 'unknown', why: 'nid yw ei restr flocio wedi’i darllen', back: 'suspends' },
    ]);
    for (const r of rows) for (const k of Object.keys(r)) expect(REACH_EXPORT_COLUMNS).toContain(k);
  });

  it('falls back to the reason code when the page gave no words for it', () => {
    expect(summaryExportRows(entries.slice(1, 2), { exclude: new Set(), why: {} })[0]!.why).toBe('list-partial');
  });
});

describe('compactBack and backOf', () => {
  it('keeps the usual state once and the exceptions, and gives every community its state back', () => {
    const pairs = [
      ['a.example', 'unknown'],
      ['b.example', 'suspends'],
      ['c.example', 'unknown'],
      ['d.example', undefined],
      ['e.example', 'unknown'],
    ] as const;
    const back = compactBack(pairs);
    expect(back).toEqual({ usual: 'unknown', except: { 'b.example': 'suspends', 'd.example': '' } });
    // Through the page's data attributes and back.
    const read = { usual: back.usual, except: stringRecord(JSON.stringify(back.except)) };
    for (const [community, state] of pairs) expect(backOf(read, community)).toBe(state);
    expect(backOf(undefined, 'a.example')).toBeUndefined();
    expect(compactBack([['a.example', undefined]])).toEqual({ except: {} });
    expect(compactBack([])).toEqual({ except: {} });
  });
});

describe('stringRecord', () => {
  it('reads an object of strings and drops the rest; anything else is empty', () => {
    expect(stringRecord('{"a":"x","b":1}')).toEqual({ a: 'x' });
    expect(stringRecord('[1]')).toEqual({});
    expect(stringRecord('not json')).toEqual({});
    expect(stringRecord(undefined)).toEqual({});
  });
});
