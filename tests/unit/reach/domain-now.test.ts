/** Every community's current answer for one domain (reachNow in bulk). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexActors } from '../../../src/lib/reach/actors.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import { actingNowPrepared, domainReachNow } from '../../../src/lib/reach/domain-now.ts';
import { reachNow } from '../../../src/lib/reach/now.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { askedArb, communityArb, dayArb, loadFixtures } from './helpers.ts';

const servers = [...loadFixtures().values()];

describe('domainReachNow', () => {
  it('threads.net after every reading: published lists with no entry reach it as of their reading', () => {
    const answer = domainReachNow(servers, 'threads.net', '2026-11-26');
    expect(answer.communities.map((c) => [c.community, c.reach.state, c.reach.asOf])).toEqual([
      ['partial.example', 'suspends', '2026-11-26'],
      ['precision.example', 'reaches', '2026-03-04'],
      ['published.example', 'suspends', '2026-11-26'],
      ['unknown.example', 'unknown', '2026-11-26'],
    ]);
    expect(answer.counts).toEqual({ suspends: 2, limits: 0, reaches: 1, unknown: 1 });
  });

  it('a curated domain: its own server is left out, and its answers back are given', () => {
    const answer = domainReachNow(servers, 'partial.example', '2026-11-26');
    expect(answer.communities.map((c) => c.community)).not.toContain('partial.example');
    const published = answer.communities.find((c) => c.community === 'published.example')!;
    expect(published.reach.state).toBe('limits');
    expect(published.back?.state).toBe('unknown');
  });

  it('property: each entry is reachNow, and the counts add up', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, day) => {
        const answer = domainReachNow(cs, domain, day);
        expect(answer.communities).toHaveLength(cs.length);
        for (const entry of answer.communities) {
          const c = cs.find((x) => x.domain === entry.community)!;
          expect(entry.reach).toEqual(reachNow(c, domain, day));
        }
        const total = Object.values(answer.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(cs.length);
      }),
    );
  });
});

describe('actingNowPrepared', () => {
  const acting = (answer: ReturnType<typeof domainReachNow>) => answer.communities.filter((c) => c.reach.state === 'suspends' || c.reach.state === 'limits');

  it('on the fixtures: the same entries as domainReachNow in the two acting states, answers back included', () => {
    const prepared = prepareAll(servers);
    const index = indexActors(prepared);
    for (const domain of ['threads.net', 'partial.example', 'published.example', 'sub.threads.net', 'nobody.example']) {
      expect(actingNowPrepared(index, prepared, domain, '2026-11-26')).toEqual(acting(domainReachNow(servers, domain, '2026-11-26')));
    }
  });

  it('property: equal to domainReachNow filtered to suspends and limits', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, day) => {
        const prepared = prepareAll(cs);
        expect(actingNowPrepared(indexActors(prepared), prepared, domain, day)).toEqual(acting(domainReachNow(cs, domain, day)));
      }),
    );
  });
});
