/** NodeInfo user counts (synthetic documents; every domain is under .example). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeInfoHref, readNodeInfoUsers, setUsers } from '../../../src/lib/import/nodeinfo-users.ts';
import { Server } from '../../../src/lib/schema/server.ts';
import { parseYamlFile } from '../../../src/lib/yaml/parse.ts';

describe('nodeInfoHref', () => {
  it('picks the newest https NodeInfo 2.x document', () => {
    const text = JSON.stringify({
      links: [
        { rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: 'https://a.example/nodeinfo/2.0' },
        { rel: 'http://nodeinfo.diaspora.software/ns/schema/2.1', href: 'https://a.example/nodeinfo/2.1' },
        { rel: 'http://nodeinfo.diaspora.software/ns/schema/1.0', href: 'https://a.example/nodeinfo/1.0' },
      ],
    });
    expect(nodeInfoHref(text)).toEqual({ ok: true, url: 'https://a.example/nodeinfo/2.1' });
  });
  it('refuses plain http, missing links and bad JSON', () => {
    expect(nodeInfoHref(JSON.stringify({ links: [{ rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: 'http://a.example/n' }] })).ok).toBe(false);
    expect(nodeInfoHref('{}')).toEqual({ ok: false, message: '/.well-known/nodeinfo has no "links" list' });
    expect(nodeInfoHref('<html>').ok).toBe(false);
  });
});

describe('readNodeInfoUsers', () => {
  it('reads usage.users.total and activeMonth from the fixture', () => {
    expect(readNodeInfoUsers(readFileSync('tests/fixtures/import/nodeinfo-users.json', 'utf8'))).toEqual({ ok: true, total: 1234, activeMonth: 321 });
  });
  it('needs a whole total; activeMonth is optional but must fit', () => {
    expect(readNodeInfoUsers(JSON.stringify({ usage: { users: { total: 5 } } }))).toEqual({ ok: true, total: 5 });
    expect(readNodeInfoUsers(JSON.stringify({ usage: { users: {} } })).ok).toBe(false);
    expect(readNodeInfoUsers(JSON.stringify({ usage: { users: { total: 5.5 } } })).ok).toBe(false);
    expect(readNodeInfoUsers(JSON.stringify({ usage: { users: { total: 5, activeMonth: 6 } } }))).toEqual({ ok: false, message: 'usage.users.activeMonth (6) is above usage.users.total (5)' });
  });
});

describe('setUsers', () => {
  const text = readFileSync('tests/fixtures/import/server-bare.yaml', 'utf8');
  const users = { total: 1234, active_month: 321, counted: '2026-01-02', evidence: { url: 'https://bare.example/nodeinfo/2.0', retrieved: '2026-01-02', kind: 'api' } };

  it('places users before blocklist, keeps the rest, and the result passes the schema', () => {
    const out = setUsers(text, users);
    expect(out).toContain('users:\n  total: 1234\n  active_month: 321\n  counted: 2026-01-02\n  evidence:\n    url: https://bare.example/nodeinfo/2.0\n    retrieved: 2026-01-02\n    kind: api\nblocklist:');
    expect(out.split('\n')[0]).toBe(text.split('\n')[0]);
    expect(Server.safeParse(parseYamlFile('x.yaml', out).value).success).toBe(true);
  });
  it('replaces counts already there, in place', () => {
    const once = setUsers(text, users);
    const twice = setUsers(once, { ...users, total: 2000, active_month: undefined as unknown as number });
    expect(twice).toContain('users:\n  total: 2000\n  counted: 2026-01-02');
    expect(twice.match(/^users:/gm)).toHaveLength(1);
  });
});
