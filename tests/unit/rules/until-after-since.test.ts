import { describe, expect, it } from 'vitest';
import { untilAfterSince } from '../../../src/lib/rules/until-after-since.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('until-after-since', () => {
  it('accepts a decision lifted after it began', () => {
    expect(run(untilAfterSince, VALID)).toEqual([]);
  });
  it('rejects until before since', () => {
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    until: 2023-01-01'))).toEqual([
      `${F}:25:12 error until-after-since: until "2023-01-01" is not after since "2023-06-01": a decision must end after it begins`,
    ]);
  });
  it('rejects until on the same day, and compares partial dates by their widest reading', () => {
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    until: 2023-06-01'))).toHaveLength(1);
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    until: "2023"'))).toEqual([]);
  });
});
