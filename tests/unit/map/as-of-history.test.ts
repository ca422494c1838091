/** As-of histories in the shards: only where they differ from silence, and the look-ups give the reach model's states on any day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainHistories, replayStart, silenceHistory } from '../../../src/lib/map/as-of-history.ts';
import { actingCommunities, answersOnDay, confirmedWithin, countsOnDay, firstChange, shardOnDay, shardWithin, staleCount, statesOnDay } from '../../../src/lib/map/as-of-lookup.ts';
import { reachSentence } from '../../../src/lib/map/reach-shard.ts';
import { toReachShard } from '../../../src/lib/map/reach-shard.ts';
import { actorsCovering, domainReach, indexActors, prepareAll } from '../../../src/lib/reach/index.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { askedArb, community, communityArb, dayArb, decision } from '../reach/helpers.ts';

const read = (day: string) => ({ url: 'https://list.example/blocks', retrieved: day, kind: 'block-list' as const });
const servers: Community[] = [
  community('a.example', 'published', [decision('threads.net', 'suspend', '2025-01-19', { evidence: read('2023-06-01') })], '2023-10-23'),
  community('b.example', 'partial', [decision('threads.net', 'silence', { on_or_before: '2023-07-04' }, { until: '2024-03-01' })]),
  community('c.example', 'published', [], '2026-11-26'),
  community('d.example', 'unknown'),
];

const shardOf = (cs: readonly Community[], domain: string, day: string) => {
  const prepared = prepareAll(cs);
  const silence = silenceHistory(prepared, day, replayStart(prepared, day));
  const histories = domainHistories(actorsCovering(indexActors(prepared), domain), domain, silence);
  return { shard: toReachShard(domainReach(cs, domain, day), cs.map((c) => c.domain), histories), silence };
};

describe('as-of histories', () => {
  const { shard, silence } = shardOf(servers, 'threads.net', '2026-11-26');

  it('writes a history only for communities acting on the domain, and silence once for all', () => {
    expect(actingCommunities(shard)).toEqual(['a.example', 'b.example']);
    // a.example: read whole on 2023-06-01 and 2023-10-23 (reaches, confirmed by the later reading), then suspends from 2025-01-19.
    expect(shard.servers['a.example']!.history).toEqual(['unknown', '2023-06-01', 'reaches@2023-10-23', '2025-01-19', 'suspends@2025-01-19']);
    expect(shard.servers['b.example']!.history).toEqual(['unknown', '2023-07-04', 'limits@2023-07-04', '2024-03-01', 'unknown']);
    expect(silence.communities['c.example']).toEqual(['unknown', '2026-11-26', 'reaches@2026-11-26']);
    expect(silence.from).toBe('2023-06-01');
    expect(firstChange(shard)).toBe('2023-06-01');
  });

  it('gives the states at the boundaries of since and until', () => {
    const on = (day: string) => Object.fromEntries(statesOnDay(shard, silence, day));
    expect(on('2025-01-18')['a.example']).toBe('reaches'); // its list, last read 2023-10-23, had nothing on it
    expect(on('2025-01-19')['a.example']).toBe('suspends');
    expect(on('2023-07-03')['b.example']).toBe('unknown');
    expect(on('2023-07-04')['b.example']).toBe('limits');
    expect(on('2024-02-29')['b.example']).toBe('limits');
    expect(on('2024-03-01')['b.example']).toBe('unknown');
    expect(countsOnDay(shard, silence, '2026-11-26')).toEqual({ suspends: 1, limits: 0, reaches: 1, unknown: 2 });
  });

  it('property: the look-ups count what the reach model counts on any day', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: i === 0 ? 'x.example' : `c${i}.example` })));
    fc.assert(
      fc.property(named, askedArb, dayArb, (cs, domain, day) => {
        const { shard: s, silence: q } = shardOf(cs, domain, '2025-06-30');
        expect(countsOnDay(s, q, day)).toEqual(domainReach(cs, domain, day).counts);
      }),
      { numRuns: 200 },
    );
  });
});

describe('shardOnDay', () => {
  it('replays the states and counts of a past day, worded "on that day", and leaves the atlas\'s day as it is', async () => {
    const { shardOnDay } = await import('../../../src/lib/map/as-of-lookup.ts');
    const { reachSentence } = await import('../../../src/lib/map/reach-shard.ts');
    const t = (await import('../../../src/locales/index.ts')).translator('en');
    const { shard, silence } = shardOf(servers, 'threads.net', '2026-11-26');
    expect(shardOnDay(shard, silence, '2026-11-26')).toBe(shard);
    const past = shardOnDay(shard, silence, '2023-12-31');
    expect(past.day).toBe('2023-12-31');
    // a.example's list, last read 2023-10-23, still holds on 2023-12-31; c.example's was first read in 2026.
    expect(past.servers['a.example']).toMatchObject({ state: 'reaches', confirmed: '2023-10-23', onDay: '2023-12-31' });
    expect(past.servers['b.example']).toMatchObject({ state: 'limits', confirmed: '2023-07-04', onDay: '2023-12-31' });
    expect(past.servers['c.example']).toMatchObject({ state: 'unknown', onDay: '2023-12-31' });
    expect(past.counts).toEqual({ suspends: 0, limits: 1, reaches: 1, unknown: 2 });
    expect(reachSentence('threads.net', past.servers['b.example'], t)).toBe('Limits threads.net on 2023-12-31 (last confirmed 2023-07-04)');
    expect(reachSentence('threads.net', past.servers['a.example'], t)).toBe('Reaches threads.net on 2023-12-31: its published list has no entry for it (last confirmed 2023-10-23)');
    expect(reachSentence('threads.net', past.servers['c.example'], t)).toBe('Unknown on 2023-12-31: the atlas cannot say for that day');
    expect(reachSentence('threads.net', shardOnDay(shard, silence, '2025-02-01').servers['a.example'], t)).toBe('Suspends threads.net on 2025-02-01 (last confirmed 2025-01-19)');
  });
});

describe('answers restricted to recent confirmations', () => {
  const { shard, silence } = shardOf(servers, 'threads.net', '2026-11-26');

  it('on 2026-11-26: a.example suspends, last confirmed 2025-01-19 (22 months before), c.example reaches, confirmed that day', () => {
    const answers = answersOnDay(shard, silence, '2026-11-26');
    expect(answers.get('a.example')).toEqual({ state: 'suspends', confirmed: '2025-01-19' });
    expect(answers.get('c.example')).toEqual({ state: 'reaches', confirmed: '2026-11-26' });
    // Older than a year: a.example only.
    expect(staleCount(answers.values(), '2026-11-26')).toBe(1);
    const year = confirmedWithin(answers, '2026-11-26', 12);
    expect(year.get('a.example')).toEqual({ state: 'unknown', stale: true });
    expect(year.get('c.example')).toEqual({ state: 'reaches', confirmed: '2026-11-26' });
    // Within two years both stand; no period keeps everything.
    expect(confirmedWithin(answers, '2026-11-26', 24).get('a.example')).toEqual({ state: 'suspends', confirmed: '2025-01-19' });
    expect(confirmedWithin(answers, '2026-11-26', undefined)).toEqual(answers);
  });

  it('shardWithin gives the map the same answers as the domain page: a.example unknown and stale within a year, the counts recounted', () => {
    const onDay = shardOnDay(shard, silence, '2026-11-26'); // the shard's own day: the shard as built
    const year = shardWithin(onDay, 12);
    const page = confirmedWithin(answersOnDay(shard, silence, '2026-11-26'), '2026-11-26', 12);
    for (const [community, answer] of page) expect(year.servers[community]!.state, community).toBe(answer.state);
    expect(year.servers['a.example']).toEqual({ state: 'unknown', reason: 'decision', stale: true });
    expect(year.servers['a.example']!.confirmed).toBeUndefined();
    expect(year.counts.suspends).toBe(onDay.counts.suspends - 1);
    expect(year.counts.unknown).toBe(onDay.counts.unknown + 1);
    // the words say why
    const t = (key: string, vars?: Record<string, unknown>) => `${key}${vars ? JSON.stringify(vars) : ''}`;
    expect(reachSentence('threads.net', year.servers['a.example'], t)).toBe('reach.sentence.not-confirmed');
    // a past day's replay keeps its day in the words
    const past = shardWithin(shardOnDay(shard, silence, '2026-11-25'), 12);
    expect(past.servers['a.example']).toMatchObject({ state: 'unknown', stale: true, onDay: '2026-11-25' });
    expect(reachSentence('threads.net', past.servers['a.example'], t)).toBe('reach.sentence.not-confirmed-on-day{"day":"2026-11-25"}');
    expect(shardWithin(onDay, undefined)).toBe(onDay);
    expect(shardWithin(onDay, 24).servers['a.example']!.state).toBe('suspends');
  });
});
