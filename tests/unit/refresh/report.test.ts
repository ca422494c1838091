import { describe, expect, it } from 'vitest';
import type { ServerSummary } from '../../../src/lib/refresh/apply.ts';
import { markdownSummary, MAX_BODY, outcomeWords, prTitle, totalsLine, totals } from '../../../src/lib/refresh/report.ts';

const base = (domain: string, over: Partial<ServerSummary> = {}): ServerSummary => ({ domain, file: `data/servers/${domain}.yaml`, outcome: 'read', added: [], lifted: [], changed: [], notes: [], changedFile: false, ...over });

describe('the refresh report', () => {
  it('says each outcome in a few words', () => {
    expect(outcomeWords(base('a.example'))).toBe('unchanged');
    expect(outcomeWords(base('a.example', { added: ['x', 'y'], lifted: ['z'] }))).toBe('2 added, 1 lifted');
    expect(outcomeWords(base('a.example', { outcome: 'not-public' }))).toBe('not public');
    expect(outcomeWords(base('a.example', { outcome: 'no-answer' }))).toBe('no answer');
  });

  it('adds the servers up', () => {
    const list = [base('a.example', { added: ['x'], changedFile: true }), base('b.example', { outcome: 'no-answer' }), base('c.example', { outcome: 'no-answer' })];
    expect(totalsLine(totals(list))).toBe('3 servers: 1 list read (1 file changed: 1 added, 0 lifted, 0 changed); 2 no answer');
    expect(prTitle('2026-12-01', list)).toBe('Block lists read on 2026-12-01: 1 added, 0 lifted, 0 changed on 1 server');
  });

  it('keeps a server\'s words from breaking the table or pinging anyone', () => {
    const md = markdownSummary('2026-12-01', [base('a.example', { added: ['entry 1: x.example: "| `@admin` <b>"'] })]);
    expect(md).toContain('- entry 1: x.example: "\\| \\`@\u200badmin\\` \\<b\\>"');
    expect(md).toContain('| a.example |  | 1 added |  |');
  });

  it('stays under the size GitHub accepts for a body', () => {
    const many = Array.from({ length: 3000 }, (_, i) => base(`s${i}.example`, { outcome: 'no-answer', reason: 'x'.repeat(200) }));
    const md = markdownSummary('2026-12-01', many);
    expect(md.length).toBeLessThanOrEqual(MAX_BODY);
    expect(md).toContain('cut to fit a pull request');
  });
});
