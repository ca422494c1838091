/** Day arithmetic of the as-of replay. */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clampDay, daysBetween, playDays } from '../../../src/lib/map/replay.ts';

describe('replay days', () => {
  it('counts and adds days across months, years and leap days', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-01', '2023-12-31')).toBe(-398);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('steps by months, keeping within the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2025-01-19', -1)).toBe('2024-12-19');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('clamps a day to a range', () => {
    expect(clampDay('2019-01-01', '2020-01-01', '2026-11-26')).toBe('2020-01-01');
    expect(clampDay('2030-01-01', '2020-01-01', '2026-11-26')).toBe('2026-11-26');
    expect(clampDay('2023-12-31', '2020-01-01', '2026-11-26')).toBe('2023-12-31');
  });

  it('plays every step, the end, and every change day in range', () => {
    expect(playDays('2025-01-01', '2025-01-20', 7, ['2025-01-19', '2024-12-01', '2025-02-01'])).toEqual(['2025-01-01', '2025-01-08', '2025-01-15', '2025-01-19', '2025-01-20']);
    expect(playDays('2025-01-20', '2025-01-20', 7)).toEqual(['2025-01-20']);
  });
});
