/** The headline figures: the most aligned pairs and the people cut off, from the lib's own answers. */
import { describe, expect, it } from 'vitest';
import { alignment } from '../../src/lib/align/alignment.ts';
import { headlineFigures, communitySizes, formatHeadlineFigures } from '../../src/lib/headline-figures.ts';
import { prepareAll } from '../../src/lib/reach/domain-reach.ts';
import { withoutReservedTargets } from '../../src/lib/reserved-name.ts';
import type { Server } from '../../src/lib/schema/server.ts';
import { loadFixtures } from './reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('headlineFigures', () => {
  it('takes the top scored pairs of the alignment and counts who was left out, by reason', () => {
    const note = headlineFigures(servers, '2025-06-01');
    // Decisions on reserved names are left out first, as everywhere in the atlas.
    const a = alignment(prepareAll(withoutReservedTargets(servers)), '2025-06-01');
    expect(note.pairs).toEqual(a.pairs.filter((p) => p.score !== undefined).slice(0, 5));
    expect(note.members).toBe(a.members.length);
    expect(note.leftOut['list-unknown'] + note.leftOut['list-partial']).toBe(a.leftOut.length);
    expect(note.leftOut['list-partial']).toBe(servers.filter((s) => s.blocklist.status === 'partial').length);
    expect(note.people.unknownSize + note.people.sized.length).toBe(servers.filter((s) => s.domain !== 'threads.net').length);
  });

  it('leaves decisions on reserved names out, as the site does: a shared marker line aligns nobody', () => {
    // Every fixture with a list gets the same synthetic marker-line suspension under example.com.
    const marked: Server[] = servers.map((s) => ({ ...s, blocks: [...s.blocks, { domain: 'marker.sources.example.com', severity: 'suspend', since: '2024-01-01' }] }) as Server);
    expect(headlineFigures(marked, '2025-06-01')).toEqual(headlineFigures(servers, '2025-06-01'));
  });

  it('reads sizes from `users`, and says so in the text', () => {
    const sized: Server[] = servers.map((s, i) =>
      i === 0 ? { ...s, users: { total: 1000, counted: '2025-05-01', evidence: { url: 'https://example.org/nodeinfo', retrieved: '2025-05-01', kind: 'api' } } } : s,
    );
    expect(communitySizes(sized).get(sized[0]!.domain)).toEqual({ total: 1000, counted: '2025-05-01', url: 'https://example.org/nodeinfo' });
    const text = formatHeadlineFigures(headlineFigures(sized, '2025-06-01'));
    expect(text).toContain('1,000 accounts counted on 1 communities of known size');
    expect(text).toContain('counted on 2025-05-01, from 1 source (example.org)');
    expect(servers.some((s) => s.domain === 'threads.net')).toBe(false);
    expect(text).toContain(`${servers.length - 1} communities left out: their size is unknown.`);
  });

  describe('the people cut off: a headline only when the rule allows it, else a note on N of M communities', () => {
    // The four reach fixtures (none is threads.net): 80 % of 4 is 3.2, so a headline needs all 4 sized.
    const users = (total: number, counted: string, url: string): Server['users'] => ({ total, counted, evidence: { url, retrieved: counted, kind: 'api' } });
    const withSizes = (given: readonly (Server['users'] | undefined)[]): Server[] => servers.map((s, i) => (given[i] ? { ...s, users: given[i] } : s));
    const lines = (text: string) => text.split('\n');

    it('has four fixtures, none of them threads.net', () => {
      expect(servers.map((s) => s.domain)).toEqual(['partial.example', 'precision.example', 'published.example', 'unknown.example']);
    });

    it('4 of 4 sized, all within 365 days of the day: the headline, with no note', () => {
      const sized = withSizes([
        users(100, '2025-06-01', 'https://a.example/nodeinfo/2.0'),
        users(200, '2025-01-01', 'https://b.example/nodeinfo/2.0'),
        users(300, '2024-06-02', 'https://a.example/other'),
        users(400, '2025-05-31', 'https://c.example/nodeinfo/2.0'),
      ]);
      const figures = headlineFigures(sized, '2025-06-01');
      expect(figures.people).toMatchObject({ show: 'headline', communities: 4, unknownSize: 0, sources: ['a.example', 'b.example', 'c.example'] });
      const text = formatHeadlineFigures(figures);
      expect(lines(text)).toContain('People cut off from threads.net today (2025-06-01), on curated communities of known size:');
      expect(lines(text)).toContain('  1,000 accounts counted on 4 communities of known size.');
      expect(lines(text)).toContain('  sizes: registered accounts, counted from 2024-06-02 to 2025-06-01, from 3 sources (a.example, b.example, c.example).');
      expect(text).not.toContain('Based on');
      expect(text).not.toContain('not a headline');
    });

    it('3 of 4 sized (under 80 %): a note that says it is based on 3 of 4 communities, with the sources and days', () => {
      const sized = withSizes([users(100, '2025-06-01', 'https://a.example/x'), users(200, '2025-06-01', 'https://a.example/y'), users(300, '2025-05-01', 'https://b.example/z')]);
      const text = formatHeadlineFigures(headlineFigures(sized, '2025-06-01'));
      expect(lines(text)).toContain('People cut off from threads.net today (2025-06-01): a caveated note, not a headline figure.');
      expect(lines(text)).toContain('  Based on 3 of 4 communities, sizes from a.example, b.example, counted from 2025-05-01 to 2025-06-01.');
      expect(lines(text)).toContain('  Not a headline because sizes are known for 3 of 4 communities, under 80.0%.');
      expect(text).not.toContain('on curated communities of known size:');
    });

    it('4 of 4 sized but one counted 366 days before the day: a note, for the age alone', () => {
      // 2024-05-31 → 2025-05-31 is 365 days (no 29 February between them), so 2024-05-31 → 2025-06-01 is 366.
      const sized = withSizes([
        users(100, '2025-06-01', 'https://a.example/x'),
        users(100, '2025-06-01', 'https://a.example/x'),
        users(100, '2025-06-01', 'https://a.example/x'),
        users(100, '2024-05-31', 'https://a.example/x'),
      ]);
      const text = formatHeadlineFigures(headlineFigures(sized, '2025-06-01'));
      expect(lines(text)).toContain('  Based on 4 of 4 communities, sizes from a.example, counted from 2024-05-31 to 2025-06-01.');
      expect(lines(text)).toContain('  Not a headline because at least one size was counted more than 365 days from 2025-06-01.');
    });

    it('1 of 4 sized and old: a note with both reasons, counted on one day', () => {
      const sized = withSizes([undefined, users(5000, '2022-12-16', 'https://vran.example/@a/1')]);
      const text = formatHeadlineFigures(headlineFigures(sized, '2025-06-01'));
      expect(lines(text)).toContain('  Based on 1 of 4 communities, sizes from vran.example, counted on 2022-12-16.');
      expect(lines(text)).toContain('  Not a headline because sizes are known for 1 of 4 communities, under 80.0%; and at least one size was counted more than 365 days from 2025-06-01.');
    });

    it('no size known: says so, with no shares', () => {
      const text = formatHeadlineFigures(headlineFigures(servers, '2025-06-01'));
      expect(lines(text)).toContain('  no community\'s size is known; all 4 are left out.');
      expect(text).not.toMatch(/suspends +\d/);
    });
  });
});
