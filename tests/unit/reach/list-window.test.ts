/** The days a published list speaks for. */
import { describe, expect, it } from 'vitest';
import { listReadings, listWindow } from '../../../src/lib/reach/list-window.ts';
import { community, decision, fixture } from './helpers.ts';

describe('listWindow', () => {
  it('from the earliest whole reading to blocklist.evidence.retrieved', () => {
    expect(listWindow(fixture('published.example'))).toEqual({ from: '2024-11-02', to: '2026-03-04' });
    expect(listWindow(fixture('precision.example'))).toEqual({ from: '2022-06-01', to: '2026-03-04' });
  });
  it('a list read once speaks for that one day', () => {
    expect(listWindow(community('c.example', 'published', [], '2025-05-05'))).toEqual({ from: '2025-05-05', to: '2025-05-05' });
  });
  it('only evidence of kind block-list counts as a reading: an archive snapshot or an announcement does not', () => {
    const ev = (kind: 'archive' | 'announcement' | 'block-list', retrieved: string) => ({ evidence: { url: 'https://c.example/x', retrieved, kind } });
    const c = community('c.example', 'published', [decision('a.example', 'suspend', '2020', ev('archive', '2020-05-01')), decision('b.example', 'suspend', '2020', ev('announcement', '2020-06-01')), decision('d.example', 'suspend', '2020', ev('block-list', '2021-07-01'))], '2025-05-05');
    expect(listReadings(c)).toEqual(['2021-07-01', '2025-05-05']);
    expect(listWindow(c)).toEqual({ from: '2021-07-01', to: '2025-05-05' });
  });
  it('a reading later than the list-level one does not extend the window', () => {
    const c = community('c.example', 'published', [decision('a.example', 'suspend', '2020', { evidence: { url: 'https://c.example/x', retrieved: '2026-01-01', kind: 'block-list' } })], '2025-05-05');
    expect(listWindow(c)).toEqual({ from: '2025-05-05', to: '2025-05-05' });
  });
  it('none for a partial or unknown list, or a published one with no reading day', () => {
    expect(listWindow(fixture('partial.example'))).toBeUndefined();
    expect(listWindow(fixture('unknown.example'))).toBeUndefined();
    expect(listWindow(community('c.example', 'published'))).toBeUndefined();
  });
});
