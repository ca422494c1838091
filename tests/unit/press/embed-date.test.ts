/** The Embed dialog carries the replayed day of the page's address into the embed's query. */
import { describe, expect, it } from 'vitest';
import { embedQueryWithDate } from '../../../src/lib/press/embed-date.ts';

describe('embedQueryWithDate', () => {
  it('adds the page\'s date to a fixed query, in the canonical order', () => {
    expect(embedQueryWithDate('domain=threads.net', '?date=2023-12-31')).toBe('domain=threads.net&date=2023-12-31');
    expect(embedQueryWithDate('lang=cy', '?lang=cy&date=2025-02-01&map=6/52.28/-3.49')).toBe('lang=cy&date=2025-02-01');
  });
  it('replaces the query\'s own date, and leaves the query alone without a (readable) date', () => {
    expect(embedQueryWithDate('domain=threads.net&date=2020-01-01', '?date=2023-12-31')).toBe('domain=threads.net&date=2023-12-31');
    expect(embedQueryWithDate('domain=threads.net', '')).toBe('domain=threads.net');
    expect(embedQueryWithDate('domain=threads.net', '?date=2023-02-30')).toBe('domain=threads.net');
  });
  it('carries the period answers are restricted to as well, so the embed counts as the page does', () => {
    expect(embedQueryWithDate('domain=threads.net', '?date=2023-12-31&confirmed=12')).toBe('domain=threads.net&date=2023-12-31&confirmed=12');
    expect(embedQueryWithDate('domain=threads.net', '?confirmed=24')).toBe('domain=threads.net&confirmed=24');
    expect(embedQueryWithDate('domain=threads.net', '?confirmed=7')).toBe('domain=threads.net');
  });
});
