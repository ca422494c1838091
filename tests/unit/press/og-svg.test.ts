import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { domainCardSvg, fitFont, clip, serverCardSvg, atlasCardSvg } from '../../../src/lib/press/og-svg.ts';
import { actingIndex, ogDomains, ogDomainSet, ogServers, ogServerSet, serverCard } from '../../../src/lib/press/og-pages.ts';

function wellFormed(svg: string): void {
  const parser = sax.parser(true, {});
  parser.write(svg).close();
}

describe('Open Graph cards', () => {
  const domain = domainCardSvg({ domain: 'threads.net', counts: { suspends: 120, limits: 10, reaches: 30, unknown: 100 }, day: '2026-11-26' });
  it('are 1200×630 well-formed SVG with the counts in words', () => {
    expect(domain).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(() => wellFormed(domain)).not.toThrow();
    for (const part of ['threads.net', '>120<', '✕ Suspend', '− Limit', '✓ Reach', '? Unknown', 'data as of 2026-11-26']) expect(domain).toContain(part);
  });
  it('are the same for the same inputs, and differ when a drawn input does', () => {
    expect(domainCardSvg({ domain: 'threads.net', counts: { suspends: 120, limits: 10, reaches: 30, unknown: 100 }, day: '2026-11-26' })).toBe(domain);
    expect(domainCardSvg({ domain: 'threads.net', counts: { suspends: 121, limits: 10, reaches: 30, unknown: 100 }, day: '2026-11-26' })).not.toBe(domain);
  });
  it('escape text from the data', () => {
    const svg = serverCardSvg({ domain: 'a.example', name: '<b>&"x"</b>', languages: 'Welsh', list: 'published', decisions: 1, actedOnBy: 0, day: '2026-01-01' });
    expect(() => wellFormed(svg)).not.toThrow();
    expect(svg).not.toContain('<b>');
    expect(() => wellFormed(atlasCardSvg({ servers: 1, decisions: 2, domains: 3, day: '2026-01-01' }))).not.toThrow();
  });
  it('fit long names', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(fitFont('x'.repeat(60), 1080, 76, 30)).toBe(30);
    expect(fitFont('short', 1080, 76, 30)).toBe(76);
  });
});

describe('ogDomains', () => {
  it('takes the most acted on, ties by activity ever, then domain', () => {
    const acted = [
      { domain: 'b.example', acting: 2, ever: 2 },
      { domain: 'a.example', acting: 2, ever: 2 },
      { domain: 'c.example', acting: 5, ever: 5 },
      { domain: 'd.example', acting: 2, ever: 3 },
    ];
    expect(ogDomains(acted, 3)).toEqual(['c.example', 'd.example', 'a.example']);
  });

  it('ogDomainSet holds the same domains, for each top asked', () => {
    const acted = [
      { domain: 'b.example', acting: 2, ever: 2 },
      { domain: 'a.example', acting: 2, ever: 2 },
      { domain: 'c.example', acting: 5, ever: 5 },
    ];
    expect([...ogDomainSet(acted, 2)].sort()).toEqual(['a.example', 'c.example']);
    expect([...ogDomainSet(acted, 1)]).toEqual(['c.example']);
    expect(ogDomainSet(acted, 2).has('b.example')).toBe(false);
  });
});

describe('serverCard', () => {
  it('counts the communities acting on the server from the acted-on domains, 0 when none act on it', () => {
    const server = { domain: 'b.example', name: 'B', languages: ['cy'], blocklist: { status: 'unknown' }, blocks: [{}, {}] } as unknown as Parameters<typeof serverCard>[0];
    const acted = [
      { domain: 'a.example', acting: 7 },
      { domain: 'b.example', acting: 3 },
    ];
    expect(serverCard(server, actingIndex(acted), '2026-01-01')).toMatchObject({ domain: 'b.example', decisions: 2, actedOnBy: 3 });
    expect(serverCard(server, actingIndex(acted.slice(0, 1)), '2026-01-01').actedOnBy).toBe(0);
  });
});

describe('ogServers', () => {
  const servers = [
    { domain: 'b.example', blocks: [1, 2] },
    { domain: 'a.example', blocks: [1, 2] },
    { domain: 'c.example', blocks: [1, 2, 3] },
    { domain: 'd.example', blocks: [] },
  ] as unknown as Parameters<typeof ogServers>[0];
  it('gives every server a card while they are few enough, in their order', () => {
    expect(ogServers(servers, 4)).toEqual(['b.example', 'a.example', 'c.example', 'd.example']);
  });
  it('beyond, the longest lists, ties by domain', () => {
    expect(ogServers(servers, 2)).toEqual(['c.example', 'a.example']);
    expect([...ogServerSet(servers)].length).toBe(4);
  });
});
