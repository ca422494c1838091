/**
 * The timeline embed (`/embed/timeline/?domain=D&date=…`): the headline sentence of the day shown, the chart of how
 * many communities suspend and limit the domain at the end of each month up to that day (src/lib/map/shard-timeline.ts,
 * drawn with the domain page's chart numbers, src/lib/views/timeline-chart.ts), and with `&table=1` the same counts
 * as a table. From the domain's data files, never from a page.
 */
import { shardTimeline } from '../../lib/map/shard-timeline.ts';
import { stateWords } from '../../lib/map/reach-shard.ts';
import type { TimelinePoint } from '../../lib/reach/timeline.ts';
import { timelineChart } from '../../lib/views/timeline-chart.ts';
import { domainDisplay } from '../../lib/domain.ts';
import { h, replaceChildren, s } from '../dom.ts';
import { dayWords, pageLang, t } from '../page-words.ts';
import { loadDomainDay } from './domain-day.ts';
import { showReachHeadline } from './headline.ts';
import { ready, say } from './status.ts';
import { embedDomain, embedWantsTable } from './view-url.ts';

const STATES = ['suspends', 'limits'] as const;
const DASH = { suspends: undefined, limits: '7 4' } as const;

function chartFigure(domain: string, points: TimelinePoint[]): HTMLElement {
  const words = stateWords(t);
  const chart = timelineChart(points, STATES, undefined, (month) => t(`reach.month.${month}`));
  const summary =
    `${t('reach.timeline.summary', { domain, from: chart.span.from, to: chart.span.to })} ` +
    chart.series.map((x) => `${t('reach.timeline.series', { state: words[x.state].label, count: x.last })}${x.peak.count > x.last ? t('reach.timeline.peak', { count: x.peak.count, day: x.peak.day }) : ''}`).join('; ') +
    '.';
  const svg = s(
    'svg',
    { class: 'timeline-chart', viewBox: `0 0 ${chart.width} ${chart.height}`, width: chart.width, height: chart.height, role: 'img', 'aria-labelledby': 'embed-timeline-desc' },
    s('g', { class: 'y-axis' }, ...chart.yTicks.flatMap((tick) => [
      s('line', { class: 'axis', x1: chart.plot.x0, x2: chart.plot.x1, y1: tick.at, y2: tick.at, 'stroke-opacity': tick.label === '0' ? 1 : 0.5 }),
      s('text', { class: 'tick-label', x: chart.plot.x0 - 6, y: tick.at + 4, 'text-anchor': 'end' }, tick.label),
    ])),
    s('g', { class: 'x-axis' }, ...chart.xTicks.map((tick) => s('text', { class: 'tick-label', x: tick.at, y: chart.height - 8, 'text-anchor': 'middle' }, tick.label))),
    ...chart.series.map((x) => s('path', { class: `series series-${x.state}`, d: x.d, 'data-series': x.state })),
  );
  return h(
    'figure',
    { class: 'graph-figure' },
    svg,
    h('figcaption', { id: 'embed-timeline-desc', class: 'note' }, summary),
    h(
      'ul',
      { class: 'chart-legend', 'aria-label': t('reach.timeline.legend') },
      ...STATES.map((st) => h('li', {}, s('svg', { width: 34, height: 10, 'aria-hidden': 'true' }, s('line', { x1: 0, y1: 5, x2: 34, y2: 5, class: `series series-${st}`, 'stroke-width': 2.5, 'stroke-dasharray': DASH[st] })), h('span', { 'aria-hidden': 'true' }, words[st].glyph), ` ${words[st].label}`)),
    ),
  );
}

function countsTable(domain: string, points: TimelinePoint[]): HTMLElement {
  const words = stateWords(t);
  const numbers = new Intl.NumberFormat(pageLang);
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'embed-timeline-caption', tabindex: 0 },
    h(
      'table',
      { 'data-timeline-table': true },
      h('caption', { id: 'embed-timeline-caption' }, t('embed.timeline.caption', { domain })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('embed.timeline.col.month')), ...STATES.map((st) => h('th', { scope: 'col' }, words[st].label)))),
      h('tbody', {}, ...points.map((p) => h('tr', {}, h('th', { scope: 'row', class: 'nowrap' }, dayWords(p.day)), ...STATES.map((st) => h('td', { 'data-state-count': st }, numbers.format(p.counts[st])))))),
    ),
  );
}

async function run(): Promise<void> {
  const domain = embedDomain();
  if (!domain) return say(t('embed.no-domain'));
  const data = await loadDomainDay(domain);
  if (!data) return say(t('embed.no-decisions', { domain }));
  const shown = domainDisplay(domain).text;
  showReachHeadline(domain, data.day, data.counts);
  const timeline = shardTimeline(data.shard, data.silence, data.day);
  const view = document.querySelector<HTMLElement>('[data-embed-view-slot]');
  if (view) replaceChildren(view, chartFigure(shown, timeline.points));
  const table = document.querySelector<HTMLElement>('[data-embed-table]');
  if (table && embedWantsTable()) {
    replaceChildren(table, countsTable(shown, timeline.points));
    table.hidden = false;
  }
  ready();
}

run().catch((error: unknown) => {
  say(t('embed.failed'));
  console.error(error);
});
