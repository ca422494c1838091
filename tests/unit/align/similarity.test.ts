/** The alignment measure on small hand-made lists (synthetic: every domain here is made up, under .example). */
import { describe, expect, it } from 'vitest';
import { overlap, similarity, type Border } from '../../../src/lib/align/similarity.ts';

const border = (entries: Record<string, 'suspend' | 'limit'>): Border => new Map(Object.entries(entries).map(([d, s]) => [d, s === 'suspend' ? 1 : 0.5]));

describe('similarity (severity-aware Jaccard)', () => {
  it('identical lists score 1', () => {
    const a = border({ 'a.example': 'suspend', 'b.example': 'limit', 'c.example': 'suspend' });
    expect(similarity(a, border({ 'c.example': 'suspend', 'a.example': 'suspend', 'b.example': 'limit' }))).toBe(1);
  });

  it('disjoint lists score 0', () => {
    expect(similarity(border({ 'a.example': 'suspend' }), border({ 'b.example': 'suspend', 'c.example': 'limit' }))).toBe(0);
  });

  it('one suspends and the other limits: half agreement on that domain', () => {
    expect(similarity(border({ 'a.example': 'suspend' }), border({ 'a.example': 'limit' }))).toBe(0.5);
    // a: suspend x, suspend y; b: limit x, suspend y → (½ + 1) ÷ (1 + 1)
    expect(similarity(border({ 'x.example': 'suspend', 'y.example': 'suspend' }), border({ 'x.example': 'limit', 'y.example': 'suspend' }))).toBe(0.75);
  });

  it('the plain Jaccard index when everything is suspended: |A ∩ B| ÷ |A ∪ B|', () => {
    const a = border({ 'a.example': 'suspend', 'b.example': 'suspend', 'c.example': 'suspend' });
    const b = border({ 'b.example': 'suspend', 'c.example': 'suspend', 'd.example': 'suspend' });
    expect(similarity(a, b)).toBe(2 / 4);
    expect(overlap(a, b)).toEqual({ agree: 2, total: 4, shared: 2, union: 4 });
  });

  it('a domain only limited on one side weighs half in the total', () => {
    // a: suspend x; b: suspend x, limit y → 1 ÷ (1 + ½)
    expect(similarity(border({ 'x.example': 'suspend' }), border({ 'x.example': 'suspend', 'y.example': 'limit' }))).toBeCloseTo(2 / 3, 12);
  });

  it('is symmetric, and undefined for two empty borders; an empty border against a non-empty one scores 0', () => {
    const a = border({ 'x.example': 'suspend', 'y.example': 'limit' });
    const b = border({ 'y.example': 'suspend' });
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(new Map(), new Map())).toBeUndefined();
    expect(similarity(new Map(), b)).toBe(0);
  });
});
