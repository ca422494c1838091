/**
 * Pages written from another page's markup (src/lib/html/page-template.ts) and the head words they share with the
 * layout (src/lib/html/page-head.ts). The template page here is synthetic, shaped as Base.astro writes a page: its
 * head elements in that order, its address in the canonical link, the alternates and the language links. The proof
 * that written pages equal Astro's is the fixture site built both ways (tools/site-check/check-reproducible.ts).
 */
import { describe, expect, it } from 'vitest';
import { attr, escapeAttribute, escapeText } from '../../../src/lib/html/markup.ts';
import { pageHead, SITE_CARD, type PageHead } from '../../../src/lib/html/page-head.ts';
import { pageTemplate, writePage } from '../../../src/lib/html/page-template.ts';
import { NAUGHTY_STRINGS } from '../../hostile/strings.ts';

const site = { siteName: 'Atlas', homeTitle: 'Atlas: home', siteCardAlt: 'The atlas card', asset: (p: string) => `/base/${p}`, origin: new URL('https://atlas.example') };

/** An attribute as Astro writes it (` content` alone when empty). */
const content = (value: string) => attr('content', value).html;

/** A page as the layout writes one, for `own` (`/servers/x.example/`), `head` and `body`. */
function page(own: string, head: PageHead, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(head.fullTitle)}</title>` +
    `<meta name="description"${content(head.description)}><link rel="canonical" href="https://atlas.example/base${own}">` +
    `<link rel="alternate" hreflang="cy" href="https://atlas.example/base/cy${own}">` +
    `<link rel="alternate" type="application/atom+xml" title="The atlas&#39;s changes" href="/base/feeds/atlas.xml">` +
    (head.feed ? `<link rel="alternate" type="application/atom+xml"${attr('title', head.feed.title).html}${attr('href', head.feed.href).html}>` : '') +
    `<meta property="og:title"${content(head.ogTitle)}>` +
    `<meta property="og:description"${content(head.description)}><meta property="og:url" content="https://atlas.example/base${own}">` +
    `<meta property="og:image"${content(head.ogImage)}><meta property="og:image:alt"${content(head.ogImageAlt)}>` +
    `<link rel="stylesheet" href="/base/_astro/global.css"></head><body><header><a href="/base/cy${own}" hreflang="cy">Cymraeg</a></header>` +
    `<main id="main" tabindex="-1"><div class="wrap">${body}</div></main><footer><a href="/base/glossary/">Glossary</a></footer></body></html>`
  );
}

const headOf = (title: string | undefined, image?: string) => pageHead({ title, description: `About ${title ?? 'the atlas'}`, image, imageAlt: image ? `Card of ${title}` : undefined }, site);

describe('pageHead', () => {
  it('adds the site name to a title, gives the home title without one, and the site card when a page has none', () => {
    expect(headOf('Tŵt (toot.wales)')).toEqual({ fullTitle: 'Tŵt (toot.wales) · Atlas', ogTitle: 'Tŵt (toot.wales)', description: 'About Tŵt (toot.wales)', ogImage: `https://atlas.example/base/${SITE_CARD}`, ogImageAlt: 'The atlas card' });
    expect(headOf(undefined)).toMatchObject({ fullTitle: 'Atlas: home', ogTitle: 'Atlas' });
    expect(headOf('A', 'og/servers/a.example.png')).toMatchObject({ ogImage: 'https://atlas.example/base/og/servers/a.example.png', ogImageAlt: 'Card of A' });
  });
});

describe('pageTemplate and writePage', () => {
  const own = '/servers/a.example/';
  const template = page(own, headOf('A (a.example)'), '<h1>A</h1><p>body of a</p>');

  it('writes the template back from itself, byte for byte', () => {
    const cut = pageTemplate(template, '<h1>A</h1><p>body of a</p>', own);
    expect(writePage(cut, own, headOf('A (a.example)'), '<h1>A</h1><p>body of a</p>')).toBe(template);
  });

  it('writes another page exactly as the layout would write it: its body, head words and address everywhere', () => {
    const cut = pageTemplate(template, '<h1>A</h1><p>body of a</p>', own);
    const head = headOf('B (b.example)', 'og/servers/b.example.png');
    expect(writePage(cut, '/servers/b.example/', head, '<h1>B</h1>')).toBe(page('/servers/b.example/', head, '<h1>B</h1>'));
  });

  it('escapes every naughty string in the head as the layout does, and keeps one of each head element', () => {
    const cut = pageTemplate(template, '<h1>A</h1><p>body of a</p>', own);
    for (const s of NAUGHTY_STRINGS.slice(0, 400)) {
      const head = headOf(s, 'og/servers/b.example.png');
      const written = writePage(cut, '/servers/b.example/', head, '<p>b</p>');
      expect(written).toBe(page('/servers/b.example/', head, '<p>b</p>'));
      expect(written.match(/<title>/g)).toHaveLength(1);
      expect(written.match(/<meta /g)).toHaveLength(7);
    }
  });

  it('writes an empty head word as Astro writes an empty attribute, and cuts a template that has one', () => {
    const head = { ...headOf('A (a.example)'), description: '' };
    const astroWay = page(own, headOf('A (a.example)'), '<p>a</p>').replaceAll(`content="${escapeAttribute('About A (a.example)')}"`, 'content');
    const cut = pageTemplate(astroWay, '<p>a</p>', own);
    expect(writePage(cut, own, head, '<p>a</p>')).toBe(astroWay);
  });

  it("leaves a page's words alone where they hold the template's address", () => {
    const cut = pageTemplate(template, '<h1>A</h1><p>body of a</p>', own);
    const head = headOf('see /servers/a.example/');
    const written = writePage(cut, '/servers/b.example/', head, '<p>about /servers/a.example/</p>');
    expect(written).toBe(page('/servers/b.example/', head, '<p>about /servers/a.example/</p>'));
  });

  it('refuses a template that does not hold its body exactly once, or lacks a head element for the words', () => {
    expect(() => pageTemplate(template, '<p>another body</p>', own)).toThrow(/not found/);
    expect(() => pageTemplate(template, 'a', own)).toThrow(/more than once/);
    expect(() => pageTemplate(template, '', own)).toThrow(/exactly once/);
    expect(() => pageTemplate(template.replace(/<meta property="og:image:alt"[^>]*>/, ''), '<h1>A</h1><p>body of a</p>', own)).toThrow(/og:image:alt/);
    expect(() => pageTemplate(template.replace('<title>', '<title>x</title><title>'), '<h1>A</h1><p>body of a</p>', own)).toThrow(/2 elements/);
  });

  describe("a page's own feed (a domain page's)", () => {
    const ownD = '/domains/a.example/';
    const withFeed = (domain: string, title = `Changes for ${domain}`) => pageHead({ title: domain, description: `Who acts on ${domain}`, feed: { path: `feeds/domains/${domain}.xml`, title } }, site);
    const templateD = page(ownD, withFeed('a.example'), '<h1>a.example</h1>');

    it("writes the feed's title and address of each page, and leaves the site's feed as it is", () => {
      const cut = pageTemplate(templateD, '<h1>a.example</h1>', ownD);
      expect(writePage(cut, ownD, withFeed('a.example'), '<h1>a.example</h1>')).toBe(templateD);
      const head = withFeed('b.example');
      const written = writePage(cut, '/domains/b.example/', head, '<h1>b.example</h1>');
      expect(written).toBe(page('/domains/b.example/', head, '<h1>b.example</h1>'));
      expect(written).toContain('href="/base/feeds/atlas.xml"');
      expect(written).not.toContain('a.example');
    });

    it('escapes naughty feed titles as the layout does', () => {
      const cut = pageTemplate(templateD, '<h1>a.example</h1>', ownD);
      for (const s of NAUGHTY_STRINGS.slice(0, 200)) {
        const head = withFeed('b.example', s);
        expect(writePage(cut, '/domains/b.example/', head, '<p>b</p>')).toBe(page('/domains/b.example/', head, '<p>b</p>'));
      }
    });

    it('refuses a page with a feed from a template without one, and the other way round', () => {
      const withOut = pageTemplate(template, '<h1>A</h1><p>body of a</p>', own);
      expect(() => writePage(withOut, '/domains/b.example/', withFeed('b.example'), '<p>b</p>')).toThrow(/feed/);
      const withIt = pageTemplate(templateD, '<h1>a.example</h1>', ownD);
      expect(() => writePage(withIt, '/servers/b.example/', headOf('B'), '<p>b</p>')).toThrow(/feed/);
    });
  });
});
