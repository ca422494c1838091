import { describe, expect, it } from 'vitest';
import { readAkkoma } from '../../../src/lib/import/akkoma.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, parseServer, sha256 } from './helpers.ts';

describe('akkoma (Pleroma/Akkoma mrf_simple)', () => {
  const read = readAkkoma(fixture('akkoma-nodeinfo.json'));
  const get = (d: string) => read.entries.find((e) => e.domain === d);

  it('maps reject to suspend with flags from media_removal and report_removal, keeping the original action and reason', () => {
    expect(get('spam.example')).toEqual({
      at: 'mrf_simple.reject[0]',
      domain: 'spam.example',
      severity: 'suspend',
      original: 'reject',
      reject_media: true,
      reject_reports: true,
      comment: 'spam',
    });
  });

  it('maps followers_only and federated_timeline_removal to silence, joining the actions and their reasons', () => {
    expect(get('noisy.example')).toMatchObject({ severity: 'silence', original: 'federated_timeline_removal', comment: 'too many bots' });
    expect(get('both.example')).toMatchObject({ severity: 'silence', original: 'followers_only + federated_timeline_removal', comment: 'harassment; loud' });
  });

  it('reads a wildcard and its reason', () => {
    expect(get('wild.example')).toMatchObject({ severity: 'suspend', original: 'reject', comment: 'everything under it', note: expect.stringContaining('*.wild.example') });
  });

  it('skips actions that are not blocks and reports unreadable domains by their place in mrf_simple', () => {
    expect(read.skipped.map((s) => [s.target, s.message])).toEqual([
      ['avatars.example', 'not a block: avatar_removal only'],
      ['nsfw.example', 'not a block: media_nsfw only'],
      ['media-only.example', 'not a block: media_removal only'],
    ]);
    expect(read.unreadable).toEqual([{ at: 'mrf_simple.reject[2]', target: 'not a domain', message: expect.any(String) }]);
    expect(read.read).toBe(read.entries.length + read.skipped.length + read.unreadable.length);
  });

  it('says when a document has no mrf_simple', () => {
    expect(readAkkoma(JSON.stringify({ version: '2.0', metadata: {} })).unreadable[0]?.message).toContain('mrf_simple');
  });

  it('notes an allow-list', () => {
    const text = JSON.stringify({ metadata: { federation: { mrf_simple: { accept: ['only.example'], reject: [] } } } });
    expect(readAkkoma(text).notes[0]?.message).toContain('federates only with those');
  });

  it('imports into a valid server file', () => {
    const { text } = importBlockList({
      format: 'akkoma',
      text: fixture('akkoma-nodeinfo.json'),
      serverText: fixture('server-bare.yaml'),
      file: 'bare.example.yaml',
      source: 'akkoma-nodeinfo.json',
      evidence: { url: 'https://bare.example/nodeinfo/2.1', retrieved: '2026-02-01' },
      known: [],
      hash: sha256,
    });
    const server = parseServer(text);
    expect(server.blocks.map((b) => `${b.domain}:${b.severity}:${b.original}`)).toEqual([
      'both.example:silence:followers_only + federated_timeline_removal',
      'noisy.example:silence:federated_timeline_removal',
      'spam.example:suspend:reject',
      'wild.example:suspend:reject',
    ]);
    expect(server.blocklist).toMatchObject({ status: 'published', evidence: { kind: 'block-list', url: 'https://bare.example/nodeinfo/2.1' } });
  });
});
