import { describe, expect, it } from 'vitest';
import { readLemmy } from '../../../src/lib/import/lemmy.ts';
import { fixture as readFixture } from './helpers.ts';

describe('lemmy (/api/v3/federated_instances)', () => {
  it('maps blocked instances to suspend, original "blocked", ignoring their first-seen dates', () => {
    const read = readLemmy(readFixture('lemmy-federated.json'));
    expect(read.entries).toEqual([
      { at: 'blocked[0]', domain: 'trolls.example', severity: 'suspend', original: 'blocked' },
      { at: 'blocked[1]', domain: 'spam.example', severity: 'suspend', original: 'blocked' },
    ]);
    expect(read.unreadable).toEqual([{ at: 'blocked[2]', target: '', message: expect.stringContaining('domain') }]);
    expect(read.entries.some((e) => e.since !== undefined)).toBe(false);
  });

  it('reads older answers with plain domains, and notes an allow-list', () => {
    const read = readLemmy(readFixture('lemmy-old.json'));
    expect(read.entries.map((e) => e.domain)).toEqual(['trolls.example', 'spam.example']);
    expect(read.notes[0]?.message).toContain('2 instance(s)');
  });

  it('says when the answer is not Lemmy’s', () => {
    expect(readLemmy('[]').unreadable[0]?.message).toContain('federated_instances');
  });
});
