import { describe, expect, it } from 'vitest';
import { normaliseBase, withBase } from '../../src/lib/url.ts';

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['atlas', '/atlas/'],
    ['/atlas', '/atlas/'],
    ['atlas/', '/atlas/'],
    ['/atlas/', '/atlas/'],
    ['//atlas//', '/atlas/'],
    ['/org//atlas', '/org/atlas/'],
    [' /atlas/ ', '/atlas/'],
  ])('%j → %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });
});

describe('withBase', () => {
  it('joins the root base and the home page', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/', '')).toBe('/');
  });

  it('joins a sub-path base and the home page, whatever the base\'s slashes', () => {
    for (const base of ['/atlas', '/atlas/', 'atlas', 'atlas/']) {
      expect(withBase(base, '/')).toBe('/atlas/');
      expect(withBase(base, '')).toBe('/atlas/');
    }
  });

  it('joins paths with or without a leading slash, keeping the trailing slash as written', () => {
    expect(withBase('/atlas/', '/servers/toot.wales/')).toBe('/atlas/servers/toot.wales/');
    expect(withBase('/atlas', 'servers/toot.wales/')).toBe('/atlas/servers/toot.wales/');
    expect(withBase('/atlas/', 'favicon.svg')).toBe('/atlas/favicon.svg');
    expect(withBase('/', '/favicon.svg')).toBe('/favicon.svg');
    expect(withBase('/', 'data/servers.json')).toBe('/data/servers.json');
  });

  it('never produces a double slash', () => {
    const bases = ['', '/', '//', '/atlas', '/atlas/', 'atlas//'];
    // A path starting with "//" is a protocol-relative URL, refused below.
    const paths = ['', '/', 'a', '/a', 'a/', '/a//b/', 'a///b///', '/a/b//?x=1'];
    for (const base of bases) {
      for (const path of paths) {
        const url = withBase(base, path);
        expect(url, `withBase(${JSON.stringify(base)}, ${JSON.stringify(path)})`).not.toMatch(/\/\//);
        expect(url.startsWith('/')).toBe(true);
      }
    }
  });

  it('keeps a query and a fragment as written', () => {
    expect(withBase('/atlas/', 'map/?lang=cy#list')).toBe('/atlas/map/?lang=cy#list');
    expect(withBase('/atlas', '/?q=a//b')).toBe('/atlas/?q=a//b');
    expect(withBase('/', '#main')).toBe('/#main');
  });

  it('refuses absolute URLs, which are not internal', () => {
    expect(() => withBase('/atlas/', 'https://toot.wales/')).toThrow(TypeError);
    expect(() => withBase('/', '//cdn.example/x.js')).toThrow(/absolute URL/);
    expect(() => withBase('/atlas/', '///a')).toThrow(TypeError);
    expect(() => withBase('/', 'mailto:someone@example.org')).toThrow(TypeError);
  });

  it('gives the same answer every time (no hidden state)', () => {
    expect(withBase('/atlas/', 'a/')).toBe(withBase('/atlas/', 'a/'));
  });
});
