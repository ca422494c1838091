import { describe, expect, it } from 'vitest';
import { readMastodonJson } from '../../../src/lib/import/mastodon-json.ts';
import { fixture, sha256 } from './helpers.ts';

describe('mastodon-json', () => {
  it('reads domain, digest, severity and comment; patterns keep their digest', () => {
    const read = readMastodonJson(fixture('domain_blocks.json'));
    expect(read.read).toBe(8);
    const [spam, threads, loud] = read.entries;
    expect(spam).toEqual({ at: 'entry 1', domain: 'spam.example', digest: sha256('spam.example'), severity: 'suspend', comment: 'Spam, and lots of it' });
    expect(threads).toEqual({ at: 'entry 2', obfuscated: { pattern: 'thr****.*et', digest: sha256('threads.net') }, severity: 'suspend', comment: 'Meta' });
    expect(loud).toEqual({ at: 'entry 3', domain: 'loud.example', digest: sha256('loud.example'), severity: 'silence' });
  });

  it('turns a *. wildcard into its domain with a note, skips noop, and reports an unknown severity by entry number', () => {
    const read = readMastodonJson(fixture('domain_blocks.json'));
    const wild = read.entries.find((e) => e.domain === 'wild.example');
    expect(wild?.note).toContain('*.wild.example');
    expect(read.skipped).toEqual([{ at: 'entry 7', target: 'nothing.example', message: expect.stringContaining('noop') }]);
    expect(read.unreadable).toEqual([{ at: 'entry 8', target: 'broken.example', message: expect.stringContaining('"block"') }]);
  });

  it('says plainly when the text is not JSON or not a list', () => {
    expect(readMastodonJson('<!DOCTYPE html><html>').unreadable[0]?.message).toMatch(/not JSON \(it looks like HTML\)/);
    expect(readMastodonJson('{"error":"This method requires an authenticated user"}').unreadable[0]?.message).toContain('requires an authenticated user');
    expect(readMastodonJson('[1, {"severity":"suspend"}]').unreadable.map((u) => u.at)).toEqual(['entry 1', 'entry 2']);
  });

  it("reads the admin API's shape (public_comment, flags, obfuscate)", () => {
    const text = JSON.stringify([{ id: '1', domain: 'x.example', severity: 'silence', reject_media: true, reject_reports: false, public_comment: 'why', obfuscate: true }]);
    expect(readMastodonJson(text).entries).toEqual([{ at: 'entry 1', domain: 'x.example', severity: 'silence', reject_media: true, comment: 'why', obfuscate: true }]);
  });
});
