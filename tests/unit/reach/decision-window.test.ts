/** When a decision surely and possibly counts, at every precision. */
import { describe, expect, it } from 'vitest';
import { decisionInForce, decisionWindow } from '../../../src/lib/reach/decision-window.ts';

describe('decisionWindow', () => {
  it('an exact since: surely from that day, no doubt before it', () => {
    expect(decisionWindow({ since: '2025-01-19' })).toEqual({ surelyFrom: '2025-01-19', possiblyFrom: '2025-01-19' });
  });
  it('a year or a month: surely from its last day, possibly from its first', () => {
    expect(decisionWindow({ since: '2023' })).toEqual({ surelyFrom: '2023-12-31', possiblyFrom: '2023-01-01' });
    expect(decisionWindow({ since: '2024-02' })).toEqual({ surelyFrom: '2024-02-29', possiblyFrom: '2024-02-01' });
  });
  it('on or before: surely from its (last) day, possibly from any earlier day', () => {
    expect(decisionWindow({ since: { on_or_before: '2024-11-02' } })).toEqual({ surelyFrom: '2024-11-02' });
    expect(decisionWindow({ since: { on_or_before: '2024-11' } })).toEqual({ surelyFrom: '2024-11-30' });
  });
  it('until: surely ended from the last day it can mean, surely in force before the first', () => {
    expect(decisionWindow({ since: '2023-01-01', until: '2024-05' })).toEqual({ surelyFrom: '2023-01-01', possiblyFrom: '2023-01-01', surelyUntil: '2024-05-01', possiblyUntil: '2024-05-31' });
  });
});

describe('decisionInForce', () => {
  it('in force from since (inclusive) to until (exclusive) at day precision', () => {
    const d = { since: '2024-01-10', until: '2024-01-20' };
    expect(['2024-01-09', '2024-01-10', '2024-01-19', '2024-01-20'].map((t) => decisionInForce(d, t))).toEqual(['out', 'in', 'in', 'out']);
  });
  it('a year since and a month until that leave no sure day: maybe, then out', () => {
    const d = { since: '2023', until: '2023-06' };
    expect(['2022-12-31', '2023-01-01', '2023-06-29', '2023-06-30', '2023-12-31'].map((t) => decisionInForce(d, t))).toEqual(['out', 'maybe', 'maybe', 'out', 'out']);
  });
  it('on or before: maybe on any earlier day, however early', () => {
    expect(decisionInForce({ since: { on_or_before: '2024-11-02' } }, '1990-01-01')).toBe('maybe');
  });
  it('with last_seen, counts a lifted decision surely through last_seen and possibly until until', () => {
    const d = { since: '2023-01-13', last_seen: '2023-05-10', until: '2023-06-01' } as const;
    expect(['2023-05-10', '2023-05-11', '2023-05-31', '2023-06-01'].map((day) => decisionInForce(d, day))).toEqual(['in', 'maybe', 'maybe', 'out']);
  });
});
