import { describe, expect, it } from 'vitest';
import { listStatus } from '../../../src/lib/rules/list-status.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('list-status', () => {
  it('accepts a partial list with decisions', () => {
    expect(run(listStatus, VALID)).toEqual([]);
  });
  it('needs evidence for a published list', () => {
    expect(run(listStatus, variant('  status: partial', '  status: published'))).toEqual([
      `${F}:20:11 error list-status: status "published" needs blocklist.evidence: the url where the list was read and the retrieved date`,
    ]);
  });
  it('refuses decisions under an unknown list', () => {
    expect(run(listStatus, variant('  status: partial', '  status: unknown'))).toEqual([
      `${F}:20:11 error list-status: status "unknown" but 3 decisions are listed: use "partial" (some decisions known) or "published" (the whole list read)`,
    ]);
  });
});
