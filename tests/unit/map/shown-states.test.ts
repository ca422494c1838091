/**
 * The states the map shows, one code per server of its records: read from any shard's entries, and read straight
 * from a written shard's codes (shard-codec.ts `readShard`), the two the same for synthetic shards with the domain's
 * own server among the records, before it, after it and absent.
 */
import { describe, expect, it } from 'vitest';
import { SHOWN_STATES, shownState, type ReachShard, type ShardEntry } from '../../../src/lib/map/reach-shard.ts';
import { decodeShard, readShard, shardJson } from '../../../src/lib/map/shard-codec.ts';
import { countShown, shownStates, STATE_CODE, stateOfCode } from '../../../src/lib/map/shown-states.ts';
import type { ReachState } from '../../../src/lib/reach/index.ts';

const DOMAINS = ['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example'];
const CYCLE: ReachState[] = ['suspends', 'unknown', 'reaches', 'limits', 'unknown', 'reaches'];

/** A synthetic shard of `domain` over DOMAINS (less the domain's own server when it is one of them). */
function shardOf(domain: string): ReachShard {
  const servers: Record<string, ShardEntry> = {};
  DOMAINS.forEach((d, i) => {
    if (d === domain) return;
    const state = CYCLE[i]!;
    servers[d] = state === 'unknown' ? { state, reason: 'list-unknown' } : { state, reason: state === 'reaches' ? 'no-decision' : 'decision', since: '2025-01-0' + (i + 1) };
  });
  const counts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const e of Object.values(servers)) counts[e.state]++;
  const shard: ReachShard = { domain, day: '2026-04-12', counts, servers };
  if (DOMAINS.includes(domain)) shard.self = domain;
  return shard;
}

/** What the map showed before: `shownState`, unknown when the shard has no entry. */
const expected = (shard: ReachShard) => DOMAINS.map((d) => shownState(shard, d) ?? 'unknown');

describe('shownStates', () => {
  it('gives each server the state its entry names, self for the own server, unknown for one with no entry', () => {
    const shard = shardOf('c.example');
    delete shard.servers['f.example'];
    const codes = shownStates(shard, DOMAINS);
    expect([...codes].map(stateOfCode)).toEqual(['suspends', 'unknown', 'self', 'limits', 'unknown', 'unknown']);
  });

  it('codes the states by their place in SHOWN_STATES', () => {
    for (const st of SHOWN_STATES) expect(stateOfCode(STATE_CODE[st])).toBe(st);
  });
});

describe('readShard', () => {
  for (const domain of ['a.example', 'd.example', 'f.example', 'threads.example']) {
    it(`reads the states of ${domain}'s shard from its codes as its entries give them`, () => {
      const shard = shardOf(domain);
      const { shard: read, states } = readShard(JSON.parse(shardJson(shard, DOMAINS)), DOMAINS);
      expect([...states].map(stateOfCode)).toEqual(expected(shard));
      expect(states).toEqual(shownStates(shard, DOMAINS));
      expect(read).toEqual(shard);
    });
  }

  it('makes the entries on first use, the same ones each time, and keeps the fields in order', () => {
    const shard = shardOf('b.example');
    const { shard: read } = readShard(JSON.parse(shardJson(shard, DOMAINS)), DOMAINS);
    expect(Object.keys(read)).toEqual(['domain', 'day', 'counts', 'servers', 'self']);
    const first = read.servers;
    expect(read.servers).toBe(first);
    expect(JSON.stringify(read)).toBe(JSON.stringify(shard));
    expect({ ...read }).toEqual(shard);
  });

  it('lets a reader set the entries, as a replay makes new ones', () => {
    const { shard: read } = readShard(JSON.parse(shardJson(shardOf('b.example'), DOMAINS)), DOMAINS);
    read.servers = {};
    expect(read.servers).toEqual({});
    expect(Object.keys(read)).toEqual(['domain', 'day', 'counts', 'servers', 'self']);
  });

  it('refuses a shard whose codes or positions do not fit, before any entry is read', () => {
    const written = JSON.parse(shardJson(shardOf('a.example'), DOMAINS)) as Record<string, unknown>;
    expect(() => readShard({ ...written, codes: '~~~~~' }, DOMAINS)).toThrow(/kind/);
    expect(() => readShard({ ...written, at: [3, 1] }, DOMAINS)).toThrow(/positions/);
    expect(() => readShard({ ...written, at: [0, 9] }, DOMAINS)).toThrow(/positions/);
    expect(() => readShard({ ...written, kinds: [{ state: 'self', reason: 'decision' }, ...(written.kinds as object[]).slice(1)] }, DOMAINS)).toThrow(/state/);
    expect(() => decodeShard({ ...written, kinds: [{ state: 'toString', reason: 'decision' }, ...(written.kinds as object[]).slice(1)] }, DOMAINS)).toThrow(/state/);
  });
});

describe('countShown', () => {
  it('counts the states of the servers at the indexes given', () => {
    const states = shownStates(shardOf('c.example'), DOMAINS);
    expect(countShown(states, [0, 1, 2, 3])).toEqual({ suspends: 1, limits: 1, reaches: 0, unknown: 1, self: 1 });
    expect(countShown(states, [])).toEqual({ suspends: 0, limits: 0, reaches: 0, unknown: 0, self: 0 });
    expect(countShown(states, DOMAINS.keys())).toEqual({ suspends: 1, limits: 1, reaches: 1, unknown: 2, self: 1 });
  });
});
