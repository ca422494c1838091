/**
 * People cut off: shares of accounts by state, only over communities of known size, and the rule that decides
 * whether they may be a headline figure (synthetic sizes; every expected value worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { peopleCutOff, peopleDisplay, sizeSources, type CommunitySize } from '../../../src/lib/reach/people.ts';
import type { ReachState } from '../../../src/lib/reach/state.ts';

const size = (total: number, counted = '2026-01-02', url = 'https://stats.example/'): CommunitySize => ({ total, counted, url });

/** `n` communities c1.example … cn.example, all reaching the domain. */
const reaching = (n: number) => new Map<string, ReachState>(Array.from({ length: n }, (_, i) => [`c${i + 1}.example`, 'reaches']));
/** Sizes of 100 accounts counted on `counted` for the first `n` of `reaching`. */
const firstSized = (n: number, counted: string) => new Map(Array.from({ length: n }, (_, i) => [`c${i + 1}.example`, size(100, counted)]));

describe('peopleCutOff', () => {
  it('counts accounts by state over the communities whose size is known, and how many are left out', () => {
    const states = new Map<string, ReachState>([
      ['a.example', 'suspends'],
      ['b.example', 'limits'],
      ['c.example', 'reaches'],
      ['d.example', 'suspends'],
      ['e.example', 'unknown'],
    ]);
    const sizes = new Map([
      ['a.example', size(600, '2022-12-16', 'https://old.example/post/1')],
      ['b.example', size(300)],
      ['c.example', size(100, '2026-01-02', 'https://stats.example/other')],
    ]);
    const r = peopleCutOff(states, sizes, '2026-01-02');
    expect(r.accounts).toBe(1000);
    expect(r.unknownSize).toBe(2);
    expect(r.communities).toBe(5);
    expect(r.byState.suspends).toEqual({ communities: 1, accounts: 600, share: 0.6 });
    expect(r.byState.limits).toEqual({ communities: 1, accounts: 300, share: 0.3 });
    expect(r.byState.reaches.share).toBe(0.1);
    expect(r.byState.unknown).toEqual({ communities: 0, accounts: 0, share: 0 });
    expect(r.sized.map((s) => s.community)).toEqual(['a.example', 'b.example', 'c.example']);
    expect([r.countedFrom, r.countedTo]).toEqual(['2022-12-16', '2026-01-02']);
    // Two hosts: old.example once, stats.example for two sizes.
    expect(r.sources).toEqual(['old.example', 'stats.example']);
    // 3 of 5 known (5·3 = 15 < 4·5 = 20) and 2022-12-16 is over a year before 2026-01-02.
    expect(r.show).toBe('note');
    expect(r.why).toEqual(['few-sizes', 'old-sizes']);
    expect(r.day).toBe('2026-01-02');
  });

  it('with no size known, every share is 0, every community is left out, and it is a note', () => {
    const r = peopleCutOff(new Map([['a.example', 'suspends']]), new Map(), '2026-01-02');
    expect(r).toMatchObject({ accounts: 0, unknownSize: 1, communities: 1, sized: [], sources: [], show: 'note', why: ['no-sizes'] });
    expect(r.byState.suspends.share).toBe(0);
    expect(r.countedFrom).toBeUndefined();
  });

  it('is a headline at exactly 80 % of the communities sized (4 of 5, 8 of 10) and a note just under (3 of 5, 7 of 10)', () => {
    const day = '2026-01-01';
    expect(peopleCutOff(reaching(5), firstSized(4, day), day)).toMatchObject({ show: 'headline', why: [], communities: 5, unknownSize: 1 });
    expect(peopleCutOff(reaching(5), firstSized(3, day), day)).toMatchObject({ show: 'note', why: ['few-sizes'], communities: 5, unknownSize: 2 });
    expect(peopleCutOff(reaching(10), firstSized(8, day), day)).toMatchObject({ show: 'headline', why: [] });
    expect(peopleCutOff(reaching(10), firstSized(7, day), day)).toMatchObject({ show: 'note', why: ['few-sizes'] });
    expect(peopleCutOff(reaching(1), firstSized(1, day), day)).toMatchObject({ show: 'headline', why: [] });
  });

  it('is a headline when every size is within 365 days of the day, before or after, and a note at 366', () => {
    // 2025 has 365 days: 2025-01-01 → 2026-01-01 is 365 days; 2024-12-31 → 2026-01-01 is 366.
    const day = '2026-01-01';
    const at = (counted: string) => peopleCutOff(reaching(1), firstSized(1, counted), day);
    expect(at('2025-01-01')).toMatchObject({ show: 'headline', why: [] });
    expect(at('2024-12-31')).toMatchObject({ show: 'note', why: ['old-sizes'] });
    // 2026 has 365 days: 2026-01-01 → 2027-01-01 is 365 days, 2027-01-02 is 366.
    expect(at('2027-01-01')).toMatchObject({ show: 'headline', why: [] });
    expect(at('2027-01-02')).toMatchObject({ show: 'note', why: ['old-sizes'] });
  });

  it('one old size among recent ones makes it a note, and the range of counting days spans them', () => {
    const states = reaching(3);
    const sizes = new Map([
      ['c1.example', size(10, '2026-03-01', 'https://c1.example/nodeinfo/2.0')],
      ['c2.example', size(20, '2026-02-01', 'https://c2.example/nodeinfo/2.0')],
      ['c3.example', size(30, '2024-02-29', 'https://c1.example/nodeinfo/2.0')],
    ]);
    const r = peopleCutOff(states, sizes, '2026-03-01');
    expect(r).toMatchObject({ show: 'note', why: ['old-sizes'], countedFrom: '2024-02-29', countedTo: '2026-03-01', sources: ['c1.example', 'c2.example'] });
    expect(r.sized.map((s) => s.community)).toEqual(['c3.example', 'c2.example', 'c1.example']);
  });
});

describe('peopleDisplay', () => {
  it('reads N, M and the two ends of the counting days', () => {
    expect(peopleDisplay({ known: 4, communities: 5, countedFrom: '2026-01-01', countedTo: '2026-01-01' }, '2026-06-01')).toEqual({ show: 'headline', why: [] });
    expect(peopleDisplay({ known: 79, communities: 100, countedFrom: '2026-01-01', countedTo: '2026-01-01' }, '2026-06-01')).toEqual({ show: 'note', why: ['few-sizes'] });
    expect(peopleDisplay({ known: 80, communities: 100, countedFrom: '2020-01-01', countedTo: '2026-01-01' }, '2026-06-01')).toEqual({ show: 'note', why: ['old-sizes'] });
    expect(peopleDisplay({ known: 0, communities: 3 }, '2026-06-01')).toEqual({ show: 'note', why: ['no-sizes'] });
    expect(peopleDisplay({ known: 0, communities: 0 }, '2026-06-01')).toEqual({ show: 'note', why: ['no-sizes'] });
  });

  it('refuses a day that is not "YYYY-MM-DD"', () => {
    expect(() => peopleDisplay({ known: 1, communities: 1, countedFrom: '2026-01-01', countedTo: '2026-01-01' }, 'today')).toThrow(/YYYY-MM-DD/);
  });
});

describe('sizeSources', () => {
  it('gives each source host once, lower-cased by URL parsing, sorted', () => {
    expect(sizeSources([{ url: 'https://Stats.Example/a' }, { url: 'https://b.example/nodeinfo/2.0' }, { url: 'https://stats.example/b' }])).toEqual(['b.example', 'stats.example']);
    expect(sizeSources([])).toEqual([]);
  });
});
