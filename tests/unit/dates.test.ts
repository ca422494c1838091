import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, isRealDate, isRealDay } from '../../src/lib/dates.ts';
import { assertDay } from '../../src/lib/reach/day.ts';

/** A day's text is real exactly when the calendar, read by `Date` in UTC, writes it back unchanged. */
const calendarSays = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/** Texts near a day's shape: digits, dashes and a few other characters, 8 to 12 long. */
const nearDays = fc.stringMatching(/^[0-9]{3,5}[-/0-9]{1,2}[0-9]{1,2}[-0-9 ]{1,2}[0-9a٣]{1,3}$/);
const dayLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('isRealDay', () => {
  it('agrees with the calendar on every day-shaped text (years 0000–9999, months 00–13, days 00–32)', () => {
    fc.assert(fc.property(dayLike, (text) => isRealDay(text) === calendarSays(text)), { numRuns: 20000 });
  });
  it('agrees with isRealDate at day precision on texts of other shapes', () => {
    fc.assert(fc.property(fc.oneof(nearDays, fc.string({ maxLength: 12 })), (text) => isRealDay(text) === (/^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text))), { numRuns: 20000 });
  });
  it('takes leap days only in leap years, and refuses the shapes of other precisions', () => {
    expect(['2024-02-29', '2000-02-29', '2023-12-31', '2023-01-01'].every(isRealDay)).toBe(true);
    expect(['1900-02-29', '2023-02-29', '2023-04-31', '2023-00-10', '2023-13-01', '2023-01-00', '2023-01', '2023', '2023-1-01', ' 2023-01-01', '2023-01-01 ', '２０２３-01-01', '2023/01/01'].some(isRealDay)).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('is the day before the next month begins, for every month of four centuries', () => {
    for (let year = 1900; year < 2300; year++) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});

describe('assertDay', () => {
  it('returns a real day and throws a RangeError naming anything else', () => {
    expect(assertDay('2025-01-19')).toBe('2025-01-19');
    expect(() => assertDay('2025-02-30')).toThrow(RangeError);
    expect(() => assertDay('2025-01')).toThrow(/"2025-01"/);
  });
});
