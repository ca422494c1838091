/**
 * The communities unknown towards every domain they have no decision on (unpublished or partial lists): the shared
 * file's entries, which are exactly the communities a domain page counts instead of listing.
 */
import { describe, expect, it } from 'vitest';
import { isUnknownEverywhere, unknownEverywhere } from '../../../src/lib/press/unknown-everywhere.ts';
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
      const fromFile = file.map((e) => e.community).filter((c) => !rows.has(c) && c !== domain);
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
