/** Alignment over communities (synthetic communities under .example), members, ranking and the seeded layout. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignment, alignmentParts, comparePairs, mostAligned, neighbourIndex } from '../../../src/lib/align/alignment.ts';
import { pairBorders } from '../../../src/lib/align/borders.ts';
import { overlap } from '../../../src/lib/align/similarity.ts';
import { alignmentLayout } from '../../../src/lib/align/layout.ts';
import { prepareAll } from '../../../src/lib/reach/domain-reach.ts';
import { community, decision } from '../reach/helpers.ts';

const day = '2025-06-01';
const servers = [
  community('a.example', 'published', [decision('bad.example', 'suspend', '2023-01-01'), decision('meh.example', 'silence', '2023-01-01')], day),
  community('b.example', 'published', [decision('bad.example', 'suspend', '2023-01-01'), decision('meh.example', 'silence', '2023-01-01')], day),
  community('c.example', 'published', [decision('bad.example', 'silence', '2023-01-01'), decision('other.example', 'suspend', '2024-01-01', { until: '2024-06-01' })], day),
  community('d.example', 'published', [decision('sub.bad.example', 'suspend', '2023-01-01')], day),
  community('p.example', 'partial', [decision('bad.example', 'suspend', '2023-01-01')]),
  community('u.example', 'unknown'),
];

describe('alignment', () => {
  const result = alignment(prepareAll(servers), day);

  it('takes published lists only by default and says who is left out and why', () => {
    expect(result.members).toEqual(['a.example', 'b.example', 'c.example', 'd.example']);
    expect(result.leftOut).toEqual([
      { community: 'p.example', reason: 'list-partial' },
      { community: 'u.example', reason: 'list-unknown' },
    ]);
    expect(alignment(prepareAll(servers), day, { includePartial: true }).members).toContain('p.example');
  });

  it('scores identical borders 1, uses only decisions in force on the day, and lets a parent domain cover a subdomain', () => {
    const score = (a: string, b: string) => result.pairs.find((p) => p.a === a && p.b === b)?.score;
    expect(score('a.example', 'b.example')).toBe(1);
    // c limits bad (its suspension of other.example was lifted): a suspends bad, limits meh → ½ ÷ (1 + ½)
    expect(score('a.example', 'c.example')).toBeCloseTo(1 / 3, 12);
    // d suspends sub.bad.example; a's suspension of bad.example covers it: sub.bad agrees, bad and meh do not
    expect(score('a.example', 'd.example')).toBeCloseTo(1 / (1 + 1 + 0.5), 12);
    expect(result.pairs[0]).toMatchObject({ a: 'a.example', b: 'b.example', score: 1, shared: 2, union: 2 });
  });

  it('says each community\'s part, member or left out and why, by domain', () => {
    const part = alignmentParts(result);
    expect(part('a.example')).toEqual({ member: true });
    expect(part('p.example')).toEqual({ member: false, leftOut: { community: 'p.example', reason: 'list-partial' } });
    expect(part('u.example')).toEqual({ member: false, leftOut: { community: 'u.example', reason: 'list-unknown' } });
    expect(part('bad.example')).toEqual({ member: false });
  });

  it('ranks the most aligned communities of one, best first', () => {
    expect(mostAligned(neighbourIndex(result), 'a.example', 2).map((n) => n.community)).toEqual(['b.example', 'd.example']);
  });

  it('the layout is seeded and reproducible, and puts identical borders together', () => {
    const ids = result.members;
    const one = alignmentLayout(ids, result.pairs);
    expect(alignmentLayout([...ids].reverse(), [...result.pairs].reverse())).toEqual(one);
    const at = new Map(one.map((p) => [p.id, p]));
    const dist = (x: string, y: string) => Math.hypot(at.get(x)!.x - at.get(y)!.x, at.get(x)!.y - at.get(y)!.y);
    expect(dist('a.example', 'b.example')).toBeLessThan(dist('a.example', 'c.example'));
    for (const p of one) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(100);
    }
  });
});

describe('alignment agrees with scoring each pair by pairBorders and overlap', () => {
  /** The definition, pair by pair: the reference the indexed computation must agree with exactly. */
  function reference(prepared: ReturnType<typeof prepareAll>, on: string) {
    const inside = prepared.filter((p) => p.community.blocklist.status === 'published').sort((x, y) => (x.community.domain < y.community.domain ? -1 : 1));
    const out = [];
    for (let i = 0; i < inside.length; i++) {
      for (let j = i + 1; j < inside.length; j++) {
        const o = overlap(...pairBorders(inside[i]!, inside[j]!, on));
        out.push({ a: inside[i]!.community.domain, b: inside[j]!.community.domain, score: o.total === 0 ? undefined : o.agree / o.total, shared: o.shared, union: o.union });
      }
    }
    return out.sort(comparePairs);
  }
  // Members' own domains, parents and subdomains of each other, so decisions cover through parents and name members.
  const pool = ['a.example', 'b.example', 'c.example', 'x.example', 'sub.x.example', 'deep.sub.x.example', 'sub.a.example', 'y.example'];

  it('on random communities (synthetic), including parents, lifted decisions and a member naming its own domain', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom('published' as const, 'published' as const, 'partial' as const, 'unknown' as const),
            blocks: fc.array(
              fc.record({ domain: fc.constantFrom(...pool), severity: fc.constantFrom('suspend' as const, 'silence' as const), year: fc.integer({ min: 2022, max: 2026 }), lifted: fc.boolean() }),
              { maxLength: 6 },
            ),
          }),
          { minLength: 2, maxLength: 5 },
        ),
        fc.constantFrom('2023-06-01', '2025-06-01', '2026-12-31'),
        (specs, on) => {
          const servers = specs.map((s, i) =>
            community(['a.example', 'b.example', 'c.example', 'd.example', 'e.example'][i]!, s.status, s.status === 'unknown' ? [] : s.blocks.map((b) => decision(b.domain, b.severity, `${b.year}-01-01`, b.lifted ? { until: `${b.year}-09-01` } : {})), '2026-12-31'),
          );
          const prepared = prepareAll(servers);
          const result = alignment(prepared, on);
          expect(result.pairs).toEqual(reference(prepared, on));
          // mostAligned (over the index built once per result) ranks what a scan of the pairs gives.
          for (const m of result.members) {
            const scan = result.pairs
              .filter((p) => p.score !== undefined && (p.a === m || p.b === m))
              .map((p) => ({ community: p.a === m ? p.b : p.a, score: p.score!, shared: p.shared, union: p.union }))
              .sort((x, y) => y.score - x.score || (x.community < y.community ? -1 : 1));
            expect(mostAligned(neighbourIndex(result), m, 3)).toEqual(scan.slice(0, 3));
            // An index keeping each member's best few holds exactly the first few of the whole list.
            for (const keep of [0, 1, 2, 3]) expect(neighbourIndex(result, keep).get(m) ?? []).toEqual(scan.slice(0, keep));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
