/**
 * The matrix embed (`/embed/matrix/?lang=…&area=…&date=…`): the headline (the day's cells counted), one bar per
 * domain of the matrix (how many of the communities shown suspend, limit, reach it or cannot be said for), and with
 * `&table=1` the full matrix table, on the day and within the period (`confirmed=`) asked for. Drawn from `/data/matrix.json` (the matrix as built, the same data the matrix
 * page embeds), `/data/matrix-as-of.json` and `/data/as-of.json`, looked up for the day as the matrix page looks it
 * up (src/lib/graph/matrix-on-day.ts); the language and region filters are the page's (matrixRowShown). The
 * communities the page folds into its summary row (unknown in every column on every day) count as unknown in every
 * bar and the headline, and the table ends with the same summary row.
 */
import { columnCounts } from '../../lib/graph/matrix-columns.ts';
import { matrixOnDay, type MatrixHistory } from '../../lib/graph/matrix-on-day.ts';
import type { ReachMatrix } from '../../lib/graph/matrix.ts';
import type { SilenceHistory } from '../../lib/map/as-of-history.ts';
import { STATE_GLYPHS, stateWords } from '../../lib/map/reach-shard.ts';
import { matrixFoldedShown, matrixRowShown, reachMatrixOf, type MatrixData } from '../../lib/press/matrix-rows.ts';
import { REACH_STATES, type StateCounts } from '../../lib/reach/state.ts';
import { withBase } from '../../lib/url.ts';
import { MATRIX_DATA_PATH, serverPath, UNPUBLISHED_PATH } from '../../lib/views/paths.ts';
import { stackedBars } from '../../lib/views/stacked-bars.ts';
import { confirmedFromUrl, dateFromUrl } from '../date-url.ts';
import { h, replaceChildren, s } from '../dom.ts';
import { matrixStatus } from '../graph/matrix-paint.ts';
import { dayWords, t } from '../page-words.ts';
import { fetchRequired } from './data.ts';
import { showHeadlineText, headlineElement } from './headline.ts';
import { linksToTop, ready, say } from './status.ts';
import { embedPageBase, embedState, embedWantsTable } from './view-url.ts';

const RANK = { suspends: 0, limits: 1, unknown: 2, reaches: 3 } as const;

/** Each column's counts over the rows kept, the folded communities kept (`folded`) unknown in every column. */
function countsWithFolded(matrix: ReachMatrix, keep: (row: number) => boolean, folded: number): ReturnType<typeof columnCounts> {
  const columns = columnCounts(matrix, keep);
  for (const c of columns) c.counts.unknown += folded;
  return columns;
}

function barsFigure(matrix: ReachMatrix, keep: (row: number) => boolean, folded: number, day: string): HTMLElement {
  const words = stateWords(t);
  const columns = countsWithFolded(matrix, keep, folded);
  const chart = stackedBars(columns.map((c) => ({ label: c.domain, counts: c.counts })));
  const title = t('embed.matrix.chart-title', { day: dayWords(day) });
  const svg = s(
    'svg',
    { class: 'bars-chart', viewBox: `0 0 ${chart.width} ${Math.max(1, chart.height)}`, width: chart.width, height: chart.height, role: 'img', 'aria-labelledby': 'embed-bars-title' },
    s('title', { id: 'embed-bars-title' }, title),
    ...chart.bars.map((bar) =>
      s(
        'g',
        { 'data-bar': bar.label },
        s('text', { class: 'bar-label', x: 0, y: bar.y + 12 }, bar.label),
        ...bar.segments.map((seg) => s('rect', { class: `bar bar-${seg.state}`, x: seg.x, y: bar.y, width: seg.width, height: 16, 'data-count': seg.count }, s('title', {}, `${bar.label}: ${seg.count} ${words[seg.state].label}`))),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'graph-figure' },
    svg,
    h('figcaption', { class: 'visually-hidden' }, title),
    h('ul', { class: 'chart-legend', 'aria-label': t('graph.legend') }, ...REACH_STATES.map((st) => h('li', {}, h('span', { class: `state state-${st}` }, h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, words[st].glyph), words[st].label)))),
  );
}

function matrixTable(matrix: ReachMatrix, keep: (row: number) => boolean, folded: number, day: string): HTMLElement {
  const words = stateWords(t);
  const rows = matrix.communities.flatMap((community, i) =>
    keep(i)
      ? [
          h(
            'tr',
            {},
            h('th', { scope: 'row', 'data-sort': community }, h('a', { href: withBase(embedPageBase, serverPath(community)), translate: 'no' }, community)),
            ...(matrix.cells[i] ?? []).map((state) =>
              state === null
                ? h('td', { class: 'cell cell-self', 'data-sort': 4 }, h('b', { 'aria-hidden': 'true' }, '—'), h('i', {}, t('graph.matrix.itself')))
                : h('td', { class: `cell cell-${state}`, 'data-sort': RANK[state] }, h('b', { 'aria-hidden': 'true' }, STATE_GLYPHS[state]), h('i', {}, words[state].label)),
            ),
          ),
        ]
      : [],
  );
  // The caption counts every community shown, its own row or the summary row's, as the matrix page's does.
  const table = h(
    'table',
    { class: 'matrix', 'data-shown-day': day },
    h('caption', { id: 'embed-matrix-caption' }, t('graph.matrix.caption', { communities: t('graph.matrix.caption.communities', { count: rows.length + folded }), domains: t('graph.matrix.caption.domains', { count: matrix.domains.length }) })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('graph.col.community')), ...matrix.domains.map((d) => h('th', { scope: 'col', class: 'domain-col', translate: 'no' }, d)))),
    h('tbody', {}, ...rows),
    ...(folded > 0
      ? [
          h(
            'tfoot',
            {},
            h(
              'tr',
              { 'data-matrix-folded': '' },
              h('th', { scope: 'row', colspan: matrix.domains.length + 1 }, `${t('graph.matrix.folded', { count: folded })} `, h('a', { href: withBase(embedPageBase, UNPUBLISHED_PATH) }, t('graph.matrix.folded.link'))),
            ),
          ),
        ]
      : []),
  );
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'embed-matrix-caption', tabindex: 0 }, table);
}

async function run(): Promise<void> {
  const [data, history, silence] = await Promise.all([
    fetchRequired<MatrixData>(MATRIX_DATA_PATH),
    fetchRequired<MatrixHistory>('data/matrix-as-of.json'),
    fetchRequired<SilenceHistory>('data/as-of.json'),
  ]);
  const day = dateFromUrl(silence.from, silence.day);
  // The reader's period (`?confirmed=`), as the matrix page applies it: a cell no source confirmed within it is unknown.
  const matrix = matrixOnDay(reachMatrixOf(data), history, silence, day, confirmedFromUrl());
  const { lang, area } = embedState();
  const keep = (row: number) => matrixRowShown(data.rows[row]!, { lang, area });
  const folded = matrixFoldedShown(data, { lang, area });
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const c of countsWithFolded(matrix, keep, folded)) for (const st of REACH_STATES) counts[st] += c.counts[st];
  showHeadlineText(matrixStatus(day, counts, dayWords));
  if (headlineElement) {
    headlineElement.dataset.day = day;
    for (const st of REACH_STATES) headlineElement.dataset[`count${st[0]!.toUpperCase()}${st.slice(1)}`] = String(counts[st]);
  }
  // As the page counts them: the rows listed, out of every community (those of the summary row too).
  const shown = data.rows.filter((_, i) => keep(i)).length;
  const total = data.rows.length + matrixFoldedShown(data, {});
  if (lang || area) say(`${t('embed.matrix.shown', { shown, total })}${lang ? t('embed.matrix.language', { lang }) : ''}${area ? t('embed.matrix.region', { area }) : ''}.`);
  const view = document.querySelector<HTMLElement>('[data-embed-view-slot]');
  if (view) replaceChildren(view, barsFigure(matrix, keep, folded, day));
  const table = document.querySelector<HTMLElement>('[data-embed-table]');
  if (table && embedWantsTable()) {
    replaceChildren(table, matrixTable(matrix, keep, folded, day));
    linksToTop(table);
    table.hidden = false;
  }
  ready();
}

run().catch((error: unknown) => {
  say(t('embed.matrix.failed'));
  console.error(error);
});
