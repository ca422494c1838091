/**
 * A long table's filter and page controls, written as one string: `components/TablePager.astro` is this markup (with
 * the script that runs it, src/client/table-pager.ts), and a server page written as one string
 * (./server-page-markup.ts) uses it too.
 */
import { stateWords } from '../../lib/map/reach-shard.ts';
import { REACH_STATES, type ReachState } from '../../lib/reach/state.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';

/**
 * The filter and page controls of `table[data-pager={id}]`: a text box, a state select when its rows have more than
 * one state (`states`, offered in the legend's order), previous and next buttons and a status line; hidden until
 * src/client/table-pager.ts runs.
 */
export function tablePager(id: string, states: readonly ReachState[], t: Translate): Markup {
  const words = stateWords(t);
  const offered = REACH_STATES.filter((s) => states.includes(s));
  const select =
    offered.length > 1 &&
    html`<div><label${attr('for', `${id}-state`)}>${t('table.pager.state')}</label><select${attr('id', `${id}-state`)} data-pager-state><option value="">${t('table.pager.any-state')}</option>${offered.map((s) => html`<option${attr('value', s)}>${words[s].label}</option>`)}</select></div>`;
  return html`<div class="table-pager"${attr('data-pager-for', id)} hidden><div class="pager-filters"><div><label${attr('for', `${id}-filter`)}>${t('table.pager.filter')}</label><input type="search"${attr('id', `${id}-filter`)} data-pager-text autocomplete="off" spellcheck="false"></div>${select}</div><div class="pager-nav"><button type="button" class="pager-button" data-pager-prev>${t('table.pager.previous')}</button><p class="pager-status" role="status" aria-live="polite" data-pager-status></p><button type="button" class="pager-button" data-pager-next>${t('table.pager.next')}</button></div></div>`;
}

