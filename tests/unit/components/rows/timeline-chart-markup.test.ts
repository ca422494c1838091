/**
 * A domain's timeline chart written as one string (src/components/rows/timeline-chart-markup.ts, part of
 * the domain page's markup), read back with parse5 (the parsing algorithm browsers use): one path per series as timelineChart draws it,
 * the axes' ticks, limits dashed in the legend, a summary that gives a peak only when it is above the last count, and
 * a hostile domain kept as text. The bytes were held to Astro's own rendering by building the fixture site before and
 * after the component was replaced. Series here are synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { timelineChartMarkup } from '../../../../src/components/rows/timeline-chart-markup.ts';
import { translator } from '../../../../src/locales/index.ts';
import { stateWords } from '../../../../src/lib/map/reach-shard.ts';
import { emptyCounts } from '../../../../src/lib/reach/state.ts';
import type { DomainTimeline, TimelinePoint } from '../../../../src/lib/reach/timeline.ts';
import { timelineChart } from '../../../../src/lib/views/timeline-chart.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const words = stateWords(t);

/** A synthetic month-end point with these counts of suspends and limits. */
const point = (day: string, suspends: number, limits: number): TimelinePoint => ({ day, counts: { ...emptyCounts(), suspends, limits } });

/** Suspends rise to 3 and fall back to 1; limits hold at 2. */
const POINTS = [point('2024-01-31', 0, 2), point('2024-02-29', 3, 2), point('2024-03-31', 1, 2)];

/** The chart's figure as a browser builds it. */
const figure = (timeline: DomainTimeline, id = 'tl'): El => bodyOf(timelineChartMarkup({ timeline, id }, { t }).html).children[0]!;

describe('timelineChartMarkup', () => {
  const el = figure({ domain: 'a.example', points: POINTS });
  const chart = timelineChart(POINTS, ['suspends', 'limits'], undefined, (m) => t(`reach.month.${m}`));

  it('draws one path per series, as timelineChart draws it, with its state', () => {
    const paths = all(el, 'path');
    expect(paths.map((p) => [p.attrs['data-series'], p.attrs.class, p.attrs.d])).toEqual(chart.series.map((s) => [s.state, `series series-${s.state}`, s.d]));
  });

  it('labels the axes with the chart’s ticks, numbers printed as numbers', () => {
    const svg = all(el, 'svg')[0]!;
    expect(svg.attrs).toMatchObject({ class: 'timeline-chart', viewBox: '0 0 560 180', width: '560', height: '180', role: 'img', 'aria-labelledby': 'tl-desc' });
    const [y, x] = all(svg, 'g');
    expect(all(y!, 'text').map((e) => [e.text, e.attrs.y])).toEqual(chart.yTicks.map((k) => [k.label, String(k.at + 4)]));
    expect(all(y!, 'line').map((e) => e.attrs['stroke-opacity'])).toEqual(chart.yTicks.map((k) => (k.label === '0' ? '1' : '0.5')));
    expect(all(x!, 'text').map((e) => [e.text, e.attrs.x])).toEqual(chart.xTicks.map((k) => [k.label, String(k.at)]));
  });

  it('dashes limits in the legend, and only limits, as Astro wrote it', () => {
    const legend = all(el, 'ul')[0]!;
    expect(legend.attrs['aria-label']).toBe(t('reach.timeline.legend'));
    expect(all(legend, 'line').map((l) => l.attrs['stroke-dasharray'])).toEqual([undefined, '7 4']);
    expect(legend.children.map((li) => li.text)).toEqual([`${words.suspends.glyph} ${words.suspends.label}`, `${words.limits.glyph} ${words.limits.label}`]);
    expect(timelineChartMarkup({ timeline: { domain: 'a.example', points: POINTS }, id: 'tl' }, { t }).html).toContain(
      '<li><svg width="34" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5" class="series series-limits" stroke-width="2.5" stroke-dasharray="7 4"></line></svg><span aria-hidden="true">−</span> Limits</li>',
    );
  });

  it('sums the chart up, with a peak only where it is above the last count', () => {
    const caption = all(el, 'figcaption')[0]!;
    expect(caption.attrs.id).toBe('tl-desc');
    expect(caption.text).toBe(
      `${t('reach.timeline.summary', { domain: 'a.example', from: '2024-01-31', to: '2024-03-31' })} ` +
        `${t('reach.timeline.series', { state: words.suspends.label, count: 1 })}${t('reach.timeline.peak', { count: 3, day: '2024-02-29' })}; ` +
        `${t('reach.timeline.series', { state: words.limits.label, count: 2 })}.`,
    );
    expect(caption.text.match(/at most/g)).toHaveLength(1);
  });

  it('keeps a hostile domain and id as text and attribute values', () => {
    const domain = '<script>alert(1)</script>"&\u202E.example';
    const hostile = figure({ domain, points: POINTS }, '"><img src=x>');
    expect(all(hostile, 'script')).toEqual([]);
    expect(all(hostile, 'img')).toEqual([]);
    expect(all(hostile, 'figcaption')[0]!.text).toContain(domain);
    expect(all(hostile, 'svg')[0]!.attrs['aria-labelledby']).toBe('"><img src=x>-desc');
  });
});
