import { describe, expect, it } from 'vitest';
import { elementsOf } from '../../../tools/site-check/html.ts';
import { anchorsOf, candidateFiles, internalTarget, refsOf } from '../../../tools/site-check/links.ts';

const ORIGIN = 'http://localhost:4321';

describe('refsOf', () => {
  it('finds links, assets, srcset candidates, SVG hrefs and Open Graph images, and nothing from text', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><meta property="og:image" content="http://localhost:4321/og/x.png">
      <script type="module" src="/_astro/b.js"></script></head><body>
      <a href="/domains/">d</a><img src="/i.png" srcset="/i-1x.png 1x, /i-2x.png 2x" alt="">
      <svg><use href="#glyph"></use></svg><iframe src="/embed/x/" title="t"></iframe>
      <p>&lt;a href="/not-a-link/"&gt; is text</p></body></html>`;
    expect(refsOf(elementsOf(html)).map((r) => `${r.where} ${r.value}`)).toEqual([
      'link[href] /_astro/a.css',
      'meta[og:image] http://localhost:4321/og/x.png',
      'script[src] /_astro/b.js',
      'a[href] /domains/',
      'img[src] /i.png',
      'img[srcset] /i-1x.png',
      'img[srcset] /i-2x.png',
      'use[href] #glyph',
      'iframe[src] /embed/x/',
    ]);
  });

  it('collects ids and named anchors as fragment targets', () => {
    expect([...anchorsOf(elementsOf('<h2 id="now">x</h2><a name="old"></a><p name="no">y</p>'))].sort()).toEqual(['now', 'old']);
  });
});

describe('internalTarget', () => {
  it('resolves relative, absolute and same-origin full addresses under the base, decoding them', () => {
    expect(internalTarget('../x/', '/atlas/domains/a/', ORIGIN, '/atlas/')).toEqual({ path: 'domains/x/' });
    expect(internalTarget('/atlas/domains/caf%C3%A9/#now', '/atlas/', ORIGIN, '/atlas/')).toEqual({ path: 'domains/café/', fragment: 'now' });
    expect(internalTarget('http://localhost:4321/atlas/', '/atlas/x/', ORIGIN, '/atlas/')).toEqual({ path: '' });
    expect(internalTarget('#top', '/atlas/x/', ORIGIN, '/atlas/')).toEqual({ path: 'x/', fragment: 'top' });
  });

  it('leaves other origins and schemes alone, and calls a same-origin address outside the base broken', () => {
    expect(internalTarget('https://toot.wales/about', '/', ORIGIN, '/')).toBeUndefined();
    expect(internalTarget('mailto:a@b.example', '/', ORIGIN, '/')).toBeUndefined();
    expect(internalTarget('data:image/png;base64,AA', '/', ORIGIN, '/')).toBeUndefined();
    expect(internalTarget('javascript:alert(1)', '/', ORIGIN, '/')).toBeUndefined();
    expect(internalTarget('/domains/', '/atlas/', ORIGIN, '/atlas/')).toBe('outside');
    expect(internalTarget('/%E0%A4%A', '/', ORIGIN, '/')).toBe('outside');
  });
});

describe('candidateFiles', () => {
  it('serves a folder from its index.html, and a file as itself first', () => {
    expect(candidateFiles('')).toEqual(['index.html']);
    expect(candidateFiles('domains/x/')).toEqual(['domains/x/index.html']);
    expect(candidateFiles('data/reach/x.json')).toEqual(['data/reach/x.json', 'data/reach/x.json/index.html', 'data/reach/x.json.html']);
  });
});
