import { describe, expect, it } from 'vitest';
import { readMastodonCsv } from '../../../src/lib/import/mastodon-csv.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, LIST, parseServer, sha256 } from './helpers.ts';

const byDomain = (text: string) => new Map(readMastodonCsv(text).entries.map((e) => [e.domain ?? e.obfuscated?.pattern, e]));

describe('mastodon-csv', () => {
  it("reads Mastodon's admin export (#headers, True/False), skipping noop", () => {
    const read = readMastodonCsv(fixture('admin-export.csv'));
    expect(read.read).toBe(4);
    expect(read.entries.map((e) => e.domain)).toEqual(['spam.example', 'loud.example', 'hidden.example']);
    expect(read.entries[0]).toMatchObject({ at: 'line 2', severity: 'suspend', reject_media: true, reject_reports: true, comment: 'Spam' });
    expect(read.entries[1]).toEqual({ at: 'line 3', domain: 'loud.example', severity: 'silence' });
    expect(read.entries[2]).toMatchObject({ domain: 'hidden.example', obfuscate: true, comment: 'Hidden from the public list' });
    expect(read.skipped).toEqual([{ at: 'line 5', target: 'media.example', message: expect.stringContaining('noop') }]);
    expect(read.unreadable).toEqual([]);
  });

  it('reads the odd four-column format (TRUE/FALSE, null, CRLF, no final newline)', () => {
    const read = readMastodonCsv(fixture('four-columns.csv'));
    expect(read.read).toBe(4);
    expect(read.unreadable).toEqual([]);
    expect(read.entries).toEqual([
      { at: 'line 2', domain: 'alpha.example', severity: 'silence' },
      { at: 'line 3', domain: 'beta.example', severity: 'suspend', reject_media: true },
      { at: 'line 4', domain: 'gamma.example', severity: 'suspend' },
      { at: 'line 5', domain: 'delta.example', severity: 'suspend', comment: 'confusing people' },
    ]);
  });

  it('maps columns by header name in any order, without #, with 1/0, noting unknown columns', () => {
    const read = readMastodonCsv(fixture('reordered.csv'));
    expect(read.entries).toEqual([
      { at: 'line 2', domain: 'loud.example', severity: 'silence', reject_media: true, comment: 'Too loud' },
      { at: 'line 3', domain: 'spam.example', severity: 'suspend', reject_reports: true },
    ]);
    expect(read.notes.map((n) => n.target)).toEqual(['Origin']);
  });

  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside comments', () => {
    const m = byDomain(fixture('quoted.csv'));
    expect(m.get('comma.example')?.comment).toBe('Spam, scams, and worse');
    expect(m.get('quote.example')?.comment).toBe('They said "hello" a lot');
    expect(m.get('lines.example')?.comment).toBe('First line\nsecond line');
    expect(m.get('plain.example')?.at).toBe('line 6');
  });

  it('survives BOM, CRLF, trailing spaces, blank lines, wildcards, noop and null, and reports bad rows by line', () => {
    const read = readMastodonCsv(fixture('messy.csv'));
    expect(read.entries).toEqual([
      { at: 'line 2', domain: 'spaced.example', severity: 'suspend', comment: 'Trailing spaces' },
      { at: 'line 4', domain: 'wild.example', severity: 'suspend', wildcard: '*.wild.example', note: expect.stringContaining('listed as "*.wild.example"') },
      { at: 'line 11', domain: 'caps.example', severity: 'silence' },
    ]);
    expect(read.skipped.map((s) => [s.at, s.target])).toEqual([['line 6', 'noop.example']]);
    expect(read.unreadable.map((u) => u.at).sort()).toEqual(['line 12', 'line 7', 'line 8', 'line 9'].sort());
    const byLine = new Map(read.unreadable.map((u) => [u.at, u.message]));
    expect(byLine.get('line 7')).toContain('unknown severity "block"');
    expect(byLine.get('line 8')).toContain('unquoted comma');
    expect(byLine.get('line 9')).toContain('reject_media is "maybe"');
    expect(byLine.get('line 12')).toContain('never closed');
    expect(read.read).toBe(read.entries.length + read.skipped.length + read.unreadable.length);
  });

  it("reads a file without a header in the admin export's order", () => {
    const read = readMastodonCsv(fixture('no-header.csv'));
    expect(read.entries.map((e) => [e.at, e.domain, e.severity, e.reject_media, e.comment])).toEqual([
      ['line 1', 'first.example', 'suspend', undefined, undefined],
      ['line 2', 'second.example', 'silence', true, 'Second'],
    ]);
    expect(read.notes[0]?.message).toContain('no header');
  });

  it('refuses a file whose first line is neither a header nor a row', () => {
    const read = readMastodonCsv('name,kind\nfoo,bar\n');
    expect(read.entries).toEqual([]);
    expect(read.unreadable[0]?.message).toContain('no "domain" column');
  });

  it('keeps patterns without digests unresolved and imports the file into a valid server', () => {
    const { text, report } = importBlockList({
      format: 'mastodon-csv',
      text: fixture('archive-latest.csv'),
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'archive-latest.csv',
      evidence: { ...LIST, kind: 'archive' },
      known: ['emailz.net', 'children.space'],
      hash: sha256,
    });
    const server = parseServer(text);
    expect(server.blocks.map((b) => b.domain ?? `(${b.obfuscated?.pattern})`)).toEqual(['(chil*****.**ace)', '(ema****.*et)', 'plain.example', 'quiet.example']);
    expect(server.blocks.every((b) => b.obfuscated === undefined || b.obfuscated.digest === undefined)).toBe(true);
    expect(report.read).toBe(5);
    expect(report.added).toHaveLength(4);
    expect(report.skipped.map((s) => s.at)).toEqual(['line 5']);
  });
});
