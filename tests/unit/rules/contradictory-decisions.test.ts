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

/** One domain listed, lifted and listed again (an archive's two spans), the second span starting the day the first ended. */
const RELISTED = `  - domain: gamma.example
    severity: suspend
    since: {on_or_before: 2023-01-13}
    until: 2023-01-24
    last_seen: 2023-01-21
    evidence: {url: https://archive.example/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/list.csv, retrieved: 2023-01-13, kind: archive}
  - domain: gamma.example
    severity: suspend
    since: 2023-01-24
    evidence: {url: https://archive.example/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/list.csv, retrieved: 2023-01-31, kind: archive}
`;

describe('contradictory-decisions on a lift and a relisting', () => {
  it('accepts consecutive spans of one severity on one domain that do not overlap', () => {
    expect(run(contradictoryDecisions, VALID + RELISTED)).toEqual([]);
  });
  it('still reports a relisting that begins before the earlier span ended', () => {
    expect(run(contradictoryDecisions, VALID + RELISTED.replace('since: 2023-01-24', 'since: 2023-01-20'))).toEqual([
      `${F}:41:5 error contradictory-decisions: two suspend decisions on "gamma.example" are both in force from 2023-01-20 (see blocks[3], line 35): give the earlier one an until date`,
    ]);
  });
});
