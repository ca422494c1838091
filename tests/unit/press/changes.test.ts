import { describe, expect, it } from 'vitest';
import { changeSummary, changeTitle, changeWhen, federationChanges } from '../../../src/lib/press/changes.ts';
import { changesFeed } from '../../../src/lib/press/feeds.ts';
import type { Decision } from '../../../src/lib/schema/decision.ts';
import { checkAtom } from './atom-check.ts';

// Synthetic decisions: every domain ends in .example.
const ev = { url: 'https://a.example/about', retrieved: '2025-03-01' };
const d = (x: Partial<Decision>): Decision => ({ domain: 't.example', severity: 'suspend', since: '2024-05-01', ...x }) as Decision;
const decisions = [
  { community: 'a.example', decision: d({ since: '2024-05-01', evidence: ev, comment: 'spam =1+1' }) },
  { community: 'b.example', decision: d({ severity: 'silence', since: { on_or_before: '2023-06-18' }, until: '2025-01-10', last_seen: '2024-12-01' }) },
  { community: 'c.example', decision: d({ since: '2022', until: '2024-05' }) },
  { community: 'd.example', decision: d({ domain: undefined, obfuscated: { pattern: 'th***.example' }, since: '2024-05-01' }) },
];

describe('federationChanges', () => {
  const changes = federationChanges(decisions);
  it('reports each decision begun and each lifted, newest first, ties in a fixed order', () => {
    expect(changes.map((c) => `${c.day} ${c.kind} ${c.community}`)).toEqual([
      '2025-01-10 lifted b.example',
      '2024-05-01 lifted c.example',
      '2024-05-01 added a.example',
      '2024-05-01 added d.example',
      '2023-06-18 added b.example',
      '2022-01-01 added c.example',
    ]);
  });
  it('says what is not known: on or before, between, month or year only', () => {
    const on = changes.find((c) => c.community === 'b.example' && c.kind === 'added')!;
    expect(changeWhen(on)).toMatch(/^on or before 2023-06-18 .*may be older/);
    const between = changes.find((c) => c.community === 'b.example' && c.kind === 'lifted')!;
    expect(changeWhen(between)).toMatch(/^after 2024-12-01 and on or before 2025-01-10/);
    const year = changes.find((c) => c.community === 'c.example' && c.kind === 'added')!;
    expect(changeWhen(year)).toMatch(/^in 2022 \(the month and day are not known\)/);
    expect(changeTitle(between)).toBe('b.example lifts its limit on t.example');
    expect(changeTitle(changes.find((c) => c.community === 'd.example')!)).toBe('d.example suspends th***.example (obfuscated)');
  });
  it('summarises with the comment and the evidence', () => {
    const a = changes.find((c) => c.community === 'a.example')!;
    expect(changeSummary(a)).toContain('“spam =1+1”');
    expect(changeSummary(a)).toContain(ev.url);
  });
});

describe('changesFeed', () => {
  const urls = {
    self: 'https://atlas.example/feeds/atlas.xml',
    alternate: 'https://atlas.example/',
    domainPage: (x: string) => (x === 't.example' ? `https://atlas.example/domains/${x}/` : undefined),
    serverPage: (x: string) => `https://atlas.example/servers/${x}/`,
  };
  it('is a valid Atom feed, capped at the limit, dated by its newest entry', () => {
    const xml = changesFeed({ title: 'T', subtitle: 'S', decisions, limit: 4, day: '2026-01-01', urls });
    const read = checkAtom(xml);
    expect(read.problems).toEqual([]);
    expect(read.entries).toHaveLength(4);
    expect(read.feed.updated).toBe('2025-01-10T00:00:00Z');
    expect(read.entries[0]!.title).toBe('b.example lifts its limit on t.example (by 2025-01-10)');
    expect(read.entries.find((e) => e.title?.startsWith('d.example'))!.links).toEqual(['https://atlas.example/servers/d.example/']);
  });
  it('an empty feed is dated by the data, not the clock', () => {
    const read = checkAtom(changesFeed({ title: 'T', subtitle: 'S', decisions: [], day: '2026-01-01', urls }));
    expect(read.problems).toEqual([]);
    expect(read.feed.updated).toBe('2026-01-01T00:00:00Z');
  });
});
