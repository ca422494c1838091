import { describe, expect, it } from 'vitest';
import { backSentence, reachSentence, shardPath, shownState, stateWords, SHOWN_STATES, toReachShard, type ShardEntry } from '../../../src/lib/map/reach-shard.ts';
import { domainReach } from '../../../src/lib/reach/index.ts';
import { server } from './helpers.ts';
import { translator } from '../../../src/locales/index.ts';

const t = translator('en');

const read = { url: 'https://x.example/api/v1/instance/domain_blocks', retrieved: '2026-01-02', kind: 'block-list' as const };
const servers = [
  server('partial.example', { blocklist: { status: 'partial' }, blocks: [{ domain: 'threads.net', severity: 'suspend', since: '2025-01-19', evidence: read }] }),
  server('published.example', { blocklist: { status: 'published', evidence: read }, blocks: [{ domain: 'meta.example', severity: 'silence', since: { on_or_before: '2025-06-01' } }, { domain: 'month.example', severity: 'silence', since: '2026-01' }] }),
  server('parent.example', { blocklist: { status: 'partial' }, blocks: [{ domain: 'net.example', severity: 'suspend', since: '2024', until: '2026-01' , evidence: read }] }),
  server('unknown.example'),
  server('threads.net', { blocklist: { status: 'published', evidence: read } }),
];

describe('toReachShard', () => {
  it('carries the reach model\'s state and reason for every community, the decision\'s dates, and what the domain does back', () => {
    const shard = toReachShard(domainReach(servers, 'threads.net', '2026-01-02'), servers.map((s) => s.domain));
    expect(shard.domain).toBe('threads.net');
    expect(shard.day).toBe('2026-01-02');
    expect(shard.self).toBe('threads.net');
    expect(Object.keys(shard.servers)).toEqual(['parent.example', 'partial.example', 'published.example', 'unknown.example']);
    // Confirmed by the decision's evidence, a reading of the list on 2026-01-02; the list's own reading that day confirms reaches.
    expect(shard.servers['partial.example']).toEqual({ state: 'suspends', reason: 'decision', since: '2025-01-19', confirmed: '2026-01-02', evidence: read.url, back: 'reaches' });
    expect(shard.servers['published.example']).toEqual({ state: 'reaches', reason: 'no-decision', confirmed: '2026-01-02', back: 'reaches' });
    expect(shard.servers['unknown.example']).toEqual({ state: 'unknown', reason: 'list-unknown', back: 'reaches' });
    expect(shard.counts).toEqual({ suspends: 1, limits: 0, reaches: 1, unknown: 2 });
  });

  it('names the parent domain a covering decision is on, and marks "on or before" dates', () => {
    const sub = toReachShard(domainReach(servers, 'a.net.example', '2025-06-01'), []);
    expect(sub.self).toBeUndefined();
    // Its evidence (2026-01-02) falls after the lift's month began, so the last sure day of 2024, its start, confirms it.
    expect(sub.servers['parent.example']).toEqual({ state: 'suspends', reason: 'decision', via: 'net.example', since: '2024', until: '2026-01', confirmed: '2024-12-31', evidence: read.url });
    const limited = toReachShard(domainReach(servers, 'meta.example', '2026-01-02'), []);
    expect(limited.servers['published.example']).toEqual({ state: 'limits', reason: 'decision', since: '2025-06-01', onOrBefore: true, confirmed: '2026-01-02' });
  });

  it('gives a known state its evidence: the decision\'s, else its list\'s; a reaches its list\'s; an unknown none', () => {
    const lists = new Map([
      ['published.example', 'https://published.example/about'],
      ['partial.example', 'https://partial.example/list'],
    ]);
    const shard = toReachShard(domainReach(servers, 'threads.net', '2026-01-02'), servers.map((s) => s.domain), undefined, { lists });
    expect(shard.servers['partial.example']?.evidence).toBe(read.url);
    expect(shard.servers['published.example']?.evidence).toBe('https://published.example/about');
    expect(shard.servers['unknown.example']?.evidence).toBeUndefined();
    // published.example's limit on meta.example has no evidence of its own: its list's stands for it.
    const limited = toReachShard(domainReach(servers, 'meta.example', '2026-01-02'), [], undefined, { lists });
    expect(limited.servers['published.example']?.evidence).toBe('https://published.example/about');
    // Without the lists' URLs, a reaches has no evidence.
    expect(toReachShard(domainReach(servers, 'threads.net', '2026-01-02'), []).servers['published.example']?.evidence).toBeUndefined();
  });

  it('lists the known states still possible when an unknown narrows them', () => {
    // Its list was read on 2026-01-02; a decision known only to the month of January 2026 may or may not be in force then.
    const shard = toReachShard(domainReach(servers, 'month.example', '2026-01-02'), []);
    expect(shard.servers['published.example']).toMatchObject({ state: 'unknown', reason: 'uncertain-decision', possible: ['limits', 'reaches'] });
    expect(shard.servers['unknown.example']?.possible).toBeUndefined();
  });

  it('after its reading, a published list still reaches the domain, and the sentence gives the day it was last confirmed', () => {
    const shard = toReachShard(domainReach(servers, 'threads.net', '2026-03-01'), servers.map((s) => s.domain));
    expect(shard.day).toBe('2026-03-01');
    expect(shard.servers['published.example']).toEqual({ state: 'reaches', reason: 'no-decision', confirmed: '2026-01-02', back: 'reaches' });
    expect(reachSentence('threads.net', shard.servers['published.example'], t)).toBe('Reaches threads.net: its published list has no entry for it (last confirmed 2026-01-02)');
    expect(shard.servers['partial.example']?.state).toBe('suspends');
    expect(shard.servers['unknown.example']?.state).toBe('unknown');
  });

  it('is plain JSON: it survives a trip through JSON.stringify unchanged', () => {
    const shard = toReachShard(domainReach(servers, 'threads.net', '2026-01-02'), servers.map((s) => s.domain));
    expect(JSON.parse(JSON.stringify(shard))).toEqual(shard);
  });
});

describe('words', () => {
  it('says each state in a sentence, never calling an unknown a reach', () => {
    const e = (entry: ShardEntry) => reachSentence('threads.net', entry, t);
    expect(e({ state: 'suspends', reason: 'decision', since: '2025-01-19' })).toBe('Suspends threads.net since 2025-01-19');
    expect(e({ state: 'limits', reason: 'decision', via: 'net.example', since: '2023-06-18', onOrBefore: true, until: '2024-05' })).toBe(
      'Limits threads.net (by its decision on net.example) since on or before 2023-06-18, until 2024-05',
    );
    expect(e({ state: 'reaches', reason: 'no-decision' })).toBe('Reaches threads.net: its published list has no entry for it');
    expect(e({ state: 'unknown', reason: 'list-unknown' })).toBe('Unknown: its block list has not been read');
    expect(e({ state: 'unknown', reason: 'uncertain-decision', possible: ['limits', 'reaches'] })).toBe('Unknown (limits or reaches): a decision\'s dates leave it open');
    expect(reachSentence('threads.net', undefined, t)).toBe('Is threads.net itself');
    for (const reason of ['list-unknown', 'list-partial', 'before-list-read', 'uncertain-decision'] as const) {
      expect(e({ state: 'unknown', reason })).not.toMatch(/reach/i);
    }
  });

  it('in Welsh', () => {
    const cy = translator('cy');
    expect(reachSentence('threads.net', { state: 'suspends', reason: 'decision', via: 'net.example', since: '2023-06-18', onOrBefore: true }, cy)).toBe(
      'Yn atal threads.net (drwy ei benderfyniad ar net.example) ers 2023-06-18 neu cyn hynny',
    );
    expect(reachSentence('threads.net', { state: 'unknown', reason: 'list-unknown' }, cy)).toBe("Anhysbys: nid yw ei restr flocio wedi'i darllen");
    expect(reachSentence('threads.net', undefined, cy)).toBe('Dyma threads.net ei hun');
    expect(backSentence('threads.net', { state: 'unknown', reason: 'list-unknown', back: 'limits' }, cy)).toBe('threads.net tuag ato: yn cyfyngu');
  });

  it('says what the domain does back only when it is known', () => {
    expect(backSentence('threads.net', { state: 'unknown', reason: 'list-unknown', back: 'suspends' }, t)).toBe('threads.net towards it: suspends');
    expect(backSentence('threads.net', { state: 'unknown', reason: 'list-unknown' }, t)).toBeUndefined();
  });

  it('every shown state has a label, a distinct glyph and a legend line', () => {
    const words = stateWords(t);
    const glyphs = SHOWN_STATES.map((s) => words[s].glyph);
    expect(new Set(glyphs).size).toBe(SHOWN_STATES.length);
    for (const s of SHOWN_STATES) expect(words[s].label.length * words[s].legend.length).toBeGreaterThan(0);
  });

  it('shownState: the domain\'s own server is "self"; others take their entry\'s state', () => {
    const shard = toReachShard(domainReach(servers, 'threads.net', '2026-01-02'), servers.map((s) => s.domain));
    expect(shownState(shard, 'threads.net')).toBe('self');
    expect(shownState(shard, 'partial.example')).toBe('suspends');
    expect(shownState(shard, 'not-curated.example')).toBeUndefined();
    expect(shardPath('threads.net')).toBe('data/reach/threads.net.json');
  });
});
