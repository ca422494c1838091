import { describe, expect, it } from 'vitest';
import { readGoToSocial } from '../../../src/lib/import/gotosocial.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, parseServer, sha256 } from './helpers.ts';

describe('gotosocial (/api/v1/instance/peers?filter=suspended)', () => {
  const read = readGoToSocial(fixture('gotosocial-suspended.json'));

  it('maps suspended peers to suspend, dated by the UTC day of suspended_at', () => {
    expect(read.entries[0]).toEqual({ at: 'entry 1', domain: 'bad.example', severity: 'suspend', since: '2024-02-03', comment: 'harassment' });
    expect(read.entries[1]).toEqual({ at: 'entry 2', domain: 'late.example', severity: 'suspend', since: '2024-02-04' });
  });

  it('keeps an obfuscated peer as a pattern', () => {
    expect(read.entries[2]).toMatchObject({ obfuscated: { pattern: 'o*******.example' }, since: '2023-12-01' });
    expect(read.entries[2]?.domain).toBeUndefined();
  });

  it('reports a bad date as unreadable and skips a peer that is not suspended', () => {
    expect(read.unreadable).toEqual([{ at: 'entry 4', target: 'nodate.example', message: expect.stringContaining('not a date') }]);
    expect(read.skipped).toEqual([{ at: 'entry 5', target: 'open.example', message: expect.stringContaining('suspended_at') }]);
  });

  it('writes exact since dates (not "on or before") into a valid file', () => {
    const { text } = importBlockList({
      format: 'gotosocial',
      text: fixture('gotosocial-suspended.json'),
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'peers.json',
      evidence: { url: 'https://bare.example/api/v1/instance/peers?filter=suspended', retrieved: '2026-02-01' },
      known: [],
      hash: sha256,
    });
    const server = parseServer(text);
    expect(server.blocks.map((b) => [b.domain ?? b.obfuscated?.pattern, b.since])).toEqual([
      ['bad.example', '2024-02-03'],
      ['late.example', '2024-02-04'],
      ['o*******.example', '2023-12-01'],
    ]);
  });
});
