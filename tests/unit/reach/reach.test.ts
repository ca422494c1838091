/** The reach model on small synthetic fixtures: the threads.net story, dates at every precision, domains. */
import { describe, expect, it } from 'vitest';
import { reach } from '../../../src/lib/reach/reach.ts';
import { community, decision, fixture } from './helpers.ts';

describe('the threads.net story: a community that suspends threads.net from 2025-01-19', () => {
  const published = fixture('published.example');
  const partial = fixture('partial.example');
  const unknown = fixture('unknown.example');

  it('with a published list: reaches the day before, suspends from that day, with the decision and its evidence', () => {
    // Confirmed by the list's reading of 2024-11-02, the last one before the block.
    expect(reach(published, 'threads.net', '2025-01-18')).toEqual({ state: 'reaches', reason: 'no-decision', possible: ['reaches'], confirmed: '2024-11-02' });
    const on = reach(published, 'threads.net', '2025-01-19');
    expect(on.state).toBe('suspends');
    expect(on.reason).toBe('decision');
    expect(on.decision?.since).toBe('2025-01-19');
    expect(on.decision?.evidence?.url).toBe('https://published.example/blog/defederating-threads');
    expect(reach(published, 'threads.net', '2026-03-04')).toMatchObject({ state: 'suspends', confirmed: '2026-03-04' });
  });

  it('covers subdomains of threads.net, and not a look-alike', () => {
    expect(reach(published, 'www.threads.net', '2025-02-01').state).toBe('suspends');
    expect(reach(published, 'notthreads.net', '2025-02-01').state).toBe('reaches');
  });

  it('with a partial list: unknown before, suspends from that day', () => {
    expect(reach(partial, 'threads.net', '2025-01-18')).toEqual({ state: 'unknown', reason: 'list-partial', possible: ['suspends', 'limits', 'reaches'] });
    expect(reach(partial, 'threads.net', '2025-01-19').state).toBe('suspends');
    expect(reach(partial, 'threads.net', '2026-11-26').state).toBe('suspends');
  });

  it('with an unknown list: unknown on every day', () => {
    for (const day of ['2025-01-18', '2025-01-19', '2026-03-04']) expect(reach(unknown, 'threads.net', day)).toMatchObject({ state: 'unknown', reason: 'list-unknown' });
  });

  it('the published list speaks from its earliest reading (2024-11-02); after its latest (2026-03-04) what it showed holds', () => {
    expect(reach(published, 'threads.net', '2024-11-01')).toMatchObject({ state: 'unknown', reason: 'before-list-read' });
    expect(reach(published, 'threads.net', '2024-11-02')).toMatchObject({ state: 'reaches', confirmed: '2024-11-02' });
    expect(reach(published, 'elsewhere.example', '2026-03-04')).toMatchObject({ state: 'reaches', confirmed: '2026-03-04' });
    expect(reach(published, 'elsewhere.example', '2026-03-05')).toMatchObject({ state: 'reaches', reason: 'no-decision', confirmed: '2026-03-04' });
  });

  it('a decision still in force when the list was last read stays in force after it', () => {
    expect(reach(published, 'threads.net', '2026-11-26').state).toBe('suspends');
    expect(reach(published, 'spam.example', '2026-11-26').state).toBe('suspends');
  });
});

describe('dates at month and year precision, and "on or before"', () => {
  const c = fixture('precision.example'); // list read 2022-06-01 and 2026-03-04

  it('since "2023": unknown during 2023, limits from its last day (2023-12-31)', () => {
    expect(reach(c, 'gamma.example', '2022-12-31').state).toBe('reaches');
    expect(reach(c, 'gamma.example', '2023-01-01')).toMatchObject({ state: 'unknown', reason: 'uncertain-decision', possible: ['limits', 'reaches'] });
    expect(reach(c, 'gamma.example', '2023-12-30').state).toBe('unknown');
    expect(reach(c, 'gamma.example', '2023-12-31')).toMatchObject({ state: 'limits', decision: { since: '2023' } });
  });

  it('until "2024-05": limits until 2024-04-30, unknown from 05-01 to 05-30, not counted from 05-31', () => {
    expect(reach(c, 'gamma.example', '2024-04-30').state).toBe('limits');
    expect(reach(c, 'gamma.example', '2024-05-01')).toMatchObject({ state: 'unknown', reason: 'uncertain-decision', decision: { until: '2024-05' } });
    expect(reach(c, 'gamma.example', '2024-05-30').state).toBe('unknown');
    expect(reach(c, 'gamma.example', '2024-05-31').state).toBe('reaches');
    expect(reach(c, 'gamma.example', '2024-06-01')).toMatchObject({ state: 'suspends', decision: { since: '2024-06-01' } });
  });

  it('on or before 2025-09-30: unknown on every day before it (the block may already have existed), suspends from it', () => {
    expect(reach(c, 'late.example', '2022-06-01')).toMatchObject({ state: 'unknown', reason: 'uncertain-decision', possible: ['suspends', 'reaches'] });
    expect(reach(c, 'late.example', '2025-09-29').state).toBe('unknown');
    expect(reach(c, 'late.example', '2025-09-30').state).toBe('suspends');
    // before the list's window, the uncertain decision is still what is named
    expect(reach(c, 'late.example', '2020-01-01')).toMatchObject({ state: 'unknown', reason: 'uncertain-decision', possible: ['suspends', 'limits', 'reaches'] });
  });

  it('a decision counts even before the list window opens; silence there is unknown', () => {
    expect(reach(c, 'parent.example', '2022-01-01').state).toBe('suspends');
    expect(reach(c, 'parent.example', '2021-12-31')).toMatchObject({ state: 'unknown', reason: 'before-list-read' });
  });
});

describe('which decision covers a domain', () => {
  const c = fixture('precision.example'); // suspends parent.example from 2022-01-01, limits child.parent.example from 2023-03-15

  it('a decision on a parent covers its subdomains, and not a look-alike', () => {
    expect(reach(c, 'other.parent.example', '2024-01-01')).toMatchObject({ state: 'suspends', decision: { domain: 'parent.example' } });
    expect(reach(c, 'notparent.example', '2024-01-01').state).toBe('reaches');
  });

  it('the most specific domain wins (Mastodon\'s longest match)', () => {
    expect(reach(c, 'child.parent.example', '2023-03-14')).toMatchObject({ state: 'suspends', decision: { domain: 'parent.example' } });
    expect(reach(c, 'child.parent.example', '2023-03-15')).toMatchObject({ state: 'limits', decision: { domain: 'child.parent.example' } });
    expect(reach(c, 'deep.child.parent.example', '2024-01-01').state).toBe('limits');
    expect(reach(c, 'parent.example', '2024-01-01').state).toBe('suspends');
  });

  it('an unresolved obfuscated entry matches nothing', () => {
    expect(reach(c, 'badxyz.example', '2026-03-04').state).toBe('reaches');
  });

  it('an uncertain subdomain decision under a sure parent: unknown when they differ, known when they agree', () => {
    const parent = decision('p.example', 'suspend', '2020-01-01');
    const limited = community('c.example', 'published', [parent, decision('a.p.example', 'silence', '2023')], '2023-06-01');
    expect(reach(limited, 'a.p.example', '2023-06-01')).toMatchObject({ state: 'unknown', possible: ['suspends', 'limits'], decision: { domain: 'a.p.example' } });
    const suspended = community('c.example', 'published', [parent, decision('a.p.example', 'suspend', '2023')], '2023-06-01');
    expect(reach(suspended, 'a.p.example', '2023-06-01')).toMatchObject({ state: 'suspends', reason: 'decision', decision: { domain: 'p.example' } });
  });

  it('two decisions on one domain in force at once (invalid data): the suspension is reported, whatever the order', () => {
    const a = decision('d.example', 'silence', '2023-01-01');
    const b = decision('d.example', 'suspend', '2023-02-01');
    expect(reach(community('c.example', 'partial', [a, b]), 'd.example', '2023-03-01').decision).toBe(b);
    expect(reach(community('c.example', 'partial', [b, a]), 'd.example', '2023-03-01').decision).toBe(b);
  });

  it('a list whose status is unknown still honours a known decision (which the validator would reject)', () => {
    expect(reach(community('c.example', 'unknown', [decision('d.example', 'suspend', '2023-01-01')]), 'd.example', '2024-01-01').state).toBe('suspends');
  });

  it('a published list without a reading day never reaches', () => {
    expect(reach(community('c.example', 'published', []), 'd.example', '2024-01-01')).toMatchObject({ state: 'unknown', reason: 'list-unknown' });
  });

  it('rejects a day that is not a real "YYYY-MM-DD"', () => {
    const c2 = community('c.example', 'partial');
    expect(() => reach(c2, 'd.example', '2024-02-30')).toThrow(RangeError);
    expect(() => reach(c2, 'd.example', '2024-02')).toThrow(/YYYY-MM-DD/);
  });
});
