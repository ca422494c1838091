import { describe, expect, it } from 'vitest';
import { identity, makeRoom, sameTarget } from '../../../src/lib/import/match.ts';

const D = 'b21d0b29503885ad18844f66c5abc26d7eac38e572c5cceee663e6ea08d1e825';

describe('sameTarget', () => {
  it('compares domains, then digests, then bare patterns', () => {
    expect(sameTarget({ domain: 'a.example' }, { domain: 'a.example' })).toBe(true);
    expect(sameTarget({ domain: 'a.example' }, { domain: 'b.example' })).toBe(false);
    expect(sameTarget({ obfuscated: { pattern: 'thr****.*et', digest: D } }, { domain: 'threads.net', obfuscated: { pattern: 'thr****.*et', digest: D } })).toBe(true);
    expect(sameTarget({ obfuscated: { pattern: 'a*.example' } }, { obfuscated: { pattern: 'a*.example' } })).toBe(true);
    expect(sameTarget({ obfuscated: { pattern: 'a*.example' } }, { obfuscated: { pattern: 'a*.example', digest: D } })).toBe(false);
    expect(sameTarget({ domain: 'ab.example' }, { obfuscated: { pattern: 'a*.example' } })).toBe(false);
  });
});

describe('identity', () => {
  it('tells entries apart by target and dates', () => {
    expect(identity({ at: '', severity: 'suspend', domain: 'a.example' })).toBe(identity({ at: 'x', severity: 'silence', domain: 'a.example' }));
    expect(identity({ at: '', severity: 'suspend', domain: 'a.example', since: '2024-01-01' })).not.toBe(identity({ at: '', severity: 'suspend', domain: 'a.example' }));
    expect(identity({ at: '', severity: 'suspend', obfuscated: { pattern: 'a*.example' } })).toBe('pattern:a*.example||');
  });
});

describe('makeRoom', () => {
  const open = { value: { domain: 'a.example', severity: 'silence', since: { on_or_before: '2024-01-01' } } };
  it('ends an earlier open decision where the new one begins', () => {
    const r = makeRoom({ at: '', severity: 'suspend', domain: 'a.example' }, { on_or_before: '2025-01-01' }, [open], '2025-01-01');
    expect(r).toEqual({ ends: [{ other: open, until: '2025-01-01' }] });
  });
  it('ends the new open decision where a later one begins', () => {
    const r = makeRoom({ at: '', severity: 'suspend', domain: 'a.example' }, { on_or_before: '2023-01-01' }, [open], '2023-01-01');
    expect(r).toMatchObject({ until: '2024-01-01', ends: [] });
  });
  it('refuses a decision that starts the same day as another', () => {
    expect(makeRoom({ at: '', severity: 'suspend', domain: 'a.example' }, { on_or_before: '2024-01-01' }, [open], '2024-01-01')).toHaveProperty('conflict');
  });
});
