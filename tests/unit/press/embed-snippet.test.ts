import { describe, expect, it } from 'vitest';
import { embedQuery, embedSnippet, HEIGHT_MESSAGE, isHeightMessage } from '../../../src/lib/press/embed-snippet.ts';

describe('embedSnippet', () => {
  it('is a lazy, titled, full-width iframe and the resize script', () => {
    const html = embedSnippet({ src: 'https://atlas.example/embed/reach/?domain=threads.net', script: 'https://atlas.example/embed/resize.js', title: 'Reach', height: 480.4 });
    expect(html).toBe(
      '<iframe src="https://atlas.example/embed/reach/?domain=threads.net" title="Reach" loading="lazy" width="100%" height="480" style="border:0;width:100%;max-width:100%" data-atlas-embed></iframe>\n<script src="https://atlas.example/embed/resize.js" async></script>',
    );
  });
  it('escapes every attribute value', () => {
    const html = embedSnippet({ src: 'https://a.example/?x="><script>&', script: 's', title: '"><img onerror=x>', height: 10 });
    expect(html).not.toMatch(/"><(script|img)/);
    expect(html).toContain('&quot;&gt;&lt;img onerror=x&gt;');
    expect(html).toContain('height="100"');
  });
});

describe('embedQuery', () => {
  it('keeps the view state keys it can read, in their order, and drops the rest', () => {
    expect(embedQuery('?domain=Threads.NET&lang=cy&evil=<x>')).toBe('lang=cy&domain=threads.net');
    expect(embedQuery('domain=not a domain')).toBe('');
  });
});

describe('isHeightMessage', () => {
  it('accepts only a well-formed height', () => {
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 420 })).toBe(true);
    for (const bad of [null, 'x', { type: 'other', height: 1 }, { type: HEIGHT_MESSAGE, height: -1 }, { type: HEIGHT_MESSAGE, height: Infinity }, { type: HEIGHT_MESSAGE, height: '9' }, { type: HEIGHT_MESSAGE, height: 1e6 }])
      expect(isHeightMessage(bad)).toBe(false);
  });
});
