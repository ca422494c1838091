import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../../src/lib/i18n/format.ts';

describe('formatDate', () => {
  it('writes a day in words of the language, as a UTC day', () => {
    expect(formatDate('en-GB', '2025-01-19')).toBe('19 January 2025');
    expect(formatDate('cy', '2025-01-19')).toBe('19 Ionawr 2025');
    expect(formatDate('en-GB', '2023-12-31')).toBe('31 December 2023');
  });
  it('keeps the precision the data has', () => {
    expect(formatDate('en-GB', '2023-07')).toBe('July 2023');
    expect(formatDate('cy', '2023-07')).toBe('Gorffennaf 2023');
    expect(formatDate('cy', '2023')).toBe('2023');
  });
  it('returns what it cannot read as a date unchanged', () => {
    expect(formatDate('en-GB', '2023-02-30')).toBe('2023-02-30');
    expect(formatDate('en-GB', '2023-13')).toBe('2023-13');
    expect(formatDate('en-GB', 'on or before 2023')).toBe('on or before 2023');
  });
});

describe('formatNumber and formatPercent', () => {
  it('group digits per language', () => {
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('cy', 12345)).toBe('12,345');
    expect(formatNumber('de', 12345)).toBe('12.345');
  });
  it('write shares as percentages with at most one decimal', () => {
    expect(formatPercent('en', 0.1234)).toBe('12.3%');
    expect(formatPercent('cy', 1)).toBe('100%');
  });
});
