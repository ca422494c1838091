/** The server page's view model, on a small synthetic server (every domain here is synthetic, under .example). */
import { describe, expect, it } from 'vitest';
import { serverPageModel } from '../../../src/lib/views/server-page.ts';
import type { Action } from '../../../src/lib/reach/actions.ts';
import type { CommunityReach } from '../../../src/lib/reach/domain-reach.ts';
import type { Decision } from '../../../src/lib/schema/decision.ts';
import type { Server } from '../../../src/lib/schema/server.ts';

const LIST = { url: 'https://home.example/api/v1/instance/domain_blocks', retrieved: '2025-01-01' };
const OTHER_LIST = { url: 'https://other.example/api/v1/instance/domain_blocks', retrieved: '2025-03-03' };
const OWN = { url: 'https://home.example/post/1', retrieved: '2024-02-01' };

const home = {
  domain: 'home.example',
  name: 'Home',
  links: { home: 'https://home.example/', about: 'http://home.example/about', rules: 'https://home.example/rules', blog: 'javascript:alert(1)' },
  unconfirmed: ['area', 'focus'],
  blocklist: { status: 'published', evidence: LIST },
  blocks: [],
} as unknown as Server;
const other = { domain: 'other.example', name: 'Other', links: {}, blocklist: { status: 'published', evidence: OTHER_LIST }, blocks: [] } as unknown as Server;
const quiet = { domain: 'quiet.example', name: 'Quiet', links: {}, blocklist: { status: 'unknown' }, blocks: [] } as unknown as Server;

const suspend = { domain: 'bad.example', severity: 'suspend', since: '2024-01-01', evidence: OWN } as Decision;
const LIFT = { url: 'https://home.example/post/lifted', retrieved: '2024-09-09', kind: 'announcement' as const };
const limit = { domain: 'meh.example', severity: 'silence', since: '2024-02-02', until: '2024-09-09', lifted_evidence: LIFT } as Decision;
const hidden = { severity: 'suspend', since: '2024-03-03', original: 'h*dden.example' } as unknown as Decision;
const actions: Action[] = [
  { target: 'bad.example', domain: 'bad.example', decision: suspend, status: 'in-force' },
  { target: 'h*dden.example', decision: hidden, status: 'in-force' },
  { target: 'meh.example', domain: 'meh.example', decision: limit, status: 'lifted' },
];
const theirs = { domain: 'home.example', severity: 'silence', since: '2023-01-01' } as Decision;
const actingNow: CommunityReach[] = [
  { community: 'other.example', reach: { state: 'limits', reason: 'decision', possible: ['limits'], decision: theirs, confirmed: '2025-03-03' } },
  { community: 'quiet.example', reach: { state: 'suspends', reason: 'decision', possible: ['suspends'], decision: theirs } },
];
const servers = new Map([home, other, quiet].map((s) => [s.domain, s]));
const pages = new Set(['bad.example', 'home.example']);

describe('serverPageModel', () => {
  const model = serverPageModel({ server: home, actions, actingNow, serverOf: (d) => servers.get(d), hasPage: (d) => pages.has(d), hasCard: true });

  it('keeps only plain https links, in about, rules, blog order', () => {
    expect(model.home).toBe('https://home.example/');
    expect(model.links).toEqual([{ kind: 'rules', url: 'https://home.example/rules' }]);
  });

  it('knows which facts are unconfirmed', () => {
    expect([...model.unconfirmed].sort()).toEqual(['area', 'focus']);
    expect(model.unconfirmed.has('name')).toBe(false);
  });

  it('gives each decision its state, evidence and the domain page it links to (a resolved target with a page only)', () => {
    expect(model.actions.map((a) => [a.action.target, a.state, a.evidence?.url, a.evidence?.fromList, a.linked])).toEqual([
      ['bad.example', 'suspends', OWN.url, false, 'bad.example'],
      ['h*dden.example', 'suspends', LIST.url, true, undefined],
      ['meh.example', 'limits', LIST.url, true, undefined],
    ]);
  });

  it('gives a lifted decision the source of its lift, and no other decision one', () => {
    expect(model.actions.map((a) => a.liftedEvidence)).toEqual([undefined, undefined, LIFT]);
  });

  it('lists the decisions on reserved names apart, by name, each with why the name is reserved; none when none are given', () => {
    const reserved = [
      { domain: 'z.sources.example.com', severity: 'suspend' },
      { domain: 'box.test', severity: 'silence' },
      { domain: 'a.invalid', severity: 'suspend' },
      { domain: 'real.social', severity: 'suspend' },
      { severity: 'suspend' },
    ] as Decision[];
    const flagged = serverPageModel({ server: home, actions, actingNow, serverOf: (d) => servers.get(d), hasPage: () => false, hasCard: false, reserved });
    // real.social is not reserved and an unresolved target has no name: neither is listed here.
    expect(flagged.reserved).toEqual([
      { domain: 'a.invalid', severity: 'suspend', reason: 'invalid' },
      { domain: 'box.test', severity: 'silence', reason: 'test' },
      { domain: 'z.sources.example.com', severity: 'suspend', reason: 'example' },
    ]);
    expect(model.reserved).toEqual([]);
  });

  it('gives each community acting on it the evidence of its decision: its own list\'s, none when it has no list', () => {
    expect(model.actedOn.map((r) => [r.entry.community, r.evidence?.url])).toEqual([
      ['other.example', OTHER_LIST.url],
      ['quiet.example', undefined],
    ]);
  });

  it('says whether its domain has a page and a card', () => {
    expect(model.hasDomainPage).toBe(true);
    expect(model.hasCard).toBe(true);
    const bare = serverPageModel({ server: quiet, actions: [], actingNow: [], serverOf: () => undefined, hasPage: () => false, hasCard: false });
    expect(bare).toMatchObject({ home: undefined, links: [], actions: [], actedOn: [], hasDomainPage: false, hasCard: false });
    expect(bare.unconfirmed.size).toBe(0);
  });

  it('says how each row\'s domain is shown, in Unicode with its ASCII form kept for a title, once for every language', () => {
    const idn = { target: 'xn--69aa8bzb.example', domain: 'xn--69aa8bzb.example', decision: { ...suspend, domain: 'xn--69aa8bzb.example' }, status: 'in-force' } as Action;
    const acting: CommunityReach[] = [{ community: 'xn--69aa8bzb.example', reach: { state: 'suspends', reason: 'decision', possible: ['suspends'], decision: theirs } }];
    const shown = serverPageModel({ server: home, actions: [idn, actions[0]!], actingNow: acting, serverOf: () => undefined, hasPage: () => false, hasCard: false });
    expect(shown.actions.map((a) => a.shown)).toEqual([{ text: 'թութ.example', title: 'xn--69aa8bzb.example' }, { text: 'bad.example' }]);
    expect(shown.actedOn.map((a) => a.shown)).toEqual([{ text: 'թութ.example', title: 'xn--69aa8bzb.example' }]);
    const asked: string[] = [];
    serverPageModel({ server: home, actions, actingNow, serverOf: () => undefined, hasPage: () => false, hasCard: false, display: (d) => (asked.push(d), { text: d }) });
    expect(asked).toEqual(['bad.example', 'h*dden.example', 'meh.example', 'other.example', 'quiet.example']);
  });
});
