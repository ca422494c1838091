/**
 * History with the archive's commits and every listed span (synthetic rows in the Oliphant history's columns,
 * synthetic 40-hex commits): each span its own decision, each decision citing its own snapshot.
 */
import { describe, expect, it } from 'vitest';
import { parseSpans, readHistoryCsv } from '../../../src/lib/import/history.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, parseServer, sha256 } from './helpers.ts';

const c = (ch: string) => ch.repeat(40);
const HEADER = 'domain,severity,first_seen,last_seen,listed_in_last_snapshot,obfuscated,severity_history,first_commit,last_commit,removed_on,removed_commit,spans';
const CSV = [
  HEADER,
  `steady.example,suspend,2023-01-13,2023-09-17,yes,no,2023-01-13:suspend,${c('1')},${c('9')},,,2023-01-13..2023-09-17`,
  `gone.example,silence,2023-02-01,2023-05-10,no,no,2023-02-01:silence,${c('2')},${c('3')},2023-05-12,${c('4')},2023-02-01..2023-05-10..removed 2023-05-12`,
  `back.example,silence,2023-01-13,2023-09-17,yes,no,2023-01-13:suspend;2023-03-01:silence,${c('1')},${c('9')},,,2023-01-13..2023-01-23..removed 2023-01-24;2023-03-01..2023-09-17`,
  `blink.example,suspend,2023-01-13,2023-09-17,yes,no,2023-01-13:suspend,${c('1')},${c('9')},,,2023-01-13..2023-01-13..removed 2023-01-13;2023-01-13..2023-09-17`,
  `late.example,suspend,2023-06-01,2023-09-17,yes,no,2023-06-01:suspend,${c('5')},${c('9')},,,2023-06-01..2023-09-17`,
].join('\n');

const read = readHistoryCsv(CSV);
const of = (target: string) => read.entries.filter((e) => e.domain === target);

describe('history spans', () => {
  it('parses spans in order and refuses overlapping or malformed ones', () => {
    expect(parseSpans('2023-03-01..2023-09-17;2023-01-13..2023-01-23..removed 2023-01-24')).toEqual([
      { first: '2023-01-13', last: '2023-01-23', removed: '2023-01-24' },
      { first: '2023-03-01', last: '2023-09-17' },
    ]);
    expect(parseSpans('2023-01-13..2023-01-23;2023-03-01..2023-09-17')).toBeUndefined();
    expect(parseSpans('2023-01-13..2023-01-23..removed 2023-02-24;2023-02-01..2023-09-17')).toBeUndefined();
    expect(parseSpans('2023-01-13-2023-01-23')).toBeUndefined();
  });

  it('cites the commit of the first listing, retrieved that day', () => {
    expect(of('steady.example')).toEqual([{ at: 'line 2', domain: 'steady.example', severity: 'suspend', since: { on_or_before: '2023-01-13' }, snapshot: { commit: c('1'), day: '2023-01-13' } }]);
  });

  it('cites the snapshot that no longer lists a lifted block', () => {
    const [d] = of('gone.example');
    expect(d).toMatchObject({ until: '2023-05-12', last_seen: '2023-05-10', snapshot: { commit: c('2'), day: '2023-02-01' }, liftedSnapshot: { commit: c('4'), day: '2023-05-12' } });
  });

  it('makes a lift and a relisting two decisions, the relisting dated by its first listing', () => {
    const ds = of('back.example');
    expect(ds.map((d) => [d.severity, d.since, d.until ?? null])).toEqual([
      ['suspend', { on_or_before: '2023-01-13' }, '2023-01-24'],
      ['silence', '2023-03-01', null],
    ]);
    expect(ds[0]!.snapshot).toEqual({ commit: c('1'), day: '2023-01-13' });
    // The relisting's own commit is not recorded: a known snapshot of the file inside its days is cited instead.
    expect(ds[1]!.snapshot).toMatchObject({ commit: c('3'), day: '2023-05-10' }); // the earliest known snapshot after 2023-03-01
    expect(ds[1]!.snapshot?.note).toContain('2023-03-01');
    // The first span's removal commit is not recorded either: a known later snapshot before the relisting has none.
    expect(ds[0]!.liftedSnapshot).toMatchObject({ commit: c('2'), day: '2023-02-01' });
  });

  it('reads a lift and relisting within one day as one span, with a note', () => {
    expect(of('blink.example').map((d) => [d.since, d.until ?? null])).toEqual([[{ on_or_before: '2023-01-13' }, null]]);
    expect(read.notes.some((n) => n.target === 'blink.example' && n.message.includes('one span'))).toBe(true);
  });

  it('refuses spans that disagree with first_seen and last_seen', () => {
    const bad = readHistoryCsv(`${HEADER}\nodd.example,suspend,2023-01-13,2023-09-17,yes,no,2023-01-13:suspend,${c('1')},${c('9')},,,2023-01-14..2023-09-17`);
    expect(bad.entries).toEqual([]);
    expect(bad.unreadable[0]?.message).toContain('spans');
  });

  it('writes each decision\'s snapshot as its evidence and the lift as lifted_evidence, one line each', () => {
    const { text } = importBlockList({
      format: 'history',
      text: CSV,
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'history.csv',
      evidence: { url: `https://github.com/archive/lists/blob/${c('9')}/lists/bare.example.csv` },
      known: [],
      hash: sha256,
    });
    const server = parseServer(text);
    const url = (commit: string) => `https://github.com/archive/lists/blob/${commit}/lists/bare.example.csv`;
    const gone = server.blocks.find((b) => b.domain === 'gone.example')!;
    expect(gone.evidence).toEqual({ url: url(c('2')), retrieved: '2023-02-01', kind: 'archive' });
    expect(gone.lifted_evidence).toEqual({ url: url(c('4')), retrieved: '2023-05-12', kind: 'archive' });
    expect(text).toContain(`    evidence: {url: ${url(c('1'))}, retrieved: 2023-01-13, kind: archive}\n`);
    const own = server.blocks.filter((b) => b.evidence?.url !== url(c('9')));
    expect(own.length).toBe(server.blocks.length);
  });

  it('re-reads an archive in place with replace, keeping decisions from other sources and the header as written', () => {
    const evidence = { url: `https://github.com/archive/lists/blob/${c('9')}/lists/bare.example.csv` };
    const base = { format: 'history' as const, text: CSV, file: 'bare.example.yaml', source: 'history.csv', evidence, known: [], hash: sha256 };
    const first = importBlockList({ ...base, serverText: fixture('server-bare.yaml') }).text;
    // A curator's own decision from an announcement, and a hand-formatted header line.
    const curated = first
      .replace(/^name: .*$/m, (line) => `${line}   # named by its admins`)
      .replace('blocks:\n', 'blocks:\n  - domain: announced.example\n    severity: suspend\n    since: 2025-01-19\n    evidence: {url: https://blog.example/post, retrieved: 2026-01-02, kind: announcement}\n');
    const again = importBlockList({ ...base, serverText: curated, replace: true });
    expect(again.text).toContain('# named by its admins');
    expect(again.text).toContain('announced.example');
    expect(parseServer(again.text).blocks.filter((b) => b.domain === 'back.example')).toHaveLength(2);
    expect(again.report.notes.some((n) => n.message.startsWith('re-read'))).toBe(true);
    // Without replace, the same reading is kept as it is.
    expect(importBlockList({ ...base, serverText: first }).text).toBe(first);
  });
});
