/** State segments (the as-of replay): exact at the boundaries of `since` and `until`, and equal to the reach model on every day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareCommunity } from '../../../src/lib/reach/prepare.ts';
import { reachPrepared } from '../../../src/lib/reach/reach.ts';
import { changeDays, countOnDay, stateOnDay } from '../../../src/lib/reach/segment-lookup.ts';
import { EPOCH, stateSegments } from '../../../src/lib/reach/segments.ts';
import { askedArb, community, communityArb, dayArb, decision } from './helpers.ts';

const segmentsOf = (c: Parameters<typeof prepareCommunity>[0], domain = 'x.example') => stateSegments(prepareCommunity(c), domain);

describe('stateSegments and stateOnDay', () => {
  it('a suspension with exact since and until: in force from since, inclusive, to until, exclusive', () => {
    const c = community('c.example', 'partial', [decision('x.example', 'suspend', '2023-07-04', { until: '2025-01-19' })]);
    const s = segmentsOf(c);
    expect(s).toEqual(['unknown', '2023-07-04', 'suspends', '2025-01-19', 'unknown']);
    expect(stateOnDay(s, '2023-07-03')).toBe('unknown');
    expect(stateOnDay(s, '2023-07-04')).toBe('suspends');
    expect(stateOnDay(s, '2025-01-18')).toBe('suspends');
    expect(stateOnDay(s, '2025-01-19')).toBe('unknown');
  });

  it('a published list reaches the domain only within the days it was read, and a suspension beats it', () => {
    const blocks = [decision('x.example', 'suspend', '2024-03-01', { evidence: { url: 'https://c.example/blocks', retrieved: '2024-01-10', kind: 'block-list' } })];
    const c = community('c.example', 'published', blocks, '2024-06-30');
    const s = segmentsOf(c);
    expect(stateOnDay(s, '2024-01-09')).toBe('unknown');
    expect(stateOnDay(s, '2024-01-10')).toBe('reaches');
    expect(stateOnDay(s, '2024-02-29')).toBe('reaches');
    expect(stateOnDay(s, '2024-03-01')).toBe('suspends');
    expect(stateOnDay(s, '2030-01-01')).toBe('suspends');
    // silence on an unrelated domain: reaches from the first reading to the last, inclusive, unknown after
    const other = stateSegments(prepareCommunity(c), 'z.example');
    expect(other).toEqual(['unknown', '2024-01-10', 'reaches', '2024-07-01', 'unknown']);
    expect(stateOnDay(other, '2024-06-30')).toBe('reaches');
    expect(stateOnDay(other, '2024-07-01')).toBe('unknown');
  });

  it('a since known only to the year is unknown during that year, then the decision\'s state', () => {
    const c = community('c.example', 'published', [decision('x.example', 'silence', '2023')], '2022-06-01');
    const s = segmentsOf(c);
    expect(stateOnDay(s, '2022-12-31')).toBe('unknown'); // after the only reading
    expect(stateOnDay(s, '2023-12-30')).toBe('unknown');
    expect(stateOnDay(s, '2023-12-31')).toBe('limits');
  });

  it('an "on or before" since is unknown before its day, and a month-precise until is unknown within its month', () => {
    const c = community('c.example', 'partial', [decision('x.example', 'suspend', { on_or_before: '2023-06-18' }, { until: '2024-05' })]);
    const s = segmentsOf(c);
    expect(stateOnDay(s, EPOCH)).toBe('unknown');
    expect(stateOnDay(s, '2023-06-17')).toBe('unknown');
    expect(stateOnDay(s, '2023-06-18')).toBe('suspends');
    expect(stateOnDay(s, '2024-04-30')).toBe('suspends');
    expect(stateOnDay(s, '2024-05-01')).toBe('unknown');
  });

  it('changeDays and countOnDay read the segments', () => {
    const a = ['unknown', '2023-07-04', 'suspends'];
    const b = ['reaches'];
    expect(changeDays(a)).toEqual(['2023-07-04']);
    expect(countOnDay([a, b], '2023-07-03')).toEqual({ suspends: 0, limits: 0, reaches: 1, unknown: 1 });
    expect(countOnDay([a, b], '2023-07-04')).toEqual({ suspends: 1, limits: 0, reaches: 1, unknown: 0 });
  });

  it('property: the segments give the reach model\'s state on every day, and neighbouring states differ', () => {
    fc.assert(
      fc.property(communityArb, askedArb, dayArb, (c, domain, day) => {
        const prepared = prepareCommunity(c);
        const s = stateSegments(prepared, domain);
        expect(stateOnDay(s, day)).toBe(reachPrepared(prepared, domain, day).state);
        for (let i = 2; i < s.length; i += 2) expect(s[i]).not.toBe(s[i - 2]);
      }),
      { numRuns: 500 },
    );
  });
});
