import { describe, expect, it } from 'vitest';
import { localeOfFile, localeProblems } from '../../../tools/site-check/locale.ts';
import type { HtmlElement } from '../../../tools/site-check/html.ts';

const locales = { codes: ['en', 'cy'], defaultLocale: 'en' };
const html = (lang?: string): HtmlElement[] => [{ tag: 'html', attrs: lang === undefined ? {} : { lang } }];

describe('localeOfFile', () => {
  it('reads the language from the path', () => {
    expect(localeOfFile('cy/domains/threads.net/index.html', locales)).toBe('cy');
    expect(localeOfFile('cy/index.html', locales)).toBe('cy');
    expect(localeOfFile('domains/cy.example/index.html', locales)).toBe('en');
    expect(localeOfFile('cymru.social/index.html', locales)).toBe('en');
  });
});

describe('localeProblems', () => {
  it('accepts a page whose lang and links agree with its path', () => {
    expect(localeProblems(html('cy'), 'cy/index.html', [{ attrs: { href: '/cy/graph/' }, href: '/cy/graph/', file: 'cy/graph/index.html' }], locales)).toEqual([]);
  });
  it('names a wrong or missing lang', () => {
    expect(localeProblems(html('en'), 'cy/index.html', [], locales)).toEqual(['<html lang="en"> where the path says the page is in "cy"']);
    expect(localeProblems(html(), 'index.html', [], locales)).toEqual(['<html lang=""> where the path says the page is in "en"']);
  });
  it('names a link that leaves the language without hreflang, and accepts one with it', () => {
    const leak = { attrs: { href: '/graph/' }, href: '/graph/', file: 'graph/index.html' };
    expect(localeProblems(html('cy'), 'cy/index.html', [leak], locales)).toEqual(['link "/graph/" leads to a page in "en" from a page in "cy" without hreflang="en"']);
    const switcher = { attrs: { href: '/', hreflang: 'en' }, href: '/', file: 'index.html' };
    expect(localeProblems(html('cy'), 'cy/index.html', [switcher], locales)).toEqual([]);
    // hreflang must name the language the link really leads to.
    const wrong = { attrs: { href: '/', hreflang: 'cy' }, href: '/', file: 'index.html' };
    expect(localeProblems(html('cy'), 'cy/index.html', [wrong], locales)).toHaveLength(1);
  });
});
