import { describe, expect, it } from 'vitest';
import { actsOnReservedName, isReservedName, reservedReason, reservedTargetsOf, withoutReservedTargets } from '../../src/lib/reserved-name.ts';

describe('isReservedName', () => {
  it('flags the RFC 2606/6761 names and their subdomains', () => {
    for (const d of ['example.com', 'example.net', 'example.org', 'a.example.org', '000this.is.generated.from.overlap.across.trusted.sources.example.com', 'x.example', 'example', 'a.test', 'b.invalid', 'localhost', 'a.localhost', 'EXAMPLE.COM.']) {
      expect(isReservedName(d), d).toBe(true);
    }
  });
  it('does not flag real names that merely contain the words', () => {
    for (const d of ['notexample.com', 'example.com.au', 'examples.org', 'test.social', 'mastodon.test.social', 'invalid.place', 'localhost.wales', 'threads.net', 'tk']) {
      expect(isReservedName(d), d).toBe(false);
    }
  });
});

describe('withoutReservedTargets', () => {
  const blocks = [{ domain: 'a.sources.example.com', severity: 'suspend' }, { domain: 'threads.net', severity: 'suspend' }, { severity: 'silence' }];
  it('leaves out decisions on reserved names, keeps the rest (an unresolved target too) and the server', () => {
    const [s] = withoutReservedTargets([{ domain: 'community.example', blocks }]);
    expect(s!.domain).toBe('community.example');
    expect(s!.blocks).toEqual([blocks[1], blocks[2]]);
    expect(actsOnReservedName({})).toBe(false);
  });
  it('returns a server with nothing to leave out as it is', () => {
    const server = { domain: 'x.social', blocks: [blocks[1]!] };
    expect(withoutReservedTargets([server])[0]).toBe(server);
  });
});

describe('reservedReason', () => {
  it('names why a reserved name is reserved, and nothing for a real name', () => {
    const cases: [string, string | undefined][] = [
      ['example.com', 'example'], ['a.b.example.org', 'example'], ['x.example', 'example'], ['box.test', 'test'],
      ['B.INVALID.', 'invalid'], ['localhost', 'localhost'], ['test.social', undefined], ['example.com.au', undefined],
    ];
    for (const [d, reason] of cases) expect(reservedReason(d), d).toBe(reason);
  });
});

describe('reservedTargetsOf', () => {
  it('keeps each server\'s decisions on reserved names, by server, and no entry for a server with none', () => {
    const marker = { domain: 'm.example.com' };
    const test = { domain: 'x.test' };
    const out = reservedTargetsOf([
      { domain: 'one.social', blocks: [marker, { domain: 'threads.net' }, test, {}] },
      { domain: 'two.social', blocks: [{ domain: 'threads.net' }] },
    ]);
    expect([...out]).toEqual([['one.social', [marker, test]]]);
  });
});
