import { describe, expect, it } from 'vitest';
import { realDate } from '../../../src/lib/rules/real-date.ts';
import { schema } from '../../../src/lib/rules/schema.ts';
import { userCounts } from '../../../src/lib/rules/user-counts.ts';
import { urlScheme } from '../../../src/lib/rules/url-scheme.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const users = (body: string) => variant('blocklist:\n', `users:\n${body}blocklist:\n`);
const GOOD = '  total: 1200\n  active_month: 300\n  counted: 2026-01-02\n  evidence: {url: https://atlas-test.example/nodeinfo/2.0, retrieved: 2026-01-02, kind: api}\n';

describe('user-counts', () => {
  it('accepts a file without users, and consistent counts', () => {
    expect(run(userCounts, VALID)).toEqual([]);
    expect(run(undefined, users(GOOD))).toEqual([]);
    expect(run(undefined, users(GOOD.replace('  active_month: 300\n', '')))).toEqual([]);
  });
  it('rejects more active accounts than accounts', () => {
    expect(run(userCounts, users(GOOD.replace('active_month: 300', 'active_month: 1201')))).toEqual([
      `${F}:21:17 error user-counts: active_month 1201 is above total 1200: active accounts are some of all accounts`,
    ]);
  });
  it('rejects counts for a day after their source was read', () => {
    expect(run(userCounts, users(GOOD.replace('counted: 2026-01-02', 'counted: 2026-01-03')))).toEqual([
      `${F}:22:12 error user-counts: counted "2026-01-03" is after the evidence was read ("2026-01-02"): a source cannot give counts for a later day`,
    ]);
  });
  it('the schema wants whole numbers and evidence; dates and URLs are checked like the others', () => {
    expect(run(schema, users(GOOD.replace('total: 1200', 'total: 12.5'))).join('\n')).toMatch(/users\.total/);
    expect(run(schema, users('  total: 5\n  counted: 2026-01-02\n')).join('\n')).toMatch(/users\.evidence/);
    expect(run(realDate, users(GOOD.replace('counted: 2026-01-02', 'counted: 2026-02-30')))).toHaveLength(1);
    expect(run(urlScheme, users(GOOD.replace('https://atlas-test.example/nodeinfo/2.0', 'http://atlas-test.example/nodeinfo/2.0')))).toHaveLength(1);
  });
});
