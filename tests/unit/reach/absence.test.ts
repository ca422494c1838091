/** What each community's silence means, for the domain look-up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absenceSummary, unactedAnswer, uncoveredDomain } from '../../../src/lib/reach/absence.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import { reach } from '../../../src/lib/reach/reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { community, communityArb, dayArb, decision, loadFixtures } from './helpers.ts';

const servers = [...loadFixtures().values()];

describe('uncoveredDomain', () => {
  it('is absent.invalid unless a decision covers it', () => {
    expect(uncoveredDomain(prepareAll(servers))).toBe('absent.invalid');
    const odd = community('odd.example', 'partial', [decision('invalid', 'suspend', '2024-01-01'), decision('absent.invalid2', 'silence', '2024-01-01')]);
    expect(uncoveredDomain(prepareAll([odd]))).toBe('absent.invalid3');
  });
});

describe('absenceSummary and unactedAnswer', () => {
  it('after every reading: the published lists reach a domain nobody acts on, confirmed by their readings', () => {
    const summary = absenceSummary(prepareAll(servers), '2026-11-26');
    expect(summary.communities.map((c) => [c.community, c.state, c.confirmed])).toEqual([
      ['partial.example', 'unknown', undefined],
      ['precision.example', 'reaches', '2026-03-04'],
      ['published.example', 'reaches', '2026-03-04'],
      ['unknown.example', 'unknown', undefined],
    ]);
    expect(unactedAnswer(summary, 'nobody.example')).toEqual({
      domain: 'nobody.example',
      reaches: ['precision.example', 'published.example'],
      unknown: ['partial.example', 'unknown.example'],
      confirmed: { from: '2026-03-04', to: '2026-03-04' },
    });
  });

  it('leaves the domain\'s own server out, and gives no confirmation days when none reaches it', () => {
    const summary = absenceSummary(prepareAll(servers), '2026-11-26');
    expect(unactedAnswer(summary, 'published.example').reaches).toEqual(['precision.example']);
    const none = unactedAnswer(absenceSummary(prepareAll([community('u.example', 'unknown')]), '2026-11-26'), 'x.example');
    expect(none).toEqual({ domain: 'x.example', reaches: [], unknown: ['u.example'] });
  });

  it('property: for a domain no decision covers, the answer is what the reach model says of each community', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, dayArb, (cs, day) => {
        const answer = unactedAnswer(absenceSummary(prepareAll(cs), day), 'nobody.example');
        for (const c of cs) {
          const expected = reach(c, 'nobody.example', day).state;
          expect(expected === 'reaches' ? answer.reaches : answer.unknown).toContain(c.domain);
        }
        expect(answer.reaches.length + answer.unknown.length).toBe(cs.length);
      }),
    );
  });
});
