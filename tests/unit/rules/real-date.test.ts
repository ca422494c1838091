import { describe, expect, it } from 'vitest';
import { isRealDate, lastDay } from '../../../src/lib/dates.ts';
import { realDate } from '../../../src/lib/rules/real-date.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('real-date', () => {
  it('accepts real past dates at any precision', () => {
    expect(run(realDate, VALID)).toEqual([]);
    expect(['2024-02-29', '2023-06', '2023', '2000-02-29'].every(isRealDate)).toBe(true);
    expect(lastDay('2024-02')).toBe('2024-02-29');
  });
  it('rejects impossible dates', () => {
    expect(['2023-02-29', '2023-13', '2023-00-10', '1900-02-29', '2023-04-31'].some(isRealDate)).toBe(false);
    expect(run(realDate, variant('    retrieved: 2026-01-02\n    covers', '    retrieved: 2025-02-30\n    covers'))).toEqual([
      `${F}:17:16 error real-date: "2025-02-30" is not a real calendar date`,
    ]);
  });
  it('rejects dates after today, including inside on_or_before', () => {
    expect(run(realDate, variant('{on_or_before: 2023-07-04}', '{on_or_before: 2027-01-01}'))).toEqual([
      `${F}:33:27 error real-date: "2027-01-01" is in the future (today is 2026-11-26)`,
    ]);
  });
});
