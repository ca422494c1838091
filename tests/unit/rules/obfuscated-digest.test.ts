import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fitsPattern, obfuscatedDigest } from '../../../src/lib/rules/obfuscated-digest.ts';
import { sha256Hex } from '../../../src/lib/sha256.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const real = (s: string) => createHash('sha256').update(s).digest('hex');

describe('obfuscated-digest', () => {
  it('the pure SHA-256 agrees with node:crypto on real domains and edge lengths', () => {
    for (const s of ['', 'threads.net', 'toot.wales', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Tŵt Cymru']) expect(sha256Hex(s)).toBe(real(s));
  });
  it('accepts a correctly resolved entry', () => {
    const text = variant('  - domain: beta.example\n', `  - domain: threads.net\n    obfuscated: {pattern: "thr**ds.net", digest: ${real('threads.net')}}\n`);
    expect(run(obfuscatedDigest, text)).toEqual([]);
  });
  it('reports a domain whose digest differs, and one that does not fit the pattern', () => {
    const text = variant('  - domain: beta.example\n', `  - domain: threads.com\n    obfuscated: {pattern: "thr**ds.net", digest: ${real('threads.net')}}\n`);
    expect(run(obfuscatedDigest, text)).toEqual([
      `${F}:31:13 error obfuscated-digest: "threads.com" does not fit the published pattern "thr**ds.net"`,
      `${F}:32:50 error obfuscated-digest: the SHA-256 of "threads.com" is not the published digest ${real('threads.net').slice(0, 12)}…: the domain was resolved wrongly`,
    ]);
  });
  it('matches patterns character by character', () => {
    expect(fitsPattern('threads.net', 'thr**ds.net')).toBe(true);
    expect(fitsPattern('threads.net', 'thr*ds.net')).toBe(false);
  });
});
