/**
 * A lift and a later relisting of one domain: two decisions, one per listed span (as the history importer writes
 * an archive's spans). Synthetic dates on synthetic .example domains.
 */
import { describe, expect, it } from 'vitest';
import { reach } from '../../../src/lib/reach/reach.ts';
import { community, decision } from './helpers.ts';

/** Listed from 2023-01-13 (first archived sighting) to 2023-01-21, gone by 2023-01-24, listed again from 2023-01-31. */
const spans = [
  decision('relisted.example', 'suspend', { on_or_before: '2023-01-13' }, { until: '2023-01-24', last_seen: '2023-01-21' }),
  decision('relisted.example', 'silence', '2023-01-31'),
];
const archiveEvidence = (day: string) => ({ url: `https://archive.example/blob/${'a'.repeat(40)}/list.csv`, retrieved: day, kind: 'block-list' as const });

describe('a lift and a relisting of one domain', () => {
  // Read whole on 2023-01-13 and on 2023-02-10: the list speaks for every day in between, the gap included.
  const c = {
    ...community('reader.example', 'published', spans, '2023-02-10'),
    blocks: [...spans, decision('other.example', 'suspend', '2023-01-01', { evidence: archiveEvidence('2023-01-13') })],
  };

  it('suspends before the lift', () => {
    const r = reach(c, 'relisted.example', '2023-01-20');
    expect(r.state).toBe('suspends');
    expect(r.decision?.until).toBe('2023-01-24');
  });

  it('reaches during the gap, where the list is read and names nothing', () => {
    // No reading falls in the gap: the state rests on the lift's day (`until`), the first day of the run.
    expect(reach(c, 'relisted.example', '2023-01-27')).toEqual({ state: 'reaches', reason: 'no-decision', possible: ['reaches'], confirmed: '2023-01-24' });
  });

  it('limits after the relisting, with the second decision', () => {
    const r = reach(c, 'relisted.example', '2023-02-05');
    expect(r.state).toBe('limits');
    expect(r.decision?.since).toBe('2023-01-31');
  });

  it('is unknown between last_seen and until, where the lift may or may not have happened', () => {
    expect(reach(c, 'relisted.example', '2023-01-22')).toMatchObject({ state: 'unknown', reason: 'uncertain-decision', possible: ['suspends', 'reaches'] });
  });

  it('does not depend on the order of the two decisions in the file', () => {
    const reversed = { ...c, blocks: [...c.blocks].reverse() };
    for (const day of ['2023-01-20', '2023-01-27', '2023-02-05']) expect(reach(reversed, 'relisted.example', day)).toEqual(reach(c, 'relisted.example', day));
  });

  it('is unknown in the gap when the list was not read then (only its later reading is known)', () => {
    const late = community('reader.example', 'published', spans, '2023-02-10');
    expect(reach(late, 'relisted.example', '2023-01-27')).toEqual({ state: 'unknown', reason: 'before-list-read', possible: ['suspends', 'limits', 'reaches'] });
    expect(reach(late, 'relisted.example', '2023-02-10').state).toBe('limits');
  });
});
