/**
 * The tables of every community for a day other than the atlas's own, written from the answers the shard and the
 * silence segments give for that day (src/lib/map/as-of-lookup.ts `answersOnDay`): one section per state, each
 * community with the day a source last confirmed its answer. The build writes the atlas's day's tables (with the
 * decisions' dates and evidence); these say what the segments know of another day, no more. Text only.
 */
import { h } from './dom.ts';
import { stateWords } from '../lib/map/reach-shard.ts';
import { REACH_STATES, type ReachState } from '../lib/reach/state.ts';
import type { SegmentAnswer } from '../lib/reach/segment-lookup.ts';
import { dayWords, t } from './page-words.ts';
import { PAGE_SIZE } from '../lib/table-page.ts';
import { enhanceTable } from './table-pager.ts';

/** Sections longer than this start folded, as the build's tables do. */
const FOLD_ABOVE = 25;

/**
 * A long table's filter and page controls, as src/components/TablePager.astro writes them for the build's tables
 * (a text box, previous and next, the announced counts), hidden until src/client/table-pager.ts shows them.
 */
function pagerControls(id: string): HTMLElement {
  return h(
    'div',
    { class: 'table-pager', 'data-pager-for': id, hidden: true },
    h(
      'div',
      { class: 'pager-filters' },
      h('div', {}, h('label', { for: `${id}-filter` }, t('table.pager.filter')), h('input', { type: 'search', id: `${id}-filter`, 'data-pager-text': true, autocomplete: 'off', spellcheck: 'false' })),
    ),
    h(
      'div',
      { class: 'pager-nav' },
      h('button', { type: 'button', class: 'pager-button', 'data-pager-prev': true }, t('table.pager.previous')),
      h('p', { class: 'pager-status', role: 'status', 'aria-live': 'polite', 'data-pager-status': true }),
      h('button', { type: 'button', class: 'pager-button', 'data-pager-next': true }, t('table.pager.next')),
    ),
  );
}

/** What the tables need besides the answers. */
export interface DayTablesContext {
  /** The domain as sentences show it. */
  domain: string;
  /** The address of the servers' pages, ending in "/" (a community's page is `<base><domain>/`). */
  serverBase: string;
  /** True where the page pages long tables (the domain page): a table of more than `PAGE_SIZE` rows gets a filter and pages. */
  paged?: boolean;
}

/** An answer as the tables get it: `stale` when a known answer was left out for want of a recent confirmation. */
type Answer = SegmentAnswer & { stale?: true };

function section(state: ReachState, rows: [string, Answer][], context: DayTablesContext): HTMLElement {
  const words = stateWords(t)[state];
  const headingId = `day-state-${state}`;
  const heading = h(
    'h3',
    { id: headingId },
    h('span', { class: `state state-${state}`, 'data-state': state }, h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, words.glyph), words.label),
    ` ${t(`replay.heading.${state}`, { domain: context.domain })}: ${rows.length}`,
  );
  if (rows.length === 0) return h('section', { class: 'state-section', 'data-day-state-section': state }, heading, h('p', { class: 'none' }, t('replay.none')));
  const table = h(
    'table',
    { class: 'stack-table', 'data-day-table': state },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('replay.col.community')), h('th', { scope: 'col' }, state === 'unknown' ? t('replay.col.why') : t('replay.col.confirmed')))),
    h(
      'tbody',
      {},
      ...rows.map(([community, answer]) =>
        h(
          'tr',
          { 'data-day-row': community },
          h('th', { scope: 'row', class: 'domain-cell' }, h('a', { href: `${context.serverBase}${community}/`, translate: 'no' }, community)),
          state === 'unknown'
            ? h('td', { 'data-label': t('replay.col.why') }, t(answer.stale ? 'replay.not-confirmed' : 'replay.day-unknown-why'))
            : h('td', { class: 'nowrap', 'data-confirmed': answer.confirmed, 'data-label': t('replay.col.confirmed') }, answer.confirmed ? dayWords(answer.confirmed) : '—'),
        ),
      ),
    ),
  );
  const scroll = h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': headingId, tabindex: 0 }, table);
  // A long table is filtered and paged as the build's are (the rows all stay in the page).
  const pager = context.paged && rows.length > PAGE_SIZE ? pagerControls(`day-reach-${state}`) : undefined;
  if (pager) {
    table.dataset.pager = `day-reach-${state}`;
    enhanceTable(table, pager);
  }
  const content = pager ? [pager, scroll] : [scroll];
  const body = rows.length > FOLD_ABOVE ? h('details', { class: 'fold' }, h('summary', {}, t('replay.show-all', { count: rows.length })), ...content) : content;
  return h('section', { class: 'state-section', 'aria-labelledby': headingId, 'data-day-state-section': state }, heading, ...[body].flat());
}

/** The four sections for a day, communities in domain order within each. */
export function dayTables(answers: ReadonlyMap<string, Answer>, context: DayTablesContext): DocumentFragment {
  const sorted = [...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fragment = document.createDocumentFragment();
  for (const state of REACH_STATES) fragment.appendChild(section(state, sorted.filter(([, a]) => a.state === state), context));
  return fragment;
}
