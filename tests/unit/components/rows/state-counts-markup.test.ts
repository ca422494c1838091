/**
 * The counts by state written as one string (src/components/rows/state-counts-markup.ts, StateCounts.astro's markup),
 * read back with parse5: each count lands on its own state's element under the attribute asked for, with the state's
 * glyph, word and (unless left out) meaning, and a label given as data stays an attribute's value.
 */
import { describe, expect, it } from 'vitest';
import { stateCounts, type StateCountsProps } from '../../../../src/components/rows/state-counts-markup.ts';
import { translator } from '../../../../src/locales/index.ts';
import { stateWords } from '../../../../src/lib/map/reach-shard.ts';
import { REACH_STATES } from '../../../../src/lib/reach/state.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const words = { t, num: (n: number) => `#${n}` };
/** A different count in each state, so a count on the wrong state shows. */
const COUNTS = { suspends: 3, limits: 1234, reaches: 0, unknown: 7 };

/** The list as a browser builds it. */
const list = (props: StateCountsProps): El => bodyOf(stateCounts(props, words).html).children[0]!;
/** Each item's class, its count's state (under `attribute`) and the count's text. */
const countsOf = (ul: El, attribute: string) => ul.children.map((li) => [li.attrs.class, li.children[0]!.attrs[attribute], li.children[0]!.text]);

describe('stateCounts', () => {
  it("puts each state's count, in the page's numbers, on that state's item, in the legend's order", () => {
    const ul = list({ counts: COUNTS });
    expect(ul.tag).toBe('ul');
    expect(countsOf(ul, 'data-state-count')).toEqual([
      ['count-suspends', 'suspends', '#3'],
      ['count-limits', 'limits', '#1234'],
      ['count-reaches', 'reaches', '#0'],
      ['count-unknown', 'unknown', '#7'],
    ]);
  });

  it('names the states under data-as-of-count instead when asked, and only there', () => {
    const ul = list({ counts: COUNTS, countAttribute: 'data-as-of-count' });
    expect(countsOf(ul, 'data-as-of-count').map((c) => c[1])).toEqual([...REACH_STATES]);
    expect(all(ul, 'span').filter((s) => 'data-state-count' in s.attrs)).toEqual([]);
  });

  it("gives each state its glyph, word and meaning, and leaves the meanings out when asked", () => {
    const sw = stateWords(t);
    const ul = list({ counts: COUNTS });
    expect(ul.children.map((li) => li.children[1]!.text)).toEqual(REACH_STATES.map((s) => `${sw[s].glyph} ${sw[s].label}`));
    expect(ul.children.map((li) => all(li, 'span').find((s) => s.attrs.class === 'state-meaning')?.text)).toEqual(REACH_STATES.map((s) => t(`reach.counts.${s}`)));
    expect(all(list({ counts: COUNTS, meanings: false }), 'span').filter((s) => s.attrs.class === 'state-meaning')).toEqual([]);
  });

  it('is labelled by a heading or by a label, which stays an attribute value whatever it holds', () => {
    expect(list({ counts: COUNTS, labelledby: 'h' }).attrs).toEqual({ class: 'state-counts', 'aria-labelledby': 'h' });
    const hostile = '"><script>alert(1)</script>&amp; \u202Eevil';
    const ul = list({ counts: COUNTS, label: hostile });
    expect(ul.attrs).toEqual({ class: 'state-counts', 'aria-label': hostile });
    expect(all(ul, 'script')).toEqual([]);
  });
});
