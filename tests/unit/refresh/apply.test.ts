/** Applying one reading to a server file (synthetic files and lists). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyReading, UNREAD_NOTE, type Reading } from '../../../src/lib/refresh/apply.ts';
import { Server } from '../../../src/lib/schema/server.ts';

const hash = (t: string) => createHash('sha256').update(t).digest('hex');
const LIST_URL = 'https://s.example/api/v1/instance/domain_blocks';
const NODEINFO = { url: 'https://s.example/nodeinfo/2.0', text: '{"software":{"name":"mastodon"},"usage":{"users":{"total":10,"activeMonth":3}}}' };
const ctx = { file: 'data/servers/s.example.yaml', domain: 's.example', day: '2026-12-01', known: new Set<string>(), hash };

function file(blocklist: string, blocks = ''): string {
  return `# yaml-language-server: $schema=../../public/schema/server.schema.json
domain: s.example
name: S
focus: [place]
languages: [en]
software: mastodon
links:
  home: https://s.example
sources:
  - url: https://directory.example/s.example
    retrieved: 2026-01-02
    covers: [name, focus, languages, software]
${blocklist}${blocks}`;
}

const PUBLISHED = (kind: string, day = '2026-11-01', url = LIST_URL) => `blocklist:
  status: published
  evidence:
    url: ${url}
    retrieved: ${day}
    kind: ${kind}
`;
const TWO = `blocks:
  - domain: gone.example
    severity: suspend
    since: {on_or_before: 2026-11-01}
  - domain: told.example
    severity: suspend
    since: 2026-10-01
    evidence:
      url: https://s.example/@admin/1
      retrieved: 2026-10-02
      kind: announcement
`;

const read = (list: unknown[] | string): Reading => ({
  kind: 'read',
  nodeinfo: NODEINFO,
  software: 'mastodon',
  list: { format: 'mastodon-json', url: LIST_URL, text: typeof list === 'string' ? list : JSON.stringify(list) },
  redirects: [],
});

const parsed = (text: string) => Server.parse(parse(text, { version: '1.2' }));

describe('applying a reading', () => {
  it('a failure leaves the text exactly as it was', () => {
    const before = file(PUBLISHED('block-list'), TWO);
    for (const kind of ['no-answer', 'bad-answer'] as const) {
      const r = applyReading(before, { kind, reason: 'x', nodeinfo: NODEINFO, redirects: [] }, ctx);
      expect(r.text).toBe(before);
      expect(r.summary).toMatchObject({ outcome: kind, changedFile: false });
      expect(r.summary.users).toBeUndefined();
    }
    const garbled = applyReading(before, read('[{"domain":'), ctx);
    expect(garbled.text).toBe(before);
    expect(garbled.summary.outcome).toBe('bad-answer');
  });

  it('lifts a decision read from the previous full list (also an archived copy), never one with other evidence', () => {
    for (const kind of ['block-list', 'archive']) {
      const r = applyReading(file(PUBLISHED(kind), TWO), read([]), ctx);
      const s = parsed(r.text);
      expect(s.blocks.find((b) => b.domain === 'gone.example')).toMatchObject({ until: '2026-12-01', last_seen: '2026-11-01' });
      expect(s.blocks.find((b) => b.domain === 'told.example')!.until).toBeUndefined();
      expect(r.summary.lifted).toEqual(['gone.example: suspend, last seen 2026-11-01, lifted by 2026-12-01']);
    }
  });

  it('lifts nothing when an entry of the list could not be read, or the last reading was today', () => {
    const partly = applyReading(file(PUBLISHED('block-list'), TWO), read([{ domain: 'https://odd', severity: 'suspend' }]), ctx);
    expect(partly.summary.lifted).toEqual([]);
    expect(partly.summary.notes).toContain('the list has entries that could not be read (or hides some): no decision is marked lifted');
    const today = applyReading(file(PUBLISHED('block-list', '2026-12-01'), TWO), read([]), ctx);
    expect(today.summary.lifted).toEqual([]);
  });

  it('a second reading on the same day changes nothing', () => {
    const once = applyReading(file(PUBLISHED('block-list'), TWO), read([{ domain: 'new.example', severity: 'silence' }]), ctx).text;
    const twice = applyReading(once, read([{ domain: 'new.example', severity: 'silence' }]), ctx);
    expect(twice.text).toBe(once);
    expect(twice.summary).toMatchObject({ added: [], lifted: [], changed: [], changedFile: false });
  });

  it('notes why an unknown list is still unknown, replacing the placeholder but never a curator\'s note', () => {
    const unknown = (note: string) => file(`blocklist:\n  status: unknown\n  note: ${note}\n`);
    const reading: Reading = { kind: 'not-public', reason: `${LIST_URL} answered HTTP 403: hidden`, nodeinfo: NODEINFO, software: 'mastodon', redirects: [] };
    const r = applyReading(unknown(UNREAD_NOTE), reading, ctx);
    expect(parsed(r.text).blocklist).toEqual({ status: 'unknown', note: `Checked on 2026-12-01: ${LIST_URL} answered HTTP 403: hidden.` });
    expect(parsed(r.text).users).toMatchObject({ total: 10, active_month: 3, counted: '2026-12-01' });
    const curated = applyReading(unknown('The admins say they will publish it in 2027.'), reading, ctx);
    expect(parsed(curated.text).blocklist.note).toBe('The admins say they will publish it in 2027.');
    expect(curated.summary.notes[0]).toMatch(/^blocklist\.note kept as a curator wrote it/);
  });

  it('keeps a published file\'s reading when its list has since become hidden', () => {
    const before = file(PUBLISHED('block-list'), TWO);
    const r = applyReading(before, { kind: 'not-public', reason: 'hidden', nodeinfo: NODEINFO, redirects: [] }, ctx);
    expect(parsed(r.text).blocklist).toEqual(parsed(before).blocklist);
    expect(parsed(r.text).blocks).toEqual(parsed(before).blocks);
  });

  it('an Akkoma NodeInfo without mrf_simple is a list that is not public', () => {
    const doc = '{"software":{"name":"akkoma"},"usage":{"users":{"total":5}},"metadata":{"federation":{"enabled":true}}}';
    const r = applyReading(file(`blocklist:\n  status: unknown\n  note: ${UNREAD_NOTE}\n`), { kind: 'read', nodeinfo: { url: 'https://s.example/nodeinfo/2.1', text: doc }, software: 'akkoma', list: { format: 'akkoma', url: 'https://s.example/nodeinfo/2.1', text: doc }, redirects: [] }, ctx);
    expect(r.summary.outcome).toBe('not-public');
    expect(parsed(r.text).blocklist.note).toContain('has no metadata.federation.mrf_simple');
  });
});
