/**
 * A domain page's long lists written as strings (src/lib/html/domain-rows.ts), read back with parse5: each state's
 * rows have the cells the state calls for, the dated list says who did what and on what evidence, and data (the
 * Big List of Naughty Strings as names, originals and comments) comes back as the same text, never as markup.
 * Every domain here is synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { actingRows, datedItems, stateRows } from '../../../../src/components/rows/domain-rows.ts';
import type { RowWords } from '../../../../src/components/rows/row-words.ts';
import type { CommunityReach } from '../../../../src/lib/reach/domain-reach.ts';
import type { Decision } from '../../../../src/lib/schema/decision.ts';
import type { Server } from '../../../../src/lib/schema/server.ts';
import type { DomainEvent, DomainRow } from '../../../../src/lib/views/domain-page.ts';
import { translator } from '../../../../src/locales/index.ts';
import { NAUGHTY_STRINGS } from '../../../hostile/strings.ts';
import { all, ol, shownText, tbody } from './parse-rows.ts';

const t = translator('en');
const words: RowWords = { t, date: (iso) => `day ${iso}`, page: (path) => `/cy/${path}`, dataLang: 'en' };
const TARGET = 'target.example';
const LIST = { url: 'https://a.example/api/v1/instance/domain_blocks', retrieved: '2025-01-01', kind: 'block-list' as const, fromList: true };
const POST = { url: 'https://b.example/post/1', retrieved: '2024-05-05', kind: 'announcement' as const, fromList: false };

const serverNamed = (domain: string, name: string) => ({ domain, name }) as Server;
const row = (community: string, reach: Partial<CommunityReach['reach']>, extra: Partial<DomainRow> = {}, back?: CommunityReach['reach']): DomainRow => ({
  entry: { community, reach: { possible: [reach.state as 'reaches'], reason: 'decision', ...reach } as CommunityReach['reach'], ...(back ? { back } : {}) },
  server: serverNamed(community, community),
  shown: { text: community },
  evidence: undefined,
  ...extra,
});
const table = { domain: TARGET, shown: TARGET, self: false };

describe('stateRows', () => {
  const viaParent = { domain: 'example', severity: 'suspend', since: { on_or_before: '2024-01-01' }, original: '*.example' } as unknown as Decision;
  const own = { domain: TARGET, severity: 'suspend', since: '2024-05-05', until: '2026-01-01', evidence: POST } as Decision;
  const suspends = [
    row('a.example', { state: 'suspends', decision: viaParent, confirmed: '2025-01-01' }, { evidence: LIST, server: serverNamed('a.example', 'Aye') }),
    row('b.example', { state: 'suspends', decision: own }, { evidence: POST, shown: { text: 'bé.example', title: 'xn--b-bga.example' } }),
  ];

  it('gives a suspension its community (name beside it), since (parent and original noted), until, evidence and confirmation', () => {
    const rows = all(tbody(stateRows({ state: 'suspends', listed: suspends }, table, words).html), 'tr');
    expect(rows.map((r) => r.children.map((c) => c.tag))).toEqual([
      ['th', 'td', 'td', 'td', 'td'],
      ['th', 'td', 'td', 'td', 'td'],
    ]);
    const [a, b] = rows;
    expect(a!.children[0]!.children.map((c) => [c.tag, c.text, c.attrs.href])).toEqual([
      ['a', 'a.example', '/cy/servers/a.example/'],
      ['span', 'Aye', undefined],
    ]);
    expect(b!.children[0]!.children.map((c) => [c.text, c.attrs.title])).toEqual([['bé.example', 'xn--b-bga.example']]);
    expect(a!.children[1]!.text).toContain(t('labels.since.on-or-before', { date: 'day 2024-01-01' }));
    expect(a!.children[1]!.text).toContain(t('domain.by-decision-on', { domain: 'example' }));
    expect(a!.children[1]!.text).toContain('“*.example”');
    expect([a!.children[2]!.text, b!.children[2]!.text]).toEqual(['—', 'day 2026-01-01']);
    expect(rows.map((r) => all(r.children[3]!, 'a').map((x) => x.attrs.href))).toEqual([[LIST.url], [POST.url]]);
    expect(rows.map((r) => [r.children[4]!.attrs['data-confirmed'], r.children[4]!.text])).toEqual([
      ['2025-01-01', 'day 2025-01-01'],
      [undefined, '—'],
    ]);
  });

  it('gives an unknown answer its reason and the states still possible, and no confirmation', () => {
    const unknown = [row('c.example', { state: 'unknown', reason: 'list-partial', possible: ['reaches', 'limits'] }), row('d.example', { state: 'unknown', reason: 'list-unknown', possible: ['suspends', 'limits', 'reaches'] })];
    const rows = all(tbody(stateRows({ state: 'unknown', listed: unknown }, table, words).html), 'tr');
    expect(rows.map((r) => r.children.length)).toEqual([2, 2]);
    expect(rows[0]!.children[1]!.text).toContain(t('labels.reason.list-partial'));
    expect(all(rows[0]!.children[1]!, 'span')).toHaveLength(1);
    expect(rows[1]!.children[1]!.text).toBe(t('labels.reason.list-unknown'));
  });

  it('on a curated domain, says what it does back to each community, with glyph and words, or a dash', () => {
    const back = { state: 'limits', reason: 'decision', possible: ['limits'] } as CommunityReach['reach'];
    const reaches = [row('e.example', { state: 'reaches', confirmed: '2025-02-02' }, {}, back), row('f.example', { state: 'reaches' })];
    const rows = all(tbody(stateRows({ state: 'reaches', listed: reaches }, { ...table, self: true }, words).html), 'tr');
    expect(rows.map((r) => r.children.at(-1)!.text)).toEqual([`−${t('labels.state.limits')}`, '—']);
    expect(all(rows[0]!, 'span').find((s) => s.attrs['aria-hidden'] === 'true')?.text).toBe('−');
  });

  it('gives back every naughty string, as a server name and as an original, as the same text', () => {
    const naughty = NAUGHTY_STRINGS.map((s) => row('g.example', { state: 'limits', decision: { ...own, severity: 'silence', original: `o${s}` } as Decision }, { server: serverNamed('g.example', `n${s}`) }));
    const rows = all(tbody(stateRows({ state: 'limits', listed: naughty }, table, words).html), 'tr');
    expect(rows).toHaveLength(NAUGHTY_STRINGS.length);
    rows.forEach((r, i) => {
      const s = NAUGHTY_STRINGS[i]!;
      expect(r.children[0]!.children[1]!.text, JSON.stringify(s)).toBe(shownText(`n${s}`));
      expect(r.children[1]!.text, JSON.stringify(s)).toContain(shownText(`“o${s}”`));
      expect(all(r, 'script')).toEqual([]);
    });
  });
});

describe('datedItems', () => {
  const LIFT = { url: 'https://c.example/post/lifted', retrieved: '2026-01-01', kind: 'announcement' as const };
  const decision = { domain: 'example', severity: 'silence', since: '2024-05-05', until: '2026-01-01', comment: '<img src=x onerror=alert(1)>' } as Decision;
  const events: DomainEvent[] = [
    { kind: 'since', key: '2024-05-05', community: 'c.example', name: 'Sea', decision, on: 'example', evidence: POST, liftedEvidence: undefined },
    { kind: 'until', key: '2026-01-01', community: 'c.example', name: undefined, decision, on: undefined, evidence: POST, liftedEvidence: LIFT },
  ];
  const items = all(ol(datedItems(events, TARGET, words).html), 'li');

  it('says when, who (named), what it did, to what, and on what evidence; a lift with the source of the lift', () => {
    expect(items).toHaveLength(2);
    const [start, lift] = items;
    expect(start!.children[0]!.text).toBe('day 2024-05-05');
    expect(start!.text).toContain('c.example (Sea)');
    expect(start!.text).toContain(`${t('domain.verb.limits')} ${t('domain.and-so', { on: 'example', domain: TARGET })}`);
    expect(all(start!, 'a').map((a) => a.attrs.href)).toEqual(['/cy/servers/c.example/', POST.url]);
    expect(lift!.children[0]!.text).toBe('day 2026-01-01');
    expect(lift!.text).toContain(`${t('domain.verb.lifts-limit')} ${TARGET}`);
    expect(all(lift!, 'a').map((a) => a.attrs.href)).toEqual(['/cy/servers/c.example/', LIFT.url]);
    expect(lift!.text).toContain(t('domain.lifted-evidence'));
  });

  it('quotes the comment on the start only, as text', () => {
    expect(items.map((i) => all(i, 'blockquote').map((b) => b.text))).toEqual([['“<img src=x onerror=alert(1)>”'], []]);
    expect(all(items[0]!, 'img')).toEqual([]);
  });
});

describe('actingRows', () => {
  it('links each acting community and shows its state on the day with glyph and words', () => {
    const rows = all(tbody(actingRows([{ community: 'a.example', state: 'suspends' }, { community: 'b"x.example', state: 'reaches' }], words).html), 'tr');
    expect(rows.map((r) => [r.attrs['data-as-of-row'], r.children[0]!.children[0]!.attrs.href, r.children[1]!.text])).toEqual([
      ['a.example', '/cy/servers/a.example/', `✕${t('labels.state.suspends')}`],
      ['b"x.example', '/cy/servers/b"x.example/', `✓${t('labels.state.reaches')}`],
    ]);
  });
});
