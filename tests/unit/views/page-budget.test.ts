/** Which acted-on domains get a page: all of them until domains × communities passes the budget. */
import { describe, expect, it } from 'vitest';
import type { ActedOn } from '../../../src/lib/reach/acted-on.ts';
import { domainPages } from '../../../src/lib/views/page-budget.ts';

/** Synthetic acted-on rows, most acted on first. */
function rows(actings: number[]): ActedOn[] {
  return actings
    .map((acting, i) => ({ domain: `d${i}.example`, ever: Math.max(1, acting), suspends: acting, limits: 0, acting }))
    .sort((a, b) => b.acting - a.acting);
}

describe('domainPages', () => {
  it('every acted-on domain (lifted-only ones included) has a page while they fit', () => {
    const acted = rows([5, 3, 1, 0]);
    expect(domainPages(acted, 100, 1000, 1)).toEqual({ minActing: 0, paged: acted });
  });
  it('past the budget, the smallest K that fits: ties at the cut all lose their page', () => {
    // budget 300 rows ÷ 100 communities = 3 pages at most; the 4th most acted-on has 2, so K = 3.
    const acted = rows([9, 5, 3, 2, 2, 1, 0]);
    const pages = domainPages(acted, 100, 300, 1);
    expect(pages.minActing).toBe(3);
    expect(pages.paged.map((a) => a.acting)).toEqual([9, 5, 3]);
    // Ties: 3 pages allowed but four domains acted on by 5: none of them fits under K = 5, K = 6.
    expect(domainPages(rows([5, 5, 5, 5, 1]), 100, 300, 1)).toEqual({ minActing: 6, paged: [] });
  });
  it('never fewer pages allowed than the minimum', () => {
    const acted = rows([4, 3, 2, 1]);
    expect(domainPages(acted, 1_000_000, 10, 3).paged.map((a) => a.acting)).toEqual([4, 3, 2]);
  });
  it('the curated scale keeps a page for every domain (267 communities, 4,315 domains)', () => {
    const acted = rows(Array.from({ length: 4315 }, (_, i) => i % 7));
    expect(domainPages(acted, 267).minActing).toBe(0);
  });
});
