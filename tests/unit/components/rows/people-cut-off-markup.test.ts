/**
 * People cut off written as one string (src/components/rows/people-cut-off-markup.ts, part of the domain page's),
 * read back with parse5: a sentence when no size is known; else the shares as a headline or inside a caveated note
 * that says why (as `peopleCutOff` decides), and a table of the communities of known size with each one's state.
 * Names from the data (the domain, communities) stay text. Sizes and communities here are synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { peopleCutOffMarkup, type PeopleWords } from '../../../../src/components/rows/people-cut-off-markup.ts';
import { peopleCutOff, type CommunitySize } from '../../../../src/lib/reach/people.ts';
import type { ReachState } from '../../../../src/lib/reach/state.ts';
import { translator } from '../../../../src/locales/index.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const words: PeopleWords = { t, date: (iso) => `day ${iso}`, num: (n) => `#${n}`, percent: (s) => `${Math.round(s * 100)}pc`, page: (path) => `/cy/${path}` };
const DAY = '2026-06-01';
const HOSTILE = '<script>alert(1)</script>"&\u202Eevil.example';
const size = (total: number, counted: string, host: string): CommunitySize => ({ total, counted, url: `https://${host}/nodeinfo/2.0` });

/** The section as a browser builds it, for these states and sizes. */
function people(states: [string, ReachState][], sizes: [string, CommunitySize][], domain = 'target.example'): El {
  return bodyOf(peopleCutOffMarkup({ domain, day: DAY, people: peopleCutOff(states, new Map(sizes), DAY) }, words).html);
}
const summary = (el: El) => all(el, 'p').find((p) => 'data-people-summary' in p.attrs);

describe('peopleCutOffMarkup', () => {
  it('says no size is known, with no shares and no table, when none is', () => {
    const el = people([['a.example', 'suspends']], []);
    expect(el.children.map((c) => c.tag)).toEqual(['h2', 'p']);
    expect(el.children[1]!.attrs).toEqual({ 'data-people-none': '' });
    expect(el.children[1]!.text).toBe(t('reach.people.none', { domain: 'target.example', count: 1 }));
  });

  it('gives the shares as a headline, in bold, when every size is known and recent', () => {
    const el = people(
      [['a.example', 'suspends'], ['b.example', 'limits'], ['c.example', 'reaches']],
      [['a.example', size(600, DAY, 'a.example')], ['b.example', size(300, '2026-01-01', 'b.example')], ['c.example', size(100, DAY, 'c.example')]],
    );
    const p = summary(el)!;
    expect(p.attrs['data-people-show']).toBe('headline');
    expect(all(p, 'strong').map((s) => s.text)).toEqual(['60pc', '30pc']);
    expect(all(el, 'p').some((x) => 'data-people-why' in x.attrs)).toBe(false);
    expect(all(el, 'p')[1]!.text).toBe(t('reach.people.note', { span: t('reach.people.span', { from: 'day 2026-01-01', to: `day ${DAY}` }) }));
  });

  it('gives them only inside a note that says why (too few sizes, too old) when the rule forbids a headline', () => {
    const el = people([['a.example', 'suspends'], ['b.example', 'limits'], ['c.example', 'reaches']], [['a.example', size(600, '2020-01-01', 'a.example')]]);
    const p = summary(el)!;
    expect([p.attrs['data-people-show'], all(p, 'strong')]).toEqual(['note', []]);
    expect(p.text).toContain(t('reach.people.counted-on', { date: 'day 2020-01-01' }));
    const caveat = all(el, 'p').find((x) => 'data-people-why' in x.attrs)!;
    expect(caveat.attrs['data-people-why']).toBe('few-sizes old-sizes');
    expect(caveat.text).toContain(t('reach.people.why.both', { share: '33pc', days: '#365', day: `day ${DAY}` }));
    expect(all(caveat, 'a')[0]!.attrs.href).toBe('/cy/methodology/#people');
  });

  it("lists the communities of known size, largest first, with the source's host and each one's state badge", () => {
    const el = people([['small.example', 'unknown'], ['big.example', 'limits'], ['c.example', 'reaches']], [['small.example', size(5, DAY, 'src.example')], ['big.example', size(50, DAY, 'other.example')]]);
    const rows = all(all(el, 'tbody')[0]!, 'tr');
    expect(rows.map((r) => [all(r, 'a')[0]!.attrs.href, r.children[1]!.text, all(r, 'a')[1]!.text, all(r, 'span')[0]!.attrs['data-state']])).toEqual([
      ['/cy/servers/big.example/', '#50', 'other.example', 'limits'],
      ['/cy/servers/small.example/', '#5', 'src.example', 'unknown'],
    ]);
  });

  it('keeps markup in the domain and in community names as text', () => {
    const el = people([[HOSTILE, 'suspends'], ['b.example', 'reaches']], [[HOSTILE, size(10, DAY, 'a.example')]], HOSTILE);
    expect([all(el, 'script'), all(el, 'b')]).toEqual([[], []]);
    expect(all(el, 'caption')[0]!.text).toBe(t('reach.people.caption', { domain: HOSTILE }));
    expect(all(all(el, 'tbody')[0]!, 'a')[0]!.text).toBe(HOSTILE);
    expect(summary(el)!.text).toContain(HOSTILE);
  });
});
