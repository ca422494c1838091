import { describe, expect, it } from 'vitest';
import { parseSeverityHistory, readHistoryCsv } from '../../../src/lib/import/history.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, parseServer, sha256 } from './helpers.ts';

const read = readHistoryCsv(fixture('history.csv'));
const of = (target: string) => read.entries.filter((e) => (e.domain ?? e.obfuscated?.pattern) === target);

describe('history', () => {
  it('parses severity histories in date order, merging repeats and same-day steps', () => {
    expect(parseSeverityHistory('2023-05-02:suspend;2023-01-13:silence')).toEqual([
      { day: '2023-01-13', severity: 'silence' },
      { day: '2023-05-02', severity: 'suspend' },
    ]);
    expect(parseSeverityHistory('2023-01-13:silence;2023-02-01:silence;2023-03-01:suspend;2023-03-01:silence')).toEqual([{ day: '2023-01-13', severity: 'silence' }]);
    expect(parseSeverityHistory('2023-02-30:silence')).toBeUndefined();
    expect(parseSeverityHistory('2023-01-01:block')).toBeUndefined();
  });

  it('takes the last snapshot day from the file', () => {
    expect(read.retrieved).toBe('2023-09-17');
  });

  it('keeps a block still listed open, since on or before its first sighting', () => {
    expect(of('steady.example')).toEqual([{ at: 'line 2', domain: 'steady.example', severity: 'suspend', since: { on_or_before: '2023-01-13' } }]);
  });

  it('turns severity changes into successive decisions that do not overlap', () => {
    const runs = of('flipflop.example').map((e) => [e.severity, e.since, e.until]);
    expect(runs).toEqual([
      ['silence', { on_or_before: '2023-07-28' }, '2023-08-20'],
      ['suspend', { on_or_before: '2023-08-20' }, '2023-08-21'],
      ['silence', { on_or_before: '2023-08-21' }, undefined],
    ]);
    const up = of('upgraded.example');
    expect(up.map((e) => e.severity)).toEqual(['silence', 'suspend']);
    expect(up[0]!.until).toBe('2023-03-25');
    expect(up[0]!.note).toContain('2023-03-25 shows suspend');
  });

  it('ends a lifted block by the next known snapshot, keeping the day it was last seen', () => {
    const [gone] = of('gone.example');
    expect(gone).toMatchObject({ since: { on_or_before: '2023-02-01' }, last_seen: '2023-05-10', until: '2023-06-01' });
    expect(gone!.note).toContain('2023-05-10 (last seen)');
    expect(gone!.note).toContain('on or before 2023-06-01');
    const [once] = of('once.example');
    expect([once!.since, once!.last_seen, once!.until]).toEqual([{ on_or_before: '2023-06-01' }, '2023-06-01', '2023-07-28']);
    const lifted = of('lifted.example');
    expect(lifted.map((e) => [e.severity, e.until])).toEqual([
      ['suspend', '2023-04-20'],
      ['silence', '2023-05-01'],
    ]);
  });

  it("ends a block dropped on the archive's last day on that day (the next day if it was also first listed then)", () => {
    const [same] = of('sameday.example');
    expect([same!.since, same!.until]).toEqual([{ on_or_before: '2023-03-01' }, '2023-09-17']);
    expect(same!.note).toContain('taken the same day');
    const [flash] = of('flash.example');
    expect([flash!.since, flash!.until]).toEqual([{ on_or_before: '2023-09-17' }, '2023-09-18']);
  });

  it('keeps an obfuscated pattern as a pattern', () => {
    expect(of('ba*.*t')).toMatchObject([{ obfuscated: { pattern: 'ba*.*t' }, last_seen: '2023-08-08', until: '2023-08-20' }]);
  });

  it('reports rows with bad dates or histories by line', () => {
    expect(read.unreadable.map((u) => [u.at, u.target])).toEqual([
      ['line 9', 'bad-dates.example'],
      ['line 10', 'bad-history.example'],
    ]);
    expect(read.read).toBe(11);
  });

  it('imports into a valid file with the archive as the list evidence and per-decision evidence on ended runs', () => {
    const { text } = importBlockList({
      format: 'history',
      text: fixture('history.csv'),
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'history.csv',
      evidence: { url: 'https://archive.example/bare.example.csv' },
      known: [],
      hash: sha256,
    });
    const server = parseServer(text);
    expect(server.blocklist.evidence).toEqual({ url: 'https://archive.example/bare.example.csv', retrieved: '2023-09-17', kind: 'archive' });
    for (const b of server.blocks) {
      if (b.until !== undefined) expect(b.evidence?.note, `${b.domain} ${b.until}`).toBeTruthy();
      else expect(b.evidence).toBeUndefined();
    }
    expect(server.blocks).toHaveLength(13);
  });
});
