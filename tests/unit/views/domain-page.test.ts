/** The domain page's view model, on small synthetic communities (every domain here is synthetic, under .example). */
import { describe, expect, it } from 'vitest';
import { domainEvents, domainPageModel, LIST_AT_MOST } from '../../../src/lib/views/domain-page.ts';
import type { CommunityReach, DomainReach } from '../../../src/lib/reach/domain-reach.ts';
import type { Reach, ReachReason, ReachState } from '../../../src/lib/reach/state.ts';
import type { Decision } from '../../../src/lib/schema/decision.ts';
import type { Server } from '../../../src/lib/schema/server.ts';

const LIST = { url: 'https://list.example/api/v1/instance/domain_blocks', retrieved: '2025-01-01' };
const OWN = { url: 'https://a.example/about', retrieved: '2024-02-01' };

/** A synthetic curated server: only what the model reads. */
function server(domain: string, name: string, withList = true): Server {
  return { domain, name, blocklist: withList ? { status: 'published', evidence: LIST } : { status: 'unknown' }, blocks: [] } as unknown as Server;
}

function decision(domain: string, severity: Decision['severity'], since: Decision['since'], extra: Partial<Decision> = {}): Decision {
  return { domain, severity, since, ...extra } as Decision;
}

function entry(community: string, state: ReachState, reason: ReachReason, extra: Partial<Reach> & { back?: Reach } = {}): CommunityReach {
  const { back, ...reach } = extra;
  const out: CommunityReach = { community, reach: { state, reason, possible: state === 'unknown' ? ['limits', 'reaches'] : [state], ...reach } as Reach };
  if (back) out.back = back;
  return out;
}

function reachOf(domain: string, communities: CommunityReach[]): DomainReach {
  const counts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const c of communities) counts[c.reach.state]++;
  return { domain, day: '2026-01-01', communities, counts };
}

const TARGET = 'sub.bad.example';
const dA = decision('bad.example', 'suspend', '2024-01-10', { until: '2024-06-01', evidence: OWN } as Partial<Decision>);
const dB = decision(TARGET, 'silence', { on_or_before: '2024-06-01' });
const LIFT = { url: 'https://c.example/lifted', retrieved: '2024-06-01', kind: 'announcement' as const };
const dC = decision(TARGET, 'suspend', '2023-05-01', { until: '2024-06-01', lifted_evidence: LIFT });
const servers = new Map([
  ['a.example', server('a.example', 'A Social')],
  ['b.example', server('b.example', 'b.example')],
  ['c.example', server('c.example', 'C')],
  ['d.example', server('d.example', 'D', false)],
  ['e.example', server('e.example', 'E', false)],
]);
const serverOf = (d: string) => servers.get(d);

describe('domainEvents', () => {
  // By start, then community: what views.domainDecisions gives.
  const decisions = [
    { community: 'c.example', decision: dC },
    { community: 'a.example', decision: dA },
    { community: 'b.example', decision: dB },
  ];
  const events = domainEvents(TARGET, decisions, serverOf);

  it('lists each start and each lift by day; on one day lifts first, then by community', () => {
    // c began 2023-05-01, a 2024-01-10; on 2024-06-01 a and c were lifted (a before c: by community, though c began
    // first) and b began (on or before that day).
    expect(events.map((e) => `${e.key} ${e.kind} ${e.community}`)).toEqual([
      '2023-05-01 since c.example',
      '2024-01-10 since a.example',
      '2024-06-01 until a.example',
      '2024-06-01 until c.example',
      '2024-06-01 since b.example',
    ]);
  });

  it('names the parent a decision covers the domain through, the community\'s name when it differs, and the evidence', () => {
    const a = events.find((e) => e.community === 'a.example' && e.kind === 'since')!;
    expect(a).toMatchObject({ on: 'bad.example', name: 'A Social', evidence: { ...OWN, fromList: false } });
    const b = events.find((e) => e.community === 'b.example')!;
    expect(b).toMatchObject({ on: undefined, name: undefined, evidence: { ...LIST, fromList: true } });
  });
});

describe('domainEvents: the source of a lift', () => {
  const events = domainEvents(TARGET, [{ community: 'c.example', decision: dC }, { community: 'a.example', decision: dA }], serverOf);
  it('gives a lift its lifted_evidence, and a start none', () => {
    expect(events.map((e) => [e.community, e.kind, e.liftedEvidence?.url])).toEqual([
      ['c.example', 'since', undefined],
      ['a.example', 'since', undefined],
      ['a.example', 'until', undefined],
      ['c.example', 'until', LIFT.url],
    ]);
  });
});

describe('domainPageModel', () => {
  const now = reachOf(TARGET, [
    entry('a.example', 'reaches', 'decision', { confirmed: '2025-01-01' }),
    entry('b.example', 'limits', 'decision', { decision: dB, confirmed: '2025-01-01' }),
    entry('c.example', 'reaches', 'decision', { confirmed: '2025-01-01' }),
    entry('d.example', 'unknown', 'list-unknown'),
    entry('e.example', 'unknown', 'uncertain-decision'),
  ]);
  const model = domainPageModel({ now, decisions: [], server: serverOf, unknownEverywhere: new Set(['d.example', 'e.example']), hasCard: true, sizes: new Map() });

  it('groups the communities by state, in the states\' order, leaving the summarised unknown ones out of the rows', () => {
    expect(model.sections.map((s) => [s.state, s.count, s.rows, s.listed.map((r) => r.entry.community)])).toEqual([
      ['suspends', 0, 0, []],
      ['limits', 1, 1, ['b.example']],
      ['reaches', 2, 2, ['a.example', 'c.example']],
      ['unknown', 2, 1, ['e.example']],
    ]);
    expect(model.summarised.map((c) => c.community)).toEqual(['d.example']);
    expect(model.self).toBeUndefined();
    expect(model.hasCard).toBe(true);
  });

  it('counts the accounts cut off over the communities of known size, on the answer\'s day', () => {
    const sized = domainPageModel({
      now,
      decisions: [],
      server: serverOf,
      unknownEverywhere: new Set(),
      hasCard: false,
      sizes: new Map([
        ['a.example', { total: 300, counted: '2025-01-01', url: 'https://a.example/nodeinfo' }],
        ['b.example', { total: 100, counted: '2025-01-01', url: 'https://b.example/nodeinfo' }],
      ]),
    });
    expect(sized.people.accounts).toBe(400);
    expect(sized.people.byState.limits.accounts).toBe(100);
    expect(sized.people.unknownSize).toBe(3);
    expect(sized.people.day).toBe(now.day);
  });

  it('gives each row its server and the evidence of the decision that decided it', () => {
    const b = model.sections[1]!.listed[0]!;
    expect(b.server?.name).toBe('b.example');
    expect(b.evidence).toEqual({ ...LIST, fromList: true });
    expect(model.sections[2]!.listed[0]!.evidence).toBeUndefined();
  });

  it('on a curated domain, says compactly what it does back to the summarised communities', () => {
    const self = server(TARGET, 'Sub');
    const back = (state: ReachState): Reach => ({ state, reason: 'decision', possible: [state as 'reaches'] }) as Reach;
    const own = reachOf(TARGET, [
      entry('p.example', 'unknown', 'list-partial', { back: back('reaches') }),
      entry('q.example', 'unknown', 'list-unknown', { back: back('suspends') }),
      entry('r.example', 'unknown', 'list-unknown', { back: back('reaches') }),
    ]);
    const m = domainPageModel({ now: own, decisions: [], server: (d) => (d === TARGET ? self : undefined), unknownEverywhere: new Set(), hasCard: false, sizes: new Map() });
    expect(m.self).toBe(self);
    expect(m.sections[3]).toMatchObject({ count: 3, rows: 0, listed: [] });
  });

  it('lists at most LIST_AT_MOST unknown rows', () => {
    const many = Array.from({ length: LIST_AT_MOST + 2 }, (_, i) => entry(`u${String(i).padStart(4, '0')}.example`, 'unknown', 'uncertain-decision'));
    const m = domainPageModel({ now: reachOf(TARGET, many), decisions: [], server: () => undefined, unknownEverywhere: new Set(['u0003.example', 'u1001.example']), hasCard: false, sizes: new Map() });
    const unknown = m.sections[3]!;
    expect(unknown.count).toBe(1002);
    expect(unknown.rows).toBe(1002);
    expect(unknown.listed).toHaveLength(1000);
    expect(unknown.listed.at(-1)!.entry.community).toBe('u0999.example');
  });

  it('lists every community that suspends or limits the domain, however many', () => {
    const many = Array.from({ length: LIST_AT_MOST + 1 }, (_, i) => entry(`s${String(i).padStart(4, '0')}.example`, 'suspends', 'decision'));
    const m = domainPageModel({ now: reachOf(TARGET, many), decisions: [], server: () => undefined, unknownEverywhere: new Set(), hasCard: false, sizes: new Map() });
    expect(m.sections[0]!.listed).toHaveLength(1001);
  });
});
