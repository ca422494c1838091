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
  it('checks last_seen: it needs an until and lies between since and until', () => {
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    last_seen: 2023-12-01\n    until: 2024-01-01'))).toEqual([]);
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    last_seen: 2024-01-01\n    until: 2024-01-01'))).toEqual([
      `${F}:25:16 error until-after-since: last_seen "2024-01-01" is not before until "2024-01-01": a decision is lifted after it was last seen`,
    ]);
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    last_seen: 2023-01-01\n    until: 2024-01-01'))).toEqual([
      `${F}:25:16 error until-after-since: last_seen "2023-01-01" is before since "2023-06-01": it was seen in force before it began`,
    ]);
    expect(run(untilAfterSince, variant('    until: 2024-01-01', '    last_seen: 2023-12-01'))).toEqual([
      `${F}:25:16 error until-after-since: last_seen needs an until: the day the decision was known to be lifted by`,
    ]);
  });
});
