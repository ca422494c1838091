import { describe, expect, it } from 'vitest';
import { headlineText, reachHeadline } from '../../../src/lib/press/embed-headline.ts';
import { translator } from '../../../src/locales/index.ts';

describe('reachHeadline', () => {
  it('says the day and each state\'s count in one sentence, plural by count', () => {
    const headline = reachHeadline(translator('en'), 'threads.net', '5 December 2026', { suspends: 13, limits: 4, reaches: 1, unknown: 246 });
    expect(headlineText(headline)).toBe('On 5 December 2026, 13 curated communities suspend threads.net, 4 limit it, 1 reaches it; the atlas cannot say for 246.');
    expect(headline.clauses.map((c) => [c.state, c.count])).toEqual([['suspends', 13], ['limits', 4], ['reaches', 1], ['unknown', 246]]);
  });

  it('uses the singular for one community, and is written in Welsh for a Welsh embed', () => {
    expect(headlineText(reachHeadline(translator('en'), 'a.example', '1 June 2026', { suspends: 1, limits: 0, reaches: 2, unknown: 0 }))).toBe(
      'On 1 June 2026, 1 curated community suspends a.example, 0 limit it, 2 reach it; the atlas cannot say for 0.',
    );
    const cy = headlineText(reachHeadline(translator('cy'), 'a.example', '1 Mehefin 2026', { suspends: 3, limits: 1, reaches: 2, unknown: 5 }));
    expect(cy.startsWith('Ar 1 Mehefin 2026, ')).toBe(true);
    expect(cy).toContain('a.example');
    expect(cy).toContain('ni all yr atlas ddweud am 5');
  });
});
