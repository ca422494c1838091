import { describe, expect, it } from 'vitest';
import { emptyReport, formatItem, formatReport, reportChangesFile } from '../../../src/lib/import/report.ts';

describe('report', () => {
  const report = emptyReport('data/servers/x.example.yaml', 'list.csv');
  report.read = 4;
  report.decisions = 3;
  report.added.push({ at: 'line 2', target: 'a.example', message: 'suspend, on or before 2026-02-01' });
  report.kept.push({ at: 'line 3', target: 'b.example', message: 'already in the file (silence)' });
  report.unreadable.push({ at: 'line 4', target: 'c\u202eexample', message: 'bad' });
  report.skipped.push({ at: 'line 5', target: 'd.example', message: 'severity noop: not a block' });

  it('prints counts, then each item with its line; kept items only when verbose', () => {
    const lines = formatReport(report);
    expect(lines[0]).toBe('data/servers/x.example.yaml ← list.csv');
    expect(lines[1]).toBe('  4 read, 3 decisions → 1 added, 0 changed, 1 kept, 1 skipped, 1 unreadable');
    expect(lines).toContain('    line 2: a.example: suspend, on or before 2026-02-01');
    expect(lines).toContain('  could not read (1):');
    expect(lines.some((l) => l.includes('b.example'))).toBe(false);
    expect(formatReport(report, { verbose: true }).some((l) => l.includes('line 3: b.example'))).toBe(true);
  });

  it('keeps every item on one safe line', () => {
    expect(formatItem({ at: 'line 4', target: 'c\u202eexample', message: 'two\nlines' })).toBe('line 4: c\\u202eexample: two\\u000alines');
    expect(formatItem({ target: '', message: 'file-level' })).toBe('file-level');
  });

  it('knows whether the file changes', () => {
    expect(reportChangesFile(report)).toBe(true);
    expect(reportChangesFile(emptyReport('f', 's'))).toBe(false);
  });
});
