/** Every community's answer for one domain on a day, and the acting communities alone (the server pages' question). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexActors } from '../../../src/lib/reach/actors.ts';
import { actingPrepared, domainReach, prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { askedArb, communityArb, dayArb, loadFixtures } from './helpers.ts';

const servers = [...loadFixtures().values()];

describe('domainReach after every reading', () => {
  it('threads.net on 2026-11-26: what each source last showed holds, with the day it was last confirmed', () => {
    const answer = domainReach(servers, 'threads.net', '2026-11-26');
    expect(answer.communities.map((c) => [c.community, c.reach.state, c.reach.confirmed])).toEqual([
      // An announcement of a block from 2025-01-19 on a partial list: confirmed on the day it began, not the day it was read.
      ['partial.example', 'suspends', '2025-01-19'],
      // Its published list, read 2026-03-04, has nothing on threads.net.
      ['precision.example', 'reaches', '2026-03-04'],
      // Listed at the list's latest reading, 2026-03-04.
      ['published.example', 'suspends', '2026-03-04'],
      ['unknown.example', 'unknown', undefined],
    ]);
    expect(answer.counts).toEqual({ suspends: 2, limits: 0, reaches: 1, unknown: 1 });
  });

  it('a curated domain: its own server is left out, and its answers back are given', () => {
    const answer = domainReach(servers, 'partial.example', '2026-11-26');
    expect(answer.communities.map((c) => c.community)).not.toContain('partial.example');
    const published = answer.communities.find((c) => c.community === 'published.example')!;
    expect(published.reach.state).toBe('limits');
    expect(published.back?.state).toBe('unknown');
  });
});

describe('actingPrepared', () => {
  const acting = (answer: ReturnType<typeof domainReach>) => answer.communities.filter((c) => c.reach.state === 'suspends' || c.reach.state === 'limits');

  it('on the fixtures: the same entries as domainReach in the two acting states, answers back included', () => {
    const prepared = prepareAll(servers);
    const index = indexActors(prepared);
    for (const domain of ['threads.net', 'partial.example', 'published.example', 'sub.threads.net', 'nobody.example']) {
      expect(actingPrepared(index, prepared, domain, '2026-11-26')).toEqual(acting(domainReach(servers, domain, '2026-11-26')));
    }
  });

  it('property: equal to domainReach filtered to suspends and limits', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, day) => {
        const prepared = prepareAll(cs);
        expect(actingPrepared(indexActors(prepared), prepared, domain, day)).toEqual(acting(domainReach(cs, domain, day)));
      }),
    );
  });
});
