/** The monthly series of counts for a domain. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDay } from '../../../src/lib/dates.ts';
import { domainReach } from '../../../src/lib/reach/domain-reach.ts';
import { domainTimeline, monthEnds } from '../../../src/lib/reach/timeline.ts';
import { dayArb, loadFixtures } from './helpers.ts';

const servers = [...loadFixtures().values()];

describe('monthEnds', () => {
  it('the last day of each month, then the end day', () => {
    expect(monthEnds('2023-11-15', '2024-02-10')).toEqual(['2023-11-30', '2023-12-31', '2024-01-31', '2024-02-10']);
    expect(monthEnds('2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
    expect(monthEnds('2025-01-01', '2024-02-10')).toEqual(['2024-02-10']);
  });
  it('property: increasing, one a month, every point but the last a month end, last is the end', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const days = monthEnds(a, b);
        expect(days.at(-1)).toBe(b);
        for (let i = 1; i < days.length; i++) expect(days[i]! > days[i - 1]!).toBe(true);
        for (const d of days.slice(0, -1)) expect(d).toBe(lastDay(d.slice(0, 7)));
        const months = (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
        expect(days.length).toBe(Math.max(0, months) + 1);
      }),
    );
  });
});

describe('domainTimeline', () => {
  it('threads.net from the month of its earliest decision (2025-01) to the end day', () => {
    const t = domainTimeline(servers, 'threads.net', '2025-03-15');
    expect(t.points.map((p) => p.day)).toEqual(['2025-01-31', '2025-02-28', '2025-03-15']);
    expect(t.points[0]!.counts).toEqual({ suspends: 2, limits: 0, reaches: 1, unknown: 1 });
    for (const p of t.points) expect(p.counts).toEqual(domainReach(servers, 'threads.net', p.day).counts);
  });
  it('a domain covered through a parent starts at the parent decision; from overrides the start', () => {
    expect(domainTimeline(servers, 'x.parent.example', '2022-03-01').points.map((p) => p.day)).toEqual(['2022-01-31', '2022-02-28', '2022-03-01']);
    expect(domainTimeline(servers, 'threads.net', '2025-03-15', { from: '2025-02' }).points.map((p) => p.day)).toEqual(['2025-02-28', '2025-03-15']);
  });
  it('a domain no decision covers: one point, on the end day', () => {
    expect(domainTimeline(servers, 'nobody.example', '2025-03-15').points.map((p) => p.day)).toEqual(['2025-03-15']);
  });
});
