/** Alignment over communities (synthetic communities under .example), members, ranking and the seeded layout. */
import { describe, expect, it } from 'vitest';
import { alignment, mostAligned } from '../../../src/lib/align/alignment.ts';
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

  it('ranks the most aligned communities of one, best first', () => {
    expect(mostAligned(result, 'a.example', 2).map((n) => n.community)).toEqual(['b.example', 'd.example']);
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
