/**
 * How many communities are in each reach state, written as one string: `components/StateCounts.astro` is this
 * markup, and a domain page's replay section (./date-replay-markup.ts) uses it too. Rules for writing markup here:
 * ./README.md.
 */
import type { PageI18n } from '../../i18n.ts';
import { stateWords } from '../../lib/map/reach-shard.ts';
import { REACH_STATES, type StateCounts as Counts } from '../../lib/reach/state.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';

/** Props of the counts. */
export interface StateCountsProps {
  /** The counts. */
  counts: Counts;
  /** The id of the heading that labels the list. */
  labelledby?: string;
  /** A label for the list, where no heading labels it. */
  label?: string;
  /** The attribute that names each count's state (default `data-state-count`). */
  countAttribute?: 'data-state-count' | 'data-as-of-count';
  /** Whether each state says what it means (default true). */
  meanings?: boolean;
}

/**
 * The counts as a list, one item per state in the legend's order: the number (its element carries `countAttribute`
 * with the state, so a test or a script finds it), the state's glyph and word, and (by default) what it means.
 */
export function stateCounts(props: StateCountsProps, w: Pick<PageI18n, 't' | 'num'>): Markup {
  const { counts, labelledby, label, countAttribute = 'data-state-count', meanings = true } = props;
  const { t, num } = w;
  const words = stateWords(t);
  const items = REACH_STATES.map((state) => {
    const meaning = meanings && html`<span class="state-meaning">${t(`reach.counts.${state}`)}</span>`;
    return html`<li${attr('class', `count-${state}`)}><span class="state-count"${attr(countAttribute, state)}>${num(counts[state])}</span><span><span class="state-glyph" aria-hidden="true">${words[state].glyph}</span> <strong>${words[state].label}</strong></span>${meaning}</li>`;
  });
  return html`<ul class="state-counts"${attr('aria-labelledby', labelledby)}${attr('aria-label', label)}>${items}</ul>`;
}
