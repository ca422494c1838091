/** Every community's state towards one domain, both ways, with counts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachBothWays } from '../../../src/lib/reach/both-ways.ts';
import { domainReach, domainReachPrepared, prepareAll, silentReaches } from '../../../src/lib/reach/domain-reach.ts';
import { reach } from '../../../src/lib/reach/reach.ts';
import { REACH_STATES, type Community } from '../../../src/lib/reach/state.ts';
import { askedArb, communityArb, dayArb, DOMAIN_POOL, loadFixtures } from './helpers.ts';
import { coversDomain, coveringDecisions, prepareCommunity } from '../../../src/lib/reach/prepare.ts';

const servers = [...loadFixtures().values()];

describe('domainReach', () => {
  it('threads.net on 2025-01-19: two suspend it, a published list without a decision on it reaches it, an unknown list is unknown', () => {
    const r = domainReach(servers, 'threads.net', '2025-01-19');
    expect(r.communities.map((c) => [c.community, c.reach.state])).toEqual([
      ['partial.example', 'suspends'],
      ['precision.example', 'reaches'],
      ['published.example', 'suspends'],
      ['unknown.example', 'unknown'],
    ]);
    expect(r.counts).toEqual({ suspends: 2, limits: 0, reaches: 1, unknown: 1 });
    expect(r.communities.every((c) => c.back === undefined)).toBe(true);
  });

  it('a curated domain: leaves its own server out and answers the other direction too', () => {
    const r = domainReach(servers, 'partial.example', '2025-06-01');
    expect(r.communities.map((c) => c.community)).toEqual(['precision.example', 'published.example', 'unknown.example']);
    const published = r.communities.find((c) => c.community === 'published.example')!;
    expect(published.reach.state).toBe('limits');
    expect(published.back?.state).toBe('unknown'); // partial.example's list is partial, with nothing on published.example
    expect(r.communities.find((c) => c.community === 'precision.example')?.reach.state).toBe('reaches');
    expect(r.counts).toEqual({ suspends: 0, limits: 1, reaches: 1, unknown: 1 });
  });

  it('property: counts add up, entries are sorted, each is the reach answer, server order does not matter', () => {
    const named = fc.array(communityArb, { maxLength: 6 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, d, t) => {
        const r = domainReach(cs, d, t);
        expect(REACH_STATES.reduce((n, s) => n + r.counts[s], 0)).toBe(r.communities.length);
        expect(r.communities.length).toBe(cs.filter((c) => c.domain !== d).length);
        expect(r.communities.map((c) => c.community)).toEqual([...r.communities.map((c) => c.community)].sort());
        for (const entry of r.communities) expect(entry.reach).toEqual(reach(cs.find((c) => c.domain === entry.community)!, d, t));
        expect(domainReach([...cs].reverse(), d, t)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reachBothWays', () => {
  it('answers back only when the domain is a curated server', () => {
    const partial = loadFixtures().get('partial.example')!;
    const both = reachBothWays(partial, 'published.example', '2025-06-01', servers);
    expect(both.toward.state).toBe('unknown');
    expect(both.back).toMatchObject({ state: 'limits', decision: { domain: 'partial.example' } });
    expect(reachBothWays(partial, 'threads.net', '2025-06-01', servers).back).toBeUndefined();
  });
});

describe('domainReachPrepared with the silent answers', () => {
  it('gives the same answers as asking every community, for the fixtures\' domains, curated ones included', () => {
    for (const day of ['2023-01-01', '2025-01-19', '2026-03-04']) {
      const prepared = prepareAll(servers);
      const silent = silentReaches(prepared, day);
      for (const domain of ['threads.net', 'x.parent.example', 'gamma.example', 'partial.example', 'nobody.example', 'late.example']) {
        expect(domainReachPrepared(prepared, domain, day, silent)).toEqual(domainReachPrepared(prepared, domain, day));
      }
    }
  });

  it('property: the same answers as asking every community', () => {
    const named = fc
      .array(communityArb, { maxLength: 5 })
      .map((cs) => cs.map((c, i): Community => ({ ...c, domain: i === 0 ? 'x.example' : `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, day) => {
        const prepared = prepareAll(cs);
        expect(domainReachPrepared(prepared, domain, day, silentReaches(prepared, day))).toEqual(domainReachPrepared(prepared, domain, day));
      }),
      { numRuns: 200 },
    );
  });

  it('property: the same answers back when the domain is curated and decisions cover other communities (named from the same pool)', () => {
    // Communities named after the decisions' targets, so that a decision of the asked one can cover another's domain
    // (on it, or on a parent): the answers back are then not all silent.
    const named = fc
      .uniqueArray(fc.constantFrom(...DOMAIN_POOL), { minLength: 2, maxLength: 5 })
      .chain((names) => fc.tuple(fc.constant(names), fc.array(communityArb, { minLength: names.length, maxLength: names.length })))
      .map(([names, cs]) => cs.map((c, i): Community => ({ ...c, domain: names[i]! })));
    fc.assert(
      fc.property(named, fc.nat(), dayArb, (cs, pick, day) => {
        const prepared = prepareAll(cs);
        const domain = cs[pick % cs.length]!.domain;
        const full = domainReachPrepared(prepared, domain, day);
        expect(full.communities).toHaveLength(cs.length - 1);
        expect(domainReachPrepared(prepared, domain, day, silentReaches(prepared, day))).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});

describe('coversDomain', () => {
  it('is true exactly when coveringDecisions finds a decision', () => {
    fc.assert(
      fc.property(communityArb, askedArb, (c, domain) => {
        const p = prepareCommunity(c);
        expect(coversDomain(p, domain)).toBe(coveringDecisions(p, domain).length > 0);
      }),
      { numRuns: 400 },
    );
  });
});
