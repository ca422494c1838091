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

describe('history: one domain written two ways', () => {
  // Synthetic: "cf" and ".cf" (a top-level domain, with and without the leading dot), "*.two.example" renamed to
  // "two.example" a day later, and "dot.example"/".dot.example" with different severities at the same time.
  const text = [
    'domain,severity,first_seen,last_seen,listed_in_last_snapshot,obfuscated,severity_history',
    '.cf,suspend,2023-01-13,2023-01-13,no,no,2023-01-13:suspend',
    '*.two.example,suspend,2023-01-13,2023-01-21,no,no,2023-01-13:suspend',
    '.dot.example,silence,2023-02-01,2023-09-17,yes,no,2023-02-01:silence',
    'cf,suspend,2023-01-13,2023-09-17,yes,no,2023-01-13:suspend',
    'dot.example,suspend,2023-02-01,2023-09-17,yes,no,2023-02-01:suspend',
    'two.example,suspend,2023-01-22,2023-09-17,yes,no,2023-01-22:suspend',
    'apart.example,suspend,2023-01-13,2023-01-20,no,no,2023-01-13:suspend',
    '*.apart.example,suspend,2023-03-01,2023-09-17,yes,no,2023-03-01:suspend',
  ].join('\n');
  const twice = readHistoryCsv(text);
  const on = (d: string) => twice.entries.filter((e) => e.domain === d);

  it('merges runs of one severity that overlap or touch into one decision, naming both writings', () => {
    expect(on('cf')).toEqual([
      {
        at: 'line 2, line 5',
        domain: 'cf',
        severity: 'suspend',
        since: { on_or_before: '2023-01-13' },
        note: 'Listed as ".cf" and as "cf" (line 2, line 5): one suspend on one domain, shown by the archive from 2023-01-13.',
      },
    ]);
    expect(on('two.example')).toEqual([expect.objectContaining({ since: { on_or_before: '2023-01-13' }, note: expect.stringContaining('"*.two.example" and as "two.example"') })]);
    expect(on('two.example')[0]!.until).toBeUndefined();
    expect(twice.notes.filter((n) => n.message.startsWith('merged with')).map((n) => n.target)).toEqual(['cf', 'two.example']);
  });

  it('keeps runs apart when there is a gap between them', () => {
    expect(on('apart.example').map((e) => [e.since, e.until])).toEqual([
      [{ on_or_before: '2023-01-13' }, '2023-01-21'],
      [{ on_or_before: '2023-03-01' }, undefined],
    ]);
  });

  it('leaves different severities to the merge, which keeps the plain writing and reports the other', () => {
    expect(on('dot.example').map((e) => [e.severity, e.wildcard])).toEqual([
      ['silence', '.dot.example'],
      ['suspend', undefined],
    ]);
    const result = importBlockList({
      format: 'history',
      text,
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'history.csv',
      evidence: { url: 'https://archive.example/lists/bare.example.csv' },
      known: [],
      hash: sha256,
    });
    const server = parseServer(result.text);
    expect(server.blocks.filter((b) => b.domain === 'dot.example').map((b) => b.severity)).toEqual(['suspend']);
    expect(result.report.skipped).toEqual([expect.objectContaining({ target: 'dot.example', message: expect.stringContaining('conflicts') })]);
    expect(server.blocks.filter((b) => b.domain === 'cf')).toHaveLength(1);
  });
});
