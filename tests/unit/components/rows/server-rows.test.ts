/**
 * A server page's long tables written as strings (src/lib/html/server-rows.ts), read back with parse5 (the parsing
 * algorithm browsers use): each row's cells say what the model says, data comes back as the same text (the Big List
 * of Naughty Strings as comments and as domains), and nothing in the data becomes an element or a link. Every
 * domain here is synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { actedOnRows, decisionRows, type RowWords } from '../../../../src/components/rows/server-rows.ts';
import { translator } from '../../../../src/locales/index.ts';
import type { Action } from '../../../../src/lib/reach/actions.ts';
import type { CommunityReach } from '../../../../src/lib/reach/domain-reach.ts';
import type { Decision } from '../../../../src/lib/schema/decision.ts';
import type { Server } from '../../../../src/lib/schema/server.ts';
import { serverPageModel } from '../../../../src/lib/views/server-page.ts';
import { NAUGHTY_STRINGS } from '../../../hostile/strings.ts';
import { all, shownText, tbody } from './parse-rows.ts';

const t = translator('en');
const words: RowWords = { t, date: (iso) => `day ${iso}`, page: (path) => `/cy/${path}`, dataLang: 'en' };

const LIST = { url: 'https://home.example/api/v1/instance/domain_blocks', retrieved: '2025-01-01', kind: 'block-list' as const };
const home = { domain: 'home.example', name: 'Home', links: {}, blocklist: { status: 'published', evidence: LIST }, blocks: [] } as unknown as Server;
const other = { domain: 'other.example', name: 'Other', links: {}, blocklist: { status: 'published', evidence: LIST }, blocks: [] } as unknown as Server;

function model(decisions: { decision: Decision; domain: string | undefined; status?: Action['status'] }[], acting: CommunityReach[] = []) {
  const actions: Action[] = decisions.map(({ decision, domain, status }) => ({ target: domain ?? decision.original ?? '?', domain, decision, status: status ?? 'in-force' }));
  return serverPageModel({ server: home, actions, actingNow: acting, serverOf: (d) => (d === 'other.example' ? other : undefined), hasPage: (d) => d === 'bad.example', hasCard: false });
}

describe('decisionRows', () => {
  const OWN = { url: 'https://home.example/post/1', retrieved: '2024-02-01', kind: 'announcement' as const };
  const LIFT = { url: 'https://home.example/post/2', retrieved: '2024-09-09', kind: 'announcement' as const };
  const m = model([
    { decision: { domain: 'bad.example', severity: 'suspend', since: '2024-01-01', evidence: OWN, comment: '<script>alert(1)</script>' } as Decision, domain: 'bad.example' },
    { decision: { severity: 'silence', since: { on_or_before: '2024-03-03' }, original: 'h*dden.example' } as unknown as Decision, domain: undefined },
    { decision: { domain: 'meh.example', severity: 'silence', since: '2024-02-02', until: '2024-09-09', lifted_evidence: LIFT, evidence: { url: 'javascript:alert(1)', retrieved: '2024-02-02' } } as Decision, domain: 'meh.example', status: 'lifted' },
  ]);
  const body = tbody(decisionRows(m.actions, words).html);
  const rows = all(body, 'tr');

  it('writes one row per decision, each with its state and six cells, and no element from the data', () => {
    expect(rows.map((r) => r.attrs['data-state'])).toEqual(m.actions.map((a) => a.state));
    expect(rows.map((r) => r.children.length)).toEqual([6, 6, 6]);
    expect(all(body, 'script')).toEqual([]);
    expect(all(body, 'blockquote').map((b) => b.text)).toEqual(['“<script>alert(1)</script>”']);
  });

  it('links a domain with a page in the page language, names a hidden one as text with the reason', () => {
    const [first, second] = rows.map((r) => r.children[0]!);
    expect(first!.children[0]).toMatchObject({ tag: 'a', attrs: { href: '/cy/domains/bad.example/', translate: 'no' } });
    expect(second!.children[0]!.tag).toBe('span');
    expect(second!.text).toContain(t('server.hidden-target'));
    expect(second!.text).toContain('h*dden.example');
  });

  it('gives the dates as the page words them, with sort keys, an open end as a dash with an empty key', () => {
    const dates = rows.map((r) => [r.children[2]!.text, r.children[2]!.attrs['data-sort'], r.children[3]!.text, r.children[3]!.attrs['data-sort']]);
    expect(dates).toEqual([
      ['day 2024-01-01', '2024-01-01', '—', ''],
      [t('labels.since.on-or-before', { date: 'day 2024-03-03' }), '2024-03-03', '—', ''],
      ['day 2024-02-02', '2024-02-02', 'day 2024-09-09', '2024-09-09'],
    ]);
    expect(rows.map((r) => r.children[4]!.text)).toEqual([t('labels.action-status.in-force'), t('labels.action-status.in-force'), t('labels.action-status.lifted')]);
  });

  it('links evidence only when it is plain https: the list for a decision without its own, the lift beside it', () => {
    const links = rows.map((r) => all(r.children[5]!, 'a').map((a) => a.attrs.href));
    expect(links).toEqual([[OWN.url], [LIST.url], [LIFT.url]]);
    expect(rows[1]!.children[5]!.text.startsWith(t('reach.evidence.from-list'))).toBe(true);
    expect(rows[2]!.children[5]!.text).toContain('javascript:alert(1)');
    expect(rows[2]!.children[5]!.text).toContain(t('server.lifted-evidence'));
  });

  it('gives back every naughty string, as a comment and as a hidden domain, as the same text', () => {
    const naughty = model(NAUGHTY_STRINGS.map((s) => ({ decision: { severity: 'suspend', since: '2024-01-01', original: `x${s}`, comment: s } as unknown as Decision, domain: undefined })));
    const back = all(tbody(decisionRows(naughty.actions, words).html), 'tr');
    expect(back).toHaveLength(NAUGHTY_STRINGS.length);
    back.forEach((row, i) => {
      const s = NAUGHTY_STRINGS[i]!;
      expect(all(row, 'blockquote').map((b) => b.text), JSON.stringify(s)).toEqual(s === '' ? [] : [shownText(`“${s}”`)]);
      expect(row.children[0]!.children[0]!.text, JSON.stringify(s)).toBe(shownText(`x${s}`));
    });
  });
});

describe('actedOnRows', () => {
  const theirs = { domain: 'home.example', severity: 'silence', since: '2023-01-01', until: '2026-01-01' } as Decision;
  const acting: CommunityReach[] = [{ community: 'other.example', reach: { state: 'limits', reason: 'decision', possible: ['limits'], decision: theirs, confirmed: '2025-03-03' } }];
  const m = model([], acting);
  const rows = all(tbody(actedOnRows(m.actedOn, words).html), 'tr');

  it('writes one row per acting community: its server page, its state in words and glyph, since and until, its list', () => {
    expect(rows).toHaveLength(1);
    const [name, does, since, evidence] = rows[0]!.children;
    expect(rows[0]!.attrs['data-state']).toBe('limits');
    expect(name!.children[0]).toMatchObject({ tag: 'a', attrs: { href: '/cy/servers/other.example/' }, text: 'other.example' });
    expect(does!.text).toBe(`−${t('labels.state.limits')}`);
    expect(since!.text).toBe(`day 2023-01-01 ${t('server.until', { date: 'day 2026-01-01' })}`);
    expect(all(evidence!, 'a').map((a) => a.attrs.href)).toEqual([LIST.url]);
  });
});
