/** The domain page's replay section on the atlas's day, on small synthetic communities (every domain is synthetic). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainHistories, replayStart, silenceHistory } from '../../../src/lib/map/as-of-history.ts';
import { actingCommunities, answersOnDay, countsOnDay, staleCount } from '../../../src/lib/map/as-of-lookup.ts';
import { toReachShard } from '../../../src/lib/map/reach-shard.ts';
import { actorsCovering, domainReach, indexActors, prepareAll } from '../../../src/lib/reach/index.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { dateReplayModel } from '../../../src/lib/views/date-replay.ts';
import { askedArb, communityArb, dayArb } from '../reach/helpers.ts';

const shardOf = (cs: readonly Community[], domain: string, day: string) => {
  const prepared = prepareAll(cs);
  const silence = silenceHistory(prepared, day, replayStart(prepared, day));
  const histories = domainHistories(actorsCovering(indexActors(prepared), domain), domain, silence);
  return { shard: toReachShard(domainReach(cs, domain, day), cs.map((c) => c.domain), histories), silence };
};

describe('dateReplayModel', () => {
  it('property: the counts, old confirmations and acting communities the shard\'s look-ups give on the atlas\'s day', () => {
    const named = fc.array(communityArb, { maxLength: 6 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: i === 0 ? 'x.example' : `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, day) => {
        const { shard, silence } = shardOf(cs, domain, day);
        const model = dateReplayModel(shard, silence);
        const answers = answersOnDay(shard, silence, day);
        expect(model.counts).toEqual(countsOnDay(shard, silence, day));
        expect(model.counts).toEqual(domainReach(cs, domain, day).counts);
        expect(model.stale).toBe(staleCount(answers.values(), day));
        expect(model.acting.map((a) => a.community)).toEqual(actingCommunities(shard));
        expect(model.acting.map((a) => a.state)).toEqual(actingCommunities(shard).map((c) => answers.get(c)?.state ?? 'unknown'));
        expect(model.domain).toBe(domain);
      }),
      { numRuns: 200 },
    );
  });
});
