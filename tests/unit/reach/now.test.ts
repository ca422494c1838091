import { describe, expect, it } from 'vitest';
import { reach } from '../../../src/lib/reach/reach.ts';
import { reachNow } from '../../../src/lib/reach/now.ts';
import { community, decision } from './helpers.ts';

describe('reachNow', () => {
  const read = '2026-04-12';
  const published = community('pub.example', 'published', [decision('spam.example', 'suspend', { on_or_before: '2025-01-01' })], read);

  it('says reaches as of the latest reading, not of today, when nothing covers the domain', () => {
    expect(reach(published, 'threads.net', '2026-11-26').state).toBe('unknown');
    const now = reachNow(published, 'threads.net', '2026-11-26');
    expect([now.state, now.asOf]).toEqual(['reaches', read]);
  });
  it('lets a decision in force today decide, dated today', () => {
    const later = { ...published, blocks: [...published.blocks, decision('threads.net', 'suspend', '2026-06-01')] };
    const now = reachNow(later, 'threads.net', '2026-11-26');
    expect([now.state, now.asOf]).toEqual(['suspends', '2026-11-26']);
  });
  it('never turns a lifted decision after the reading into reaches', () => {
    const lifted = { ...published, blocks: [...published.blocks, decision('threads.net', 'silence', '2024-01-01', { until: '2026-09-01' })] };
    expect(reachNow(lifted, 'threads.net', '2026-11-26').state).toBe('unknown');
  });
  it('keeps unknown and partial lists unknown', () => {
    expect(reachNow(community('u.example', 'unknown'), 'threads.net', '2026-11-26').state).toBe('unknown');
    expect(reachNow(community('p.example', 'partial', [decision('x.example', 'suspend', '2024-01-01')]), 'threads.net', '2026-11-26').state).toBe('unknown');
  });
});
