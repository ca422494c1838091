/** Many timelines at once: the same series as domainTimeline. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { domainTimeline } from '../../../src/lib/reach/timeline.ts';
import { timelineMaker } from '../../../src/lib/reach/timelines.ts';
import { askedArb, communityArb, dayArb, loadFixtures } from './helpers.ts';

const servers = [...loadFixtures().values()];

describe('timelineMaker', () => {
  it('gives domainTimeline\'s series for the fixtures\' domains, curated ones included', () => {
    const end = '2026-03-04';
    const make = timelineMaker(prepareAll(servers), end);
    for (const domain of ['threads.net', 'x.parent.example', 'gamma.example', 'partial.example', 'nobody.example', 'late.example']) {
      expect(make(domain)).toEqual(domainTimeline(servers, domain, end));
    }
    expect(make('threads.net', { from: '2024-06' })).toEqual(domainTimeline(servers, 'threads.net', end, { from: '2024-06' }));
  });

  it('property: the same series as domainTimeline', () => {
    const named = fc
      .array(communityArb, { maxLength: 5 })
      .map((cs) => cs.map((c, i): Community => ({ ...c, domain: i === 0 ? 'x.example' : `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, end) => {
        expect(timelineMaker(prepareAll(cs), end)(domain)).toEqual(domainTimeline(cs, domain, end));
      }),
      { numRuns: 200 },
    );
  });
});
