/** The decisions covering a domain: those on it and on each parent, most specific first, as `domainAndParents` lists them. */
import { describe, expect, it } from 'vitest';
import { coveringDecisions, domainAndParents, type PreparedCommunity } from '../../../src/lib/reach/prepare.ts';

/** A prepared community with one (empty) list of decisions per target: enough for `coveringDecisions`. */
function preparedWith(targets: readonly string[]): PreparedCommunity {
  return { byDomain: new Map(targets.map((t) => [t, [{ target: t }]])) } as unknown as PreparedCommunity;
}

describe('coveringDecisions', () => {
  const targets = ['a.b.example', 'b.example', 'example', '.b', 'b', 'a.', ''];
  const community = preparedWith(targets);
  for (const domain of ['a.b.example', 'x.a.b.example', 'b.example', 'other.test', 'example', 'a..b', 'a.', '.b', '']) {
    it(`finds for ${JSON.stringify(domain)} the lists of its parents in domainAndParents' order`, () => {
      const expected = domainAndParents(domain).flatMap((t) => (community.byDomain.has(t) ? [community.byDomain.get(t)] : []));
      expect(coveringDecisions(community, domain)).toEqual(expected);
    });
  }
  it('never matches the empty name', () => {
    expect(coveringDecisions(community, 'a.')).toEqual([community.byDomain.get('a.')]);
  });
});
