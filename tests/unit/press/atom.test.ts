import { describe, expect, it } from 'vitest';
import { atomXml, dayToDateTime, RFC3339, type AtomFeed } from '../../../src/lib/press/atom.ts';
import { xmlEscape, xmlSafe } from '../../../src/lib/press/xml.ts';
import { checkAtom } from './atom-check.ts';

// Synthetic feed: every domain ends in .example.
const feed: AtomFeed = {
  id: 'https://atlas.example/feeds/atlas.xml',
  title: 'Changes <&> "quoted"',
  subtitle: 'sub',
  updated: '2025-02-01T00:00:00Z',
  self: 'https://atlas.example/feeds/atlas.xml?a=1&b=2',
  alternate: 'https://atlas.example/',
  author: 'Curators',
  entries: [
    { id: 'https://atlas.example/servers/a.example/#change/added/1', title: 'a.example suspends <script>alert(1)</script>', updated: '2025-02-01T00:00:00Z', link: 'https://atlas.example/domains/b.example/', summary: 'Comment: “]]> & \u0001 bell”', categories: ['added', 'suspend'] },
    { id: 'https://atlas.example/servers/a.example/#change/added/2', title: 'two', updated: '2024-01-01T00:00:00Z', published: '2024-01-01T00:00:00Z', link: 'https://atlas.example/x', summary: 's' },
  ],
};

describe('atomXml', () => {
  it('writes a feed that meets RFC 4287 (checked with a real XML parser)', () => {
    const read = checkAtom(atomXml(feed));
    expect(read.problems).toEqual([]);
    expect(read.feed).toMatchObject({ id: feed.id, title: feed.title, updated: feed.updated, author: true });
    expect(read.entries.map((e) => e.title)).toEqual([feed.entries[0]!.title, 'two']);
    expect(read.entries[0]!.links).toEqual(['https://atlas.example/domains/b.example/']);
  });
  it('escapes markup and drops characters XML forbids', () => {
    const xml = atomXml(feed);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('href="https://atlas.example/feeds/atlas.xml?a=1&amp;b=2"');
  });
  it('refuses a date that is not RFC 3339', () => {
    expect(() => atomXml({ ...feed, updated: '2025-02-01' })).toThrow(RangeError);
    expect(() => atomXml({ ...feed, entries: [{ ...feed.entries[0]!, updated: 'yesterday' }] })).toThrow(RangeError);
  });
  it('the checker catches a broken feed (it can fail)', () => {
    const broken = atomXml(feed).replace('<updated>2024-01-01T00:00:00Z</updated>', '').replace('</feed>', '');
    expect(checkAtom(broken).problems.length).toBeGreaterThan(0);
    expect(checkAtom('<feed xmlns="http://example.com/not-atom"><id>x</id></feed>').problems.join()).toMatch(/not an Atom feed/);
  });
});

describe('dates and escaping', () => {
  it('turns a day into midnight UTC', () => {
    expect(dayToDateTime('2023-06-18')).toBe('2023-06-18T00:00:00Z');
    expect(RFC3339.test(dayToDateTime('2023-06-18'))).toBe(true);
    expect(() => dayToDateTime('2023-06')).toThrow(RangeError);
  });
  it('escapes all five XML characters', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlSafe('a\u0000b\u000bc\td\ne')).toBe('abc\td\ne');
  });
});
