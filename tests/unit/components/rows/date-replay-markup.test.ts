/**
 * A domain page's replay section written as one string (src/components/rows/date-replay-markup.ts, part of
 * the domain page's markup), read back with parse5: the section tells the script where the domain's data is, says the day and its
 * counts, holds the controls and the counts list, and folds a table of the acting communities only when some
 * community acted. The domain as shown comes from the data: markup in it stays text. Every domain here is synthetic.
 */
import { describe, expect, it } from 'vitest';
import { dateReplayMarkup, type DateReplayWords } from '../../../../src/components/rows/date-replay-markup.ts';
import type { SilenceHistory } from '../../../../src/lib/map/as-of-history.ts';
import type { DateReplayModel } from '../../../../src/lib/views/date-replay.ts';
import { translator } from '../../../../src/locales/index.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const words: DateReplayWords = {
  t,
  locale: 'en',
  dataLang: 'en',
  date: (iso) => `day ${iso}`,
  num: (n) => `#${n}`,
  page: (path) => `/cy/${path}`,
  asset: (path) => `/base/${path}`,
};
const SILENCE: SilenceHistory = { day: '2026-06-01', from: '2023-01-01', communities: {} };
const COUNTS = { suspends: 2, limits: 1, reaches: 5, unknown: 19 };
const HOSTILE = '<script>alert(1)</script>"&\u202Eevil.example';
const ACTING: DateReplayModel['acting'] = [
  { community: 'a.example', state: 'suspends' },
  { community: '"><b>x</b>', state: 'limits' },
];

/** The section as a browser builds it. */
function section(replay: Partial<DateReplayModel>, shown = 'target.example'): El {
  const model: DateReplayModel = { domain: 'target.example', counts: COUNTS, stale: 3, acting: ACTING, ...replay };
  return bodyOf(dateReplayMarkup({ replay: model, silence: SILENCE, shown }, words).html).children[0]!;
}
const find = (el: El, tag: string, has: string): El[] => all(el, tag).filter((e) => has in e.attrs);

describe('dateReplayMarkup', () => {
  it("tells the script the domain, the day, the range and where the domain's shard and the silence are", () => {
    const el = section({ domain: 'xn--b-bga.example' }, 'bé.example');
    expect([el.tag, el.attrs.class, el.attrs.id]).toEqual(['section', 'as-of', 'as-of']);
    expect(el.attrs).toMatchObject({
      'data-domain': 'xn--b-bga.example',
      'data-domain-shown': 'bé.example',
      'data-server-base': '/cy/servers/',
      'data-day': '2026-06-01',
      'data-from': '2023-01-01',
      'data-shard-url': '/base/data/reach/xn--b-bga.example.json',
      'data-silence-url': '/base/data/as-of.json',
    });
  });

  it('says the day, holds the controls (ids under as-of) and gives the counts in a sentence and as a list', () => {
    const el = section({});
    const heading = all(el, 'h2')[0]!;
    expect(all(heading, 'time')[0]!.attrs.datetime).toBe('2026-06-01');
    expect(heading.text).toBe(`${t('replay.as-of')} day 2026-06-01 ${t('replay.latest')}`);
    expect(all(el, 'input').map((i) => i.attrs.id)).toEqual(['as-of-date', 'as-of-range']);
    const status = find(el, 'p', 'data-as-of-status')[0]!;
    expect(status.text).toBe(t('replay.status', { day: 'day 2026-06-01', counts: ['suspends', 'limits', 'reaches', 'unknown'].map((s) => t(`replay.count.${s}`, { count: COUNTS[s as keyof typeof COUNTS] })).join(', ') }));
    expect(find(el, 'span', 'data-state-count').map((s) => [s.attrs['data-state-count'], s.text])).toEqual([
      ['suspends', '#2'],
      ['limits', '#1'],
      ['reaches', '#5'],
      ['unknown', '#19'],
    ]);
    expect(find(el, 'p', 'data-as-of-stale').map((p) => [p.attrs['data-count'], p.text])).toEqual([['3', t('replay.stale', { count: 3 })]]);
  });

  it('folds a table of the acting communities, each linked with its state, only when some community acted', () => {
    const table = all(section({}), 'table')[0]!;
    expect(find(table, 'tr', 'data-as-of-row').map((r) => [r.attrs['data-as-of-row'], all(r, 'a')[0]!.attrs.href, all(r, 'span')[0]!.attrs['data-state']])).toEqual([
      ['a.example', '/cy/servers/a.example/', 'suspends'],
      ['"><b>x</b>', '/cy/servers/"><b>x</b>/', 'limits'],
    ]);
    expect(all(table, 'b')).toEqual([]);
    expect(all(table, 'caption')[0]!.text).toBe(`${t('replay.caption', { count: 2, domain: 'target.example' })} day 2026-06-01`);
    const none = section({ acting: [] });
    expect([all(none, 'details'), all(none, 'table')]).toEqual([[], []]);
  });

  it('keeps markup in the shown domain as text in every sentence and attribute', () => {
    const el = section({}, HOSTILE);
    expect([all(el, 'script'), all(el, 'b')]).toEqual([[], []]);
    expect(el.attrs['data-domain-shown']).toBe(HOSTILE);
    expect(all(el, 'ul')[0]!.attrs['aria-label']).toBe(t('replay.counts-label', { domain: HOSTILE }));
    expect(all(el, 'summary')[0]!.text).toBe(t('replay.acted-summary', { count: 2, domain: HOSTILE }));
    const note = find(el, 'p', 'class').filter((p) => p.attrs.class === 'note' && !('data-as-of-stale' in p.attrs))[0]!;
    expect(note.text).toBe(`${t('replay.note', { domain: HOSTILE })} ${t('replay.note.link')}.`);
    expect(all(note, 'a')[0]!.attrs.href).toBe('/cy/methodology/#as-of');
  });

  it('names one acting community in the singular, in the summary and the caption, in English and Welsh', () => {
    const one = section({ acting: ACTING.slice(0, 1) });
    expect(all(one, 'summary')[0]!.text).toBe('The 1 community that acted on target.example at some time');
    expect(all(one, 'caption')[0]!.text).toBe('The 1 community that acted on target.example at some time, on day 2026-06-01');
    expect(all(section({}), 'summary')[0]!.text).toBe('The 2 communities that acted on target.example at some time');
    const cy = translator('cy');
    expect(cy('replay.acted-summary', { count: 1, domain: 'd.example' })).not.toBe(cy('replay.acted-summary', { count: 3, domain: 'd.example' }));
  });
});
