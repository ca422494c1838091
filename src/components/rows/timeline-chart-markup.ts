/**
 * A domain's timeline chart, written as one string with `html` (src/lib/html/markup.ts) for the domain page's markup
 * (./domain-page-markup.ts), byte for byte as the component it replaced wrote it (Astro's `compressHTML: 'jsx'` drops
 * the template's whitespace between tags; numbers are printed as `String(n)`, an attribute whose value is
 * `undefined` is left out): one step line per state (coloured AND dashed differently) and a summary in words for
 * screen readers.
 */
import type { PageI18n } from '../../i18n.ts';
import { stateWords } from '../../lib/map/reach-shard.ts';
import type { DomainTimeline } from '../../lib/reach/timeline.ts';
import { timelineChart, type TimelineChart } from '../../lib/views/timeline-chart.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';

/** Props of the chart. */
export interface TimelineChartProps {
  /** The series (domainTimeline). */
  timeline: DomainTimeline;
  /** A unique prefix for ids. */
  id: string;
}

/** The states drawn, in the legend's order. */
const STATES = ['suspends', 'limits'] as const;

/** Each state's dash in the legend (the lines' own dashes are the stylesheet's). */
const DASH = { suspends: undefined, limits: '7 4' } as const;

/** The chart in words: its span, each state's last count, and its peak when the peak is above it. */
function summary(domain: string, chart: TimelineChart, t: PageI18n['t']): string {
  const words = stateWords(t);
  const series = chart.series.map(
    (s) => t('reach.timeline.series', { state: words[s.state].label, count: s.last }) + (s.peak.count > s.last ? t('reach.timeline.peak', { count: s.peak.count, day: s.peak.day }) : ''),
  );
  return `${t('reach.timeline.summary', { domain, from: chart.span.from, to: chart.span.to })} ${series.join('; ')}.`;
}

/** The SVG: the y axis's lines and counts, the x axis's years or months, one path per state. */
function chartSvg(chart: TimelineChart, id: string): Markup {
  const { plot } = chart;
  const yTicks = chart.yTicks.map(
    (tick) =>
      html`<line class="axis"${attr('x1', plot.x0)}${attr('x2', plot.x1)}${attr('y1', tick.at)}${attr('y2', tick.at)}${attr('stroke-opacity', tick.label === '0' ? 1 : 0.5)}></line><text class="tick-label"${attr('x', plot.x0 - 6)}${attr('y', tick.at + 4)} text-anchor="end">${tick.label}</text>`,
  );
  const xTicks = chart.xTicks.map((tick) => html`<text class="tick-label"${attr('x', tick.at)}${attr('y', chart.height - 8)} text-anchor="middle">${tick.label}</text>`);
  const paths = chart.series.map((s) => html`<path${attr('class', `series series-${s.state}`)}${attr('d', s.d)}${attr('data-series', s.state)}></path>`);
  return html`<svg class="timeline-chart"${attr('viewBox', `0 0 ${chart.width} ${chart.height}`)}${attr('width', chart.width)}${attr('height', chart.height)} role="img"${attr('aria-labelledby', `${id}-desc`)}><g class="y-axis">${yTicks}</g><g class="x-axis">${xTicks}</g>${paths}</svg>`;
}

/**
 * The chart's markup: the figure with its SVG, its summary as caption, and its legend (each state's line, glyph and
 * name). The domain and every word are text or an attribute's value, escaped as Astro escapes them.
 */
export function timelineChartMarkup(props: TimelineChartProps, w: Pick<PageI18n, 't'>): Markup {
  const { timeline, id } = props;
  const { t } = w;
  const words = stateWords(t);
  const chart = timelineChart(timeline.points, STATES, undefined, (month) => t(`reach.month.${month}`));
  const legend = STATES.map(
    (s) =>
      html`<li><svg width="34" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5"${attr('class', `series series-${s}`)} stroke-width="2.5"${attr('stroke-dasharray', DASH[s])}></line></svg><span aria-hidden="true">${words[s].glyph}</span> ${words[s].label}</li>`,
  );
  return html`<figure class="graph-figure">${chartSvg(chart, id)}<figcaption${attr('id', `${id}-desc`)} class="note">${summary(timeline.domain, chart, t)}</figcaption><ul class="chart-legend"${attr('aria-label', t('reach.timeline.legend'))}>${legend}</ul></figure>`;
}
