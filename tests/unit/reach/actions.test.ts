/** Everything a community acts on, and every domain acted on. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actedOnDomains } from '../../../src/lib/reach/acted-on.ts';
import { actionsByCommunity, actionStatus, communityActions } from '../../../src/lib/reach/actions.ts';
import { reach } from '../../../src/lib/reach/reach.ts';
import type { Community } from '../../../src/lib/reach/state.ts';
import { communityArb, dayArb, decisionArb, loadFixtures } from './helpers.ts';

const servers = [...loadFixtures().values()];

describe('communityActions', () => {
  it('every decision, lifted and obfuscated ones included, with where it stands on the day', () => {
    const actions = communityActions(loadFixtures().get('precision.example')!, '2024-05-15');
    expect(actions.map((a) => [a.target, a.domain, a.decision.severity, a.status])).toEqual([
      ['bad***.example', undefined, 'suspend', 'uncertain'],
      ['child.parent.example', 'child.parent.example', 'silence', 'in-force'],
      ['gamma.example', 'gamma.example', 'silence', 'uncertain'],
      ['gamma.example', 'gamma.example', 'suspend', 'not-yet'],
      ['late.example', 'late.example', 'suspend', 'uncertain'],
      ['parent.example', 'parent.example', 'suspend', 'in-force'],
    ]);
    expect(communityActions(loadFixtures().get('precision.example')!, '2024-06-01').find((a) => a.decision.until === '2024-05')?.status).toBe('lifted');
  });
  it('for every community, sorted by domain', () => {
    expect(actionsByCommunity([...servers].reverse(), '2025-02-01').map((c) => [c.community, c.actions.length])).toEqual([
      ['partial.example', 1],
      ['precision.example', 6],
      ['published.example', 3],
      ['unknown.example', 0],
    ]);
  });
  it('property: status in-force/uncertain/lifted/not-yet agrees with reach on the decision\'s own domain when it is alone', () => {
    fc.assert(
      fc.property(decisionArb, dayArb, (d, t) => {
        fc.pre(d.domain !== undefined);
        const alone: Community = { domain: 'c.example', blocklist: { status: 'partial' }, blocks: [d] };
        const state = reach(alone, d.domain!, t).state;
        const status = actionStatus(d, t);
        if (status === 'in-force') expect(state).toBe(d.severity === 'suspend' ? 'suspends' : 'limits');
        else expect(state).toBe('unknown');
      }),
    );
  });
});

describe('actedOnDomains', () => {
  it('every domain named by a resolved decision, most acted on first', () => {
    const rows = actedOnDomains(servers, '2025-06-01');
    expect(rows.map((r) => [r.domain, r.ever, r.suspends, r.limits, r.acting])).toEqual([
      ['threads.net', 2, 2, 0, 2],
      ['child.parent.example', 1, 0, 1, 1],
      ['gamma.example', 1, 1, 0, 1],
      ['parent.example', 1, 1, 0, 1],
      ['partial.example', 1, 0, 1, 1],
      ['spam.example', 1, 1, 0, 1],
      ['late.example', 1, 0, 0, 0],
    ]);
  });
  it('property: acting = suspends + limits ≤ communities; sorted; order of servers does not matter', () => {
    const named = fc.array(communityArb, { maxLength: 5 }).map((cs) => cs.map((c, i): Community => ({ ...c, domain: `c${i}.example` })));
    fc.assert(
      fc.property(named, dayArb, (cs, t) => {
        const rows = actedOnDomains(cs, t);
        for (const r of rows) {
          expect(r.acting).toBe(r.suspends + r.limits);
          expect(r.ever).toBeGreaterThan(0);
          expect(r.ever).toBeLessThanOrEqual(cs.length);
          expect(r.acting).toBeLessThanOrEqual(cs.length);
          // against every community, not only those the index names
          const others = cs.filter((c) => c.domain !== r.domain).map((c) => reach(c, r.domain, t).state);
          expect([r.suspends, r.limits]).toEqual([others.filter((s) => s === 'suspends').length, others.filter((s) => s === 'limits').length]);
          expect(r.ever).toBe(cs.filter((c) => c.blocks.some((b) => b.domain === r.domain)).length);
        }
        expect(rows.map((r) => r.domain).sort()).toEqual([...new Set(cs.flatMap((c) => c.blocks.flatMap((b) => (b.domain ? [b.domain] : []))))].sort());
        for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.acting >= rows[i]!.acting).toBe(true);
        expect(new Set(rows.map((r) => r.domain)).size).toBe(rows.length);
        expect(actedOnDomains([...cs].reverse(), t)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});
