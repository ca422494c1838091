/** The reader's period: its first day by the calendar, and which answers it leaves out (worked out by hand). */
import { describe, expect, it } from 'vitest';
import { outsidePeriod, periodStart } from '../../../src/lib/map/period.ts';

describe('periodStart', () => {
  it('goes back whole calendar months, keeping the day when the month has it and the month\'s last day otherwise', () => {
    expect(periodStart('2026-04-12', 12)).toBe('2025-04-12');
    expect(periodStart('2026-04-12', 60)).toBe('2021-04-12');
    expect(periodStart('2024-02-29', 12)).toBe('2023-02-28');
    expect(periodStart('2026-03-31', 24)).toBe('2024-03-31');
  });
});

describe('outsidePeriod', () => {
  const day = '2026-04-12';
  it('leaves out a known answer last confirmed before the period began, and keeps one confirmed on its first day', () => {
    expect(outsidePeriod({ state: 'suspends', confirmed: '2025-04-11' }, day, 12)).toBe(true);
    expect(outsidePeriod({ state: 'suspends', confirmed: '2025-04-12' }, day, 12)).toBe(false);
    expect(outsidePeriod({ state: 'reaches', confirmed: '2025-04-11' }, day, 24)).toBe(false);
  });
  it('leaves out a known answer with no confirmation, never an unknown one, and nothing without a period', () => {
    expect(outsidePeriod({ state: 'limits' }, day, 60)).toBe(true);
    expect(outsidePeriod({ state: 'unknown' }, day, 12)).toBe(false);
    expect(outsidePeriod({ state: 'limits' }, day, undefined)).toBe(false);
    expect(outsidePeriod({ state: 'suspends', confirmed: '2001-01-01' }, day, undefined)).toBe(false);
  });
});
