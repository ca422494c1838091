import { describe, expect, it } from 'vitest';
import { mergeBlockList, MergeError } from '../../../src/lib/import/merge.ts';
import { compareDecisions } from '../../../src/lib/order.ts';
import type { ListEntry } from '../../../src/lib/import/types.ts';
import { fixture, LIST, parseServer } from './helpers.ts';

const OPTS = { file: 'social.example.yaml', source: 'test' };
const entry = (domain: string, severity: 'silence' | 'suspend', extra: Partial<ListEntry> = {}): ListEntry => ({ at: `line ${domain.length}`, domain, severity, ...extra });

describe('mergeBlockList', () => {
  const curated = fixture('server-curated.yaml');
  const list = [
    entry('threads.net', 'suspend', { comment: 'Meta, a different wording' }),
    entry('lifted.example', 'silence'),
    entry('zzz.example', 'silence', { reject_media: true }),
    entry('aaa.example', 'suspend', { comment: 'spam, "quoted", and: colons' }),
  ];
  const first = mergeBlockList(curated, list, LIST, OPTS);
  const server = parseServer(first.text);

  it('keeps curated decisions exactly: comment, evidence, exact since, until', () => {
    const threads = server.blocks.filter((b) => b.domain === 'threads.net');
    expect(threads).toEqual([
      {
        domain: 'threads.net',
        severity: 'suspend',
        since: '2024-03-01',
        comment: 'Announced by the admins.',
        evidence: { url: 'https://social.example/@admin/1', retrieved: '2026-01-02', kind: 'announcement' },
      },
    ]);
    expect(first.report.kept.map((k) => k.target)).toEqual(['threads.net']);
  });

  it('adds a new decision for a target whose curated decision was lifted before the list was read', () => {
    const lifted = server.blocks.filter((b) => b.domain === 'lifted.example');
    expect(lifted).toEqual([
      expect.objectContaining({ since: '2022-05-01', until: '2023-01-01' }),
      { domain: 'lifted.example', severity: 'silence', since: { on_or_before: '2026-02-01' } },
    ]);
  });

  it('adds new decisions dated on or before the day the list was read, with flags and comments', () => {
    expect(server.blocks.find((b) => b.domain === 'zzz.example')).toEqual({ domain: 'zzz.example', severity: 'silence', reject_media: true, since: { on_or_before: '2026-02-01' } });
    expect(server.blocks.find((b) => b.domain === 'aaa.example')?.comment).toBe('spam, "quoted", and: colons');
    expect(first.report.added.map((a) => a.target)).toEqual(['lifted.example', 'zzz.example', 'aaa.example']);
  });

  it('writes decisions in compareDecisions order', () => {
    const sorted = [...server.blocks].sort(compareDecisions);
    expect(server.blocks).toEqual(sorted);
    expect(server.blocks[0]!.domain).toBe('aaa.example');
  });

  it('keeps comments and the schema comment on the first line, and the rest of the file as written', () => {
    expect(first.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schema/server.schema.json');
    expect(first.text).toContain('# A synthetic server for importer tests. This comment must survive every import.');
    expect(first.text).toContain('# Curated from the admins\' announcement; keep this comment.');
    expect(first.text).toContain('focus: [place]');
    const head = curated.slice(0, curated.indexOf('blocklist:'));
    expect(first.text.startsWith(head)).toBe(true);
  });

  it('publishes the list as blocklist evidence, keeps the note and says so', () => {
    expect(server.blocklist).toEqual({ status: 'published', evidence: LIST, note: 'Only announced decisions so far.' });
    expect(first.report.updates.map((u) => u.target)).toEqual(['blocklist.evidence', 'blocklist.status']);
    expect(first.report.notes.some((n) => n.target === 'blocklist.note')).toBe(true);
  });

  it('is idempotent: a second run changes nothing', () => {
    const second = mergeBlockList(first.text, list, LIST, OPTS);
    expect(second.text).toBe(first.text);
    expect([second.report.added.length, second.report.changed.length, second.report.updates.length]).toEqual([0, 0, 0]);
    expect(second.report.kept).toHaveLength(4);
  });

  it('reports decisions in force that the list leaves out, and keeps them', () => {
    const r = mergeBlockList(first.text, [entry('aaa.example', 'suspend')], LIST, OPTS);
    const text = r.text;
    expect(parseServer(text).blocks).toHaveLength(5);
    expect(r.report.notes.filter((n) => n.message.includes('not in this list')).map((n) => n.target).sort()).toEqual(['lifted.example', 'threads.net', 'zzz.example']);
  });

  it('skips duplicates and the server itself', () => {
    const r = mergeBlockList(fixture('server-bare.yaml'), [entry('a.example', 'suspend'), entry('a.example', 'silence'), entry('bare.example', 'suspend'), entry('example', 'suspend')], LIST, OPTS);
    expect(r.report.added.map((a) => a.target)).toEqual(['a.example']);
    expect(r.report.skipped.map((s) => s.message)).toEqual([expect.stringContaining('conflicts with'), expect.stringContaining("server's own domain"), expect.stringContaining('parent')]);
  });

  it('keeps the plain domain when a list names both *.x and x, whatever the order', () => {
    const wild = entry('x.example', 'suspend', { at: 'line 2', wildcard: '*.x.example', note: 'listed as "*.x.example"' });
    const plain = entry('x.example', 'suspend', { at: 'line 7' });
    const r = mergeBlockList(fixture('server-bare.yaml'), [wild, plain], LIST, OPTS);
    expect(parseServer(r.text).blocks).toEqual([{ domain: 'x.example', severity: 'suspend', since: { on_or_before: '2026-02-01' } }]);
    expect(r.report.skipped).toEqual([{ at: 'line 2', target: 'x.example', message: 'duplicate of line 7 (the list names *.x.example and the domain itself)' }]);
  });

  it('creates blocks in a file that has none', () => {
    const r = mergeBlockList(fixture('server-bare.yaml'), [entry('a.example', 'suspend')], LIST, OPTS);
    expect(r.text.endsWith('blocks:\n  - domain: a.example\n    severity: suspend\n    since: {on_or_before: 2026-02-01}\n')).toBe(true);
    parseServer(r.text);
  });

  it('fails plainly on a file it cannot edit', () => {
    expect(() => mergeBlockList('a: [', [], LIST, OPTS)).toThrow(MergeError);
    expect(() => mergeBlockList('domain: x\nblocks: 3\n', [], LIST, OPTS)).toThrow(/not a list/);
  });
});

describe('mergeBlockList: reading a list again later', () => {
  const bare = fixture('server-bare.yaml');
  const OLD = { url: 'https://bare.example/api/v1/instance/domain_blocks', retrieved: '2025-01-10', kind: 'block-list' as const };
  const NEW = { ...OLD, retrieved: '2026-02-01' };
  const v1 = mergeBlockList(bare, [entry('stays.example', 'suspend'), entry('changes.example', 'silence'), entry('dropped.example', 'suspend')], OLD, OPTS).text;
  const v2 = mergeBlockList(v1, [entry('stays.example', 'suspend'), entry('changes.example', 'suspend')], NEW, OPTS);
  const server = parseServer(v2.text);

  it('ends an open decision when the list shows another severity, without overlap', () => {
    const changes = server.blocks.filter((b) => b.domain === 'changes.example');
    expect(changes.map((b) => [b.severity, b.since, b.until])).toEqual([
      ['silence', { on_or_before: '2025-01-10' }, '2026-02-01'],
      ['suspend', { on_or_before: '2026-02-01' }, undefined],
    ]);
  });

  it('gives decisions that relied on the replaced list evidence that evidence explicitly', () => {
    const dropped = server.blocks.find((b) => b.domain === 'dropped.example');
    expect(dropped?.evidence).toEqual(OLD);
    expect(dropped?.until).toBeUndefined();
    expect(server.blocks.find((b) => b.domain === 'stays.example')?.evidence).toBeUndefined();
    expect(server.blocklist.evidence).toEqual(NEW);
  });

  it('keeps the newer list evidence when an older list is imported, citing the older list on what it adds', () => {
    const older = mergeBlockList(v2.text, [entry('stays.example', 'suspend'), entry('ancient.example', 'silence')], { ...OLD, retrieved: '2024-01-01' }, OPTS);
    const s = parseServer(older.text);
    expect(s.blocklist.evidence).toEqual(NEW);
    expect(s.blocks.find((b) => b.domain === 'ancient.example')).toMatchObject({ since: { on_or_before: '2024-01-01' }, evidence: { retrieved: '2024-01-01' } });
    expect(s.blocks.find((b) => b.domain === 'stays.example')?.since).toEqual({ on_or_before: '2024-01-01' });
    expect(older.report.changed.map((c) => c.target)).toEqual(['stays.example']);
  });

  it('keeps the cited list on a tie: another source read the same day does not replace it', () => {
    const other = { url: 'https://archive.example/bare.example.csv', retrieved: NEW.retrieved, kind: 'archive' as const };
    const r = mergeBlockList(v2.text, [entry('stays.example', 'suspend'), entry('fresh.example', 'silence')], other, OPTS);
    const s = parseServer(r.text);
    expect(s.blocklist.evidence).toEqual(NEW);
    expect(s.blocks.find((b) => b.domain === 'fresh.example')?.evidence).toEqual(other);
    expect(r.report.updates).toEqual([]);
    expect(mergeBlockList(r.text, [entry('stays.example', 'suspend'), entry('fresh.example', 'silence')], other, OPTS).text).toBe(r.text);
  });

  it('resolves an unresolved decision when a later list gives its domain', () => {
    const digest = 'b21d0b29503885ad18844f66c5abc26d7eac38e572c5cceee663e6ea08d1e825';
    const a = mergeBlockList(bare, [{ at: 'entry 1', severity: 'suspend', obfuscated: { pattern: 'thr****.*et', digest } }], OLD, OPTS).text;
    expect(parseServer(a).blocks[0]!.domain).toBeUndefined();
    const b = mergeBlockList(a, [{ at: 'entry 1', severity: 'suspend', domain: 'threads.net', obfuscated: { pattern: 'thr****.*et', digest } }], OLD, OPTS);
    expect(b.report.changed).toEqual([expect.objectContaining({ message: 'resolved as threads.net' })]);
    expect(parseServer(b.text).blocks).toEqual([{ domain: 'threads.net', obfuscated: { pattern: 'thr****.*et', digest }, severity: 'suspend', since: { on_or_before: '2025-01-10' } }]);
  });

  it('caps an older open decision at a later curated one on the same target, and skips a true conflict', () => {
    const curated = fixture('server-curated.yaml');
    const r = mergeBlockList(curated, [entry('threads.net', 'silence')], { ...OLD, retrieved: '2023-06-01' }, OPTS);
    const threads = parseServer(r.text).blocks.filter((b) => b.domain === 'threads.net');
    expect(threads.map((b) => [b.severity, b.until])).toEqual([
      ['silence', '2024-03-01'],
      ['suspend', undefined],
    ]);
    expect(threads[0]!.evidence?.note).toContain('replaces it');
    const conflict = mergeBlockList(curated, [entry('lifted.example', 'suspend')], { ...OLD, retrieved: '2022-10-01' }, OPTS);
    expect(conflict.report.skipped).toEqual([expect.objectContaining({ target: 'lifted.example', message: expect.stringContaining('conflicts with the silence decision') })]);
    expect(conflict.report.added).toEqual([]);
  });
});

describe('mergeBlockList: comments from a second copy of the same reading', () => {
  const bare = fixture('server-bare.yaml');
  const ARCHIVE = { url: 'https://archive.example/blob/abc123/lists/social.example.csv', retrieved: '2023-10-23', kind: 'archive' as const };
  // First the archive's history (no comments), then the same snapshot's CSV (with comments).
  const history = mergeBlockList(bare, [entry('quiet.example', 'suspend', { since: { on_or_before: '2023-01-13' } }), entry('loud.example', 'silence', { since: { on_or_before: '2023-02-01' } })], ARCHIVE, OPTS);
  const csv = [entry('quiet.example', 'suspend'), entry('loud.example', 'silence', { comment: 'Spam, in its own words' })];

  it('adds the comment to a decision read from this very reading (same list evidence)', () => {
    const second = mergeBlockList(history.text, csv, ARCHIVE, OPTS);
    const server = parseServer(second.text);
    expect(server.blocks.find((b) => b.domain === 'loud.example')).toEqual({ domain: 'loud.example', severity: 'silence', since: { on_or_before: '2023-02-01' }, comment: 'Spam, in its own words' });
    expect(second.report.changed).toEqual([expect.objectContaining({ target: 'loud.example', message: expect.stringContaining('comment added') })]);
    expect(second.report.kept.map((k) => k.target)).toEqual(['quiet.example']);
    // Idempotent: the same CSV again changes nothing.
    expect(mergeBlockList(second.text, csv, ARCHIVE, OPTS).text).toBe(second.text);
  });

  it('never adds one with --no-comments, nor to a decision from another reading', () => {
    expect(mergeBlockList(history.text, csv, ARCHIVE, { ...OPTS, comments: false }).text).toBe(history.text);
    const later = { ...ARCHIVE, retrieved: '2023-11-01' };
    const other = parseServer(mergeBlockList(history.text, csv, later, OPTS).text);
    expect(other.blocks.find((b) => b.domain === 'loud.example')?.comment).toBeUndefined();
  });

  it('never adds one to a curated decision with evidence of its own', () => {
    const curated = mergeBlockList(fixture('server-curated.yaml'), [entry('threads.net', 'suspend', { comment: 'another wording' })], LIST, OPTS);
    expect(parseServer(curated.text).blocks.find((b) => b.domain === 'threads.net')?.comment).toBe('Announced by the admins.');
  });
});
