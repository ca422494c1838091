import { describe, expect, it } from 'vitest';
import { contradictoryDecisions } from '../../../src/lib/rules/contradictory-decisions.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('contradictory-decisions', () => {
  it('accepts successive decisions that do not overlap', () => {
    expect(run(contradictoryDecisions, VALID)).toEqual([]);
  });
  it('reports a limit and a suspension in force on the same day', () => {
    expect(run(contradictoryDecisions, variant('    until: 2024-01-01\n', ''))).toEqual([
      `${F}:26:5 error contradictory-decisions: silence (blocks[0], line 22) and suspend on "alpha.example" are both in force from 2024-01-01: give the earlier one an until date`,
    ]);
  });
  it('reports two overlapping decisions of one severity', () => {
    const text = variant('    until: 2024-01-01\n', '', variant('    severity: silence\n', '    severity: suspend\n'));
    expect(run(contradictoryDecisions, text)).toEqual([
      `${F}:26:5 error contradictory-decisions: two suspend decisions on "alpha.example" are both in force from 2024-01-01 (see blocks[0], line 22): give the earlier one an until date`,
    ]);
  });
});
