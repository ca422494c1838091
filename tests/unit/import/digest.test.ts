import { describe, expect, it } from 'vitest';
import { resolveObfuscated } from '../../../src/lib/import/digest.ts';
import { readMastodonJson } from '../../../src/lib/import/mastodon-json.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, LIST, parseServer, sha256 } from './helpers.ts';

describe('digest resolution with real SHA-256 digests', () => {
  it('the fixture publishes the real digest of threads.net', () => {
    // Computed here with node:crypto, independently of the importer.
    expect(sha256('threads.net')).toBe('b21d0b29503885ad18844f66c5abc26d7eac38e572c5cceee663e6ea08d1e825');
    const threads = readMastodonJson(fixture('domain_blocks.json')).entries[1]!;
    expect(threads.obfuscated?.digest).toBe(sha256('threads.net'));
  });

  it('resolves a pattern whose digest is that of a known domain that fits it', () => {
    const entries = [{ at: 'entry 1', severity: 'suspend' as const, obfuscated: { pattern: 'thr****.*et', digest: sha256('threads.net') } }];
    const r = resolveObfuscated(entries, ['mastodon.social', 'threads.net'], sha256);
    expect(r.entries[0]!.domain).toBe('threads.net');
    expect(r.entries[0]!.obfuscated).toEqual({ pattern: 'thr****.*et', digest: sha256('threads.net') });
    expect([r.resolved, r.unresolved]).toEqual([1, 0]);
  });

  it('never guesses: an unknown digest, or no digest, stays unresolved even when a known domain fits the pattern', () => {
    const entries = [
      { at: 'entry 1', severity: 'suspend' as const, obfuscated: { pattern: 'thr****.*et', digest: sha256('thrones.net') } },
      { at: 'entry 2', severity: 'suspend' as const, obfuscated: { pattern: 'thr****.*et' } },
    ];
    const r = resolveObfuscated(entries, ['threads.net'], sha256);
    expect(r.entries.map((e) => e.domain)).toEqual([undefined, undefined]);
    expect(r.unresolved).toBe(2);
  });

  it('refuses a digest match that does not fit the pattern, and says so', () => {
    const entries = [{ at: 'entry 4', severity: 'silence' as const, obfuscated: { pattern: 'abc****.*et', digest: sha256('threads.net') } }];
    const r = resolveObfuscated(entries, ['threads.net'], sha256);
    expect(r.entries[0]!.domain).toBeUndefined();
    expect(r.notes[0]).toMatchObject({ at: 'entry 4', message: expect.stringContaining('does not fit the pattern') });
  });

  it('checks digests published beside plain domains', () => {
    const r = resolveObfuscated([{ at: 'entry 1', severity: 'suspend', domain: 'spam.example', digest: sha256('other.example') }], [], sha256);
    expect(r.notes[0]?.message).toContain('not the SHA-256 of spam.example');
    expect(r.entries[0]).not.toHaveProperty('digest');
  });

  it("gives a real domain flagged obfuscate the pattern and digest Mastodon would publish", () => {
    const r = resolveObfuscated([{ at: 'line 2', severity: 'suspend', domain: 'hidden.example', obfuscate: true }], [], sha256);
    expect(r.entries[0]).toEqual({ at: 'line 2', severity: 'suspend', domain: 'hidden.example', obfuscated: { pattern: 'hidd**.****ple', digest: sha256('hidden.example') } });
  });

  it('resolves against every domain the dataset knows plus candidates, end to end', () => {
    const { text, report } = importBlockList({
      format: 'mastodon-json',
      text: fixture('domain_blocks.json'),
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'domain_blocks.json',
      evidence: LIST,
      known: ['threads.net', 'hidden.example'],
      hash: sha256,
    });
    const server = parseServer(text);
    const threads = server.blocks.find((b) => b.domain === 'threads.net');
    expect(threads?.obfuscated).toEqual({ pattern: 'thr****.*et', digest: sha256('threads.net') });
    expect(server.blocks.find((b) => b.domain === 'hidden.example')?.obfuscated?.pattern).toBe('hidd**.****ple');
    const secret = server.blocks.find((b) => b.obfuscated?.pattern === 'secr**.****ple');
    expect(secret).toMatchObject({ obfuscated: { digest: sha256('secret.example') } });
    expect(secret?.domain).toBeUndefined();
    expect(report.notes.some((n) => n.message.includes('2 resolved by digest, 1 kept unresolved'))).toBe(true);
  });
});
