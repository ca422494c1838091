/**
 * The reach shard as written and read back: the decoder gives every reader exactly the shard the build made (so the
 * reach model's answers, `reachPrepared`'s, with their dates and evidence), for synthetic communities covering a
 * silent list, an unread one, a lifted block, a parent-domain block, an "on or before" date, a month-only date
 * (unknown with fewer possible states) and a curated domain (self, what it does back).
 */
import { describe, expect, it } from 'vitest';
import { replayStart, silenceHistory } from '../../../src/lib/map/as-of-history.ts';
import { buildShard, listUrls, writeShard } from '../../../src/lib/map/build-shard.ts';
import { toReachShard } from '../../../src/lib/map/reach-shard.ts';
import { dateReplayModel, replayModel } from '../../../src/lib/views/date-replay.ts';
import { domainReachPrepared } from '../../../src/lib/reach/domain-reach.ts';
import { domainHistories } from '../../../src/lib/map/as-of-history.ts';
import { codeOf, communitiesKey, decodeShard, encodeAnswer, encodeShard, indexOf, parseCommunities, SHARD_FORMAT, shardJson, shardOrder } from '../../../src/lib/map/shard-codec.ts';
import { indexActors, prepareAll, reachPrepared } from '../../../src/lib/reach/index.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { community, decision } from '../reach/helpers.ts';

const TODAY = '2026-04-12';
const EA = 'https://a.example/@admin/threads';
const ED = 'https://d.example/@admin/limit';

const communities: Community[] = [
  // Suspended threads.net on or before 2023-07-04, lifted 2023-09-01; suspends it again from 2025-01-19.
  community(
    'a.example',
    'published',
    [
      decision('threads.net', 'suspend', { on_or_before: '2023-07-04' }, { until: '2023-09-01' }),
      decision('threads.net', 'suspend', '2025-01-19', { evidence: { url: EA, retrieved: '2025-01-20', kind: 'announcement' } }),
    ],
    '2023-10-23',
  ),
  // Published and silent about threads.net: reaches it, its list the evidence.
  community('b.example', 'published', [], '2024-06-01'),
  // A list nobody has read: unknown, nothing more.
  community('c.example', 'unknown'),
  // Partial: an announced limit from some day in May 2024.
  community('d.example', 'partial', [decision('threads.net', 'silence', '2024-05', { evidence: { url: ED, retrieved: '2024-06-02', kind: 'announcement' } })]),
  // Suspends the parent of sub.threads.net, lifted in 2026-01.
  community('e.example', 'partial', [decision('net.example', 'suspend', '2024', { until: '2026-01' })]),
  // Read on 2026-04-12, with a limit known only to its month: unknown on that day, limits or reaches.
  community('f.example', 'published', [decision('threads.net', 'silence', '2026-04')], '2026-04-12'),
  // The domain itself is curated: it suspends a.example from 2025-02-01.
  community('threads.net', 'published', [decision('a.example', 'suspend', '2025-02-01')], '2025-01-01'),
];
const curated = communities.map((c) => c.domain);
const prepared = prepareAll(communities);
const silence = silenceHistory(prepared, TODAY, replayStart(prepared, TODAY));
const context = { prepared, index: indexActors(prepared), silence, curated, lists: listUrls(communities), day: TODAY };

/** The shard as a reader gets it: written, sent as text, parsed and decoded. */
const trip = (domain: string, day = TODAY) => {
  const shard = buildShard({ ...context, day }, domain);
  return { shard, read: decodeShard(JSON.parse(shardJson(shard, curated)), curated) };
};

describe('decodeShard(encodeShard(shard))', () => {
  for (const domain of ['threads.net', 'sub.net.example', 'net.example', 'a.example', 'nobody.example']) {
    for (const day of [TODAY, '2023-08-01', '2024-05-15']) {
      it(`gives back the build's shard of ${domain} on ${day}, field for field and in the same order`, () => {
        const { shard, read } = trip(domain, day);
        expect(read).toEqual(shard);
        expect(JSON.stringify(read)).toBe(JSON.stringify(shard));
      });
    }
  }

  it("answers as reachPrepared does for every community, the unknown and silent ones included", () => {
    const { read } = trip('threads.net');
    for (const p of prepared) {
      if (p.community.domain === 'threads.net') continue;
      const model = reachPrepared(p, 'threads.net', TODAY);
      const entry = read.servers[p.community.domain]!;
      expect(entry.state).toBe(model.state);
      expect(entry.reason).toBe(model.reason);
      expect(entry.confirmed).toBe(model.confirmed);
    }
  });

  it('keeps the dates, the lift, the parent domain, the possible states, the evidence and what the domain does back', () => {
    const { read } = trip('threads.net');
    expect(read.self).toBe('threads.net');
    expect(Object.keys(read.servers)).toEqual(['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example']);
    expect(read.servers['a.example']).toMatchObject({ state: 'suspends', since: '2025-01-19', evidence: EA, back: 'suspends' });
    expect(read.servers['b.example']).toMatchObject({ state: 'reaches', reason: 'no-decision', confirmed: '2024-06-01', evidence: 'https://b.example/api/v1/instance/domain_blocks' });
    expect(read.servers['c.example']).toEqual({ state: 'unknown', reason: 'list-unknown', back: 'reaches' });
    expect(read.servers['d.example']).toMatchObject({ state: 'limits', since: '2024-05', evidence: ED });
    expect(read.servers['f.example']).toMatchObject({ state: 'unknown', possible: ['limits', 'reaches'] });
    // The lifted "on or before" block, as a past day shows it.
    const past = trip('threads.net', '2023-08-01').read.servers['a.example']!;
    expect(past).toMatchObject({ state: 'suspends', since: '2023-07-04', onOrBefore: true, until: '2023-09-01' });
    const sub = trip('sub.net.example', '2025-06-01').read;
    expect(sub.self).toBeUndefined();
    expect(sub.servers['e.example']).toMatchObject({ state: 'suspends', via: 'net.example', since: '2024', until: '2026-01' });
    expect(read.servers['a.example']!.history).toBeDefined();
    expect(read.servers['a.example']!.past?.decisions?.length).toBe(2);
  });

  it('writes one code per community and columns only for those with more than their kind', () => {
    const encoded = encodeShard(buildShard(context, 'threads.net'), curated);
    expect(encoded.format).toBe(SHARD_FORMAT);
    expect(encoded.codes).toHaveLength(6);
    // c.example (unread) and e.example (partial, silent on threads.net) have nothing beyond their kind; a.example and
    // d.example have dates and evidence, b.example its list, f.example the history of its month-only limit.
    expect(encoded.at).toEqual([0, 1, 3, 5]);
    expect(encoded.until).toBeUndefined();
  });
});

describe('encodeAnswer: the shard written straight from the answers', () => {
  for (const domain of ['threads.net', 'sub.net.example', 'net.example', 'a.example', 'nobody.example']) {
    for (const day of [TODAY, '2023-08-01', '2024-05-15']) {
      it(`writes what encodeShard writes of the built shard of ${domain} on ${day}, byte for byte, and the same replay section`, () => {
        const at = { ...context, day };
        const built = buildShard(at, domain);
        const { encoded, histories } = writeShard(at, domain);
        expect(JSON.stringify(encoded)).toBe(shardJson(built, curated));
        const silenceOn = silenceHistory(prepared, day, replayStart(prepared, day));
        expect(replayModel(domain, shardOrder(curated, encoded.self), (c) => histories.get(c), silenceOn)).toEqual(dateReplayModel(built, silenceOn));
      });
    }
  }

  it('takes the longer road, with the same result, when the answer lists the communities in another order', () => {
    const answer = domainReachPrepared(prepared, 'threads.net', TODAY);
    const shuffled = { ...answer, communities: [...answer.communities].reverse() };
    const actors = prepared.filter((p) => p.community.blocks.some((b) => b.domain === 'threads.net'));
    const histories = domainHistories(actors, 'threads.net', silence);
    const expected = encodeShard(toReachShard(answer, curated, histories), curated);
    expect(encodeAnswer(shuffled, curated, undefined, histories)).toEqual(expected);
    expect(encodeAnswer(answer, curated, undefined, histories)).toEqual(expected);
  });
});

describe('the codes', () => {
  it('name every kind index with one character, never a backslash or a quote, and read back', () => {
    const codes = Array.from({ length: 400 }, (_, i) => codeOf(i));
    expect(new Set(codes).size).toBe(400);
    for (const [i, c] of codes.entries()) {
      expect(c).toHaveLength(1);
      expect(c).not.toMatch(/["\\]/);
      expect(indexOf(c.charCodeAt(0))).toBe(i);
      expect(JSON.stringify(c)).toBe(`"${c}"`);
    }
  });
});

describe('reading a shard that does not fit', () => {
  const written = () => JSON.parse(shardJson(buildShard(context, 'threads.net'), curated)) as Record<string, unknown>;
  it('throws on a shard of another format, e.g. the keyed objects of before', () => {
    expect(() => decodeShard(buildShard(context, 'threads.net'), curated)).toThrow(TypeError);
    expect(() => decodeShard({ ...written(), format: 1 }, curated)).toThrow(/format/);
  });
  it('throws when the communities list is not the one it was written for', () => {
    expect(() => decodeShard(written(), curated.slice(1))).toThrow(/communities/);
    expect(() => encodeShard(buildShard(context, 'threads.net'), curated.slice(1))).toThrow(/communities/);
  });
  it('throws when the list has as many communities as it was written for but not the same ones (a cached file from another build)', () => {
    // Another build: one community renamed, or two in another order; the codes' count still fits either list.
    const renamed = [...curated.slice(0, -1), 'zz-renamed.example'];
    const swapped = [curated[1]!, curated[0]!, ...curated.slice(2)];
    expect(() => decodeShard(written(), renamed)).toThrow(/another list/);
    expect(() => decodeShard(written(), swapped)).toThrow(/another list/);
    // The map decodes with a key it made once from its records: the same key as the build's for the same list.
    expect(decodeShard(written(), curated, communitiesKey([...curated]))).toEqual(buildShard(context, 'threads.net'));
  });
  it('keys a list by its domains in order', () => {
    expect(communitiesKey(['a.example', 'b.example'])).not.toBe(communitiesKey(['b.example', 'a.example']));
    expect(communitiesKey(['ab.example', 'c.example'])).not.toBe(communitiesKey(['a.example', 'bc.example']));
    expect(communitiesKey([])).toMatch(/^[0-9a-f]{8}:0$/);
  });
  it('throws on a short column or a code that names no kind', () => {
    expect(() => decodeShard({ ...written(), since: [] }, curated)).toThrow(/since/);
    expect(() => decodeShard({ ...written(), codes: '~~~~~~' }, curated)).toThrow(/kind/);
  });
  it('reads the communities list, and refuses anything else', () => {
    expect(parseCommunities({ communities: ['a.example'] })).toEqual(['a.example']);
    expect(() => parseCommunities(['a.example'])).toThrow(TypeError);
  });
});
