/**
 * Test helpers for the reach model: small synthetic communities (every domain ends in .example, except the
 * target threads.net of the modelled story), the reach fixtures, and fast-check arbitraries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Community } from '../../../src/lib/reach/state.ts';
import type { Decision } from '../../../src/lib/schema/decision.ts';
import { Server } from '../../../src/lib/schema/server.ts';
import { parseYamlFile } from '../../../src/lib/yaml/parse.ts';

/** The folder of synthetic reach fixtures. */
export const FIXTURES = 'tests/fixtures/reach';

/** Every reach fixture, parsed with the shared schema, by domain. */
export function loadFixtures(): Map<string, Server> {
  const servers = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => {
      const file = join(FIXTURES, n);
      return Server.parse(parseYamlFile(file, readFileSync(file, 'utf8')).value);
    });
  return new Map(servers.map((s) => [s.domain, s]));
}

/** One fixture by domain (throws when missing). */
export function fixture(domain: string): Server {
  const s = loadFixtures().get(domain);
  if (!s) throw new Error(`no fixture ${domain}`);
  return s;
}

/** A community with a list status, decisions and, for a published list, the day it was read. */
export function community(domain: string, status: 'published' | 'partial' | 'unknown', blocks: Decision[] = [], read?: string): Community {
  const blocklist: Community['blocklist'] = read === undefined ? { status } : { status, evidence: { url: `https://${domain}/api/v1/instance/domain_blocks`, retrieved: read, kind: 'block-list' } };
  return { domain, blocklist, blocks };
}

/** A decision. */
export function decision(domain: string | undefined, severity: 'silence' | 'suspend', since: Decision['since'], extra: Partial<Decision> = {}): Decision {
  return { ...(domain === undefined ? { obfuscated: { pattern: 'hid***.example' } } : { domain }), severity, since, ...extra };
}

// ---- arbitraries -------------------------------------------------------------------------------------

/** Target domains chosen to overlap: parents, subdomains, and a look-alike suffix (notx.example). */
export const DOMAIN_POOL = ['x.example', 'a.x.example', 'b.a.x.example', 'y.example', 'notx.example', 'a.notx.example'] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A day "YYYY-MM-DD" between 2021-06-01 and 2025-06-30. */
export const dayArb = fc
  .date({ min: new Date(Date.UTC(2021, 5, 1)), max: new Date(Date.UTC(2025, 5, 30)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);

/** A date at day, month or year precision between 2022 and 2024. */
export const dateTextArb = fc
  .tuple(fc.date({ min: new Date(Date.UTC(2022, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true }), fc.constantFrom('day', 'day', 'month', 'year'))
  .map(([d, precision]) => {
    const y = String(d.getUTCFullYear());
    if (precision === 'year') return y;
    const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
    return precision === 'month' ? m : `${m}-${pad(d.getUTCDate())}`;
  });

/** A `since`: a date, or "on or before" a date. */
export const sinceArb: fc.Arbitrary<Decision['since']> = fc.oneof(
  { weight: 3, arbitrary: dateTextArb },
  { weight: 1, arbitrary: dateTextArb.map((d) => ({ on_or_before: d })) },
);

/** Evidence of some kind, read on some day (often the first day of the range, so that readings open a long window). */
export const evidenceArb = fc.record({
  url: fc.constant('https://list.example/blocks'),
  retrieved: fc.oneof(dayArb, fc.constant('2021-06-01')),
  kind: fc.constantFrom('block-list' as const, 'archive' as const, 'announcement' as const),
});

/** A decision on a pool domain (or, rarely, an unresolved obfuscated entry). */
export const decisionArb: fc.Arbitrary<Decision> = fc
  .record({
    domain: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...DOMAIN_POOL) }, { weight: 1, arbitrary: fc.constant(undefined) }),
    severity: fc.constantFrom('silence' as const, 'suspend' as const),
    since: sinceArb,
    until: fc.option(dateTextArb, { nil: undefined, freq: 2 }),
    evidence: fc.option(evidenceArb, { nil: undefined, freq: 2 }),
  })
  .map(({ domain, severity, since, until, evidence }) => {
    const d = decision(domain, severity, since);
    if (until !== undefined) d.until = until;
    if (evidence !== undefined) d.evidence = evidence;
    return d;
  });

/** A community with any status, up to 7 decisions, and for most published lists a reading day (often the last day of the range). */
export const communityArb: fc.Arbitrary<Community> = fc
  .record({
    status: fc.constantFrom('published' as const, 'published' as const, 'partial' as const, 'unknown' as const),
    blocks: fc.array(decisionArb, { maxLength: 7 }),
    read: fc.option(fc.oneof(dayArb, fc.constant('2025-06-30')), { nil: undefined, freq: 6 }),
  })
  .map(({ status, blocks, read }) => community('c.example', status, blocks, read));

/** A domain to ask about: from the pool, a deeper subdomain, or an unrelated one. */
export const askedArb = fc.constantFrom(...DOMAIN_POOL, 'c.b.a.x.example', 'z.example', 'x.example.example');
