import { describe, expect, it } from 'vitest';
import { latestRetrieved, resolveAsOf } from '../../src/lib/as-of.ts';
import { server } from './map/helpers.ts';

const evidence = (retrieved: string) => ({ url: 'https://x.example/list', retrieved });
const servers = [
  server('a.example'), // its source was read 2026-01-02
  server('b.example', { blocklist: { status: 'published', evidence: evidence('2026-02-10') } }),
  server('c.example', { blocklist: { status: 'partial' }, blocks: [{ domain: 'threads.net', severity: 'suspend', since: '2025-01-19', evidence: evidence('2026-03-01') }] }),
];

describe('latestRetrieved', () => {
  it('is the latest day any source, list or decision evidence was read', () => {
    expect(latestRetrieved(servers)).toBe('2026-03-01');
    expect(latestRetrieved(servers.slice(0, 2))).toBe('2026-02-10');
    expect(latestRetrieved(servers.slice(0, 1))).toBe('2026-01-02');
    expect(latestRetrieved([])).toBeUndefined();
  });

  it('does not depend on the order of the servers', () => {
    expect(latestRetrieved([...servers].reverse())).toBe('2026-03-01');
  });
});

describe('resolveAsOf', () => {
  it('ATLAS_TODAY wins when set', () => {
    expect(resolveAsOf('2025-01-19', servers, '2030-01-01')).toEqual({ day: '2025-01-19', source: 'env' });
    expect(resolveAsOf(' 2025-01-19 ', servers, '2030-01-01')).toEqual({ day: '2025-01-19', source: 'env' });
  });

  it('otherwise the latest day in the data, whatever day the build runs on', () => {
    expect(resolveAsOf(undefined, servers, '2030-01-01')).toEqual({ day: '2026-03-01', source: 'data' });
    expect(resolveAsOf('', servers, '2031-05-05')).toEqual({ day: '2026-03-01', source: 'data' });
  });

  it('falls back to the given day only when the data names none', () => {
    expect(resolveAsOf(undefined, [], '2030-01-01')).toEqual({ day: '2030-01-01', source: 'fallback' });
  });

  it('refuses an ATLAS_TODAY that is not a real day', () => {
    expect(() => resolveAsOf('2025-02-30', servers, '2030-01-01')).toThrow(/ATLAS_TODAY/);
    expect(() => resolveAsOf('yesterday', servers, '2030-01-01')).toThrow(RangeError);
  });
});
