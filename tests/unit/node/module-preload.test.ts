import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modulePreloader, modulePreloaderBytes, moduleScripts, preloadPaths, staticImports, withModulePreloads } from '../../../src/node/module-preload.ts';

describe('module preloads', () => {
  it('reads a minified module\'s static imports and re-exports, never a dynamic import or a word in a string', () => {
    const code = 'import{a as b,c}from"./dom.A1.js";import"./side.B2.js";export{x}from"../up.C3.js";export*from"./all.D4.js";' +
      'const m=import("./lazy.E5.js");const s="import me";import.meta.url;import{d}from"./dom.A1.js";';
    expect(staticImports(code)).toEqual(['./dom.A1.js', './side.B2.js', '../up.C3.js', './all.D4.js']);
  });

  it('finds a page\'s module scripts with a src, not inline ones nor classic scripts', () => {
    const html = '<head><script type="module" src="/_astro/a.js"></script><script type="module">import "./x.js"</script><script src="/old.js"></script><script type="module" src="/_astro/b.js"></script></head>';
    expect(moduleScripts(html)).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  it('preloads every module imported, directly or through another, once, but not the page\'s own scripts nor a missing file', () => {
    const modules: Record<string, string[]> = {
      '/atlas/_astro/a.js': ['./shared.js', './b.js', './gone.js'],
      '/atlas/_astro/b.js': ['./deep.js'],
      '/atlas/_astro/shared.js': [],
      '/atlas/_astro/deep.js': ['./shared.js', 'd3-zoom'],
    };
    expect(preloadPaths(['/atlas/_astro/a.js', '/atlas/_astro/b.js'], (p) => modules[p])).toEqual(['/atlas/_astro/shared.js', '/atlas/_astro/deep.js']);
    expect(preloadPaths([], (p) => modules[p])).toEqual([]);
  });

  it('writes the links before the head\'s end, and leaves a page with nothing to preload as it is', () => {
    expect(withModulePreloads('<html><head><title>t</title></head><body></body></html>', ['/_astro/x.js'])).toBe(
      '<html><head><title>t</title><link rel="modulepreload" href="/_astro/x.js"></head><body></body></html>',
    );
    expect(withModulePreloads('<html><head></head></html>', [])).toBe('<html><head></head></html>');
  });

  it('adds to a page, as it is rendered, the links its scripts need from the bundles on disk under the base, reading each bundle once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-preload-'));
    try {
      mkdirSync(join(dir, '_astro'));
      writeFileSync(join(dir, '_astro', 'page.js'), 'import{a}from"./dom.js";');
      writeFileSync(join(dir, '_astro', 'dom.js'), 'import"./util.js";');
      writeFileSync(join(dir, '_astro', 'util.js'), 'export const u=1;');
      const preload = modulePreloader(dir, '/atlas/');
      const page = '<html><head><script type="module" src="/atlas/_astro/page.js"></script></head><body></body></html>';
      const expected = '<html><head><script type="module" src="/atlas/_astro/page.js"></script><link rel="modulepreload" href="/atlas/_astro/dom.js"><link rel="modulepreload" href="/atlas/_astro/util.js"></head><body></body></html>';
      expect(preload(page)).toBe(expected);
      // Read once: a bundle removed after the first page does not change the next page with the same scripts.
      rmSync(join(dir, '_astro', 'util.js'));
      expect(preload(page)).toBe(expected);
      expect(preload('<html><head></head><body>no scripts</body></html>')).toBe('<html><head></head><body>no scripts</body></html>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a page as bytes the same bytes as its text would, non-ASCII text and scripts in the body included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-preload-'));
    try {
      mkdirSync(join(dir, '_astro'));
      writeFileSync(join(dir, '_astro', 'a.js'), 'import{a}from"./dom.js";');
      writeFileSync(join(dir, '_astro', 'b.js'), 'import"./util.js";');
      writeFileSync(join(dir, '_astro', 'dom.js'), 'export const d=1;');
      writeFileSync(join(dir, '_astro', 'util.js'), 'export const u=1;');
      const text = modulePreloader(dir, '/');
      const bytes = modulePreloaderBytes(dir, '/');
      const pages = [
        '<html><head><title>Ynys Môn — թութ.հայ 🏳️‍🌈</title></head><body><p>&lt;script type="module" src="/_astro/b.js"&gt;</p><scripts type="module" src="/_astro/b.js"></scripts><script type="module" src="/_astro/a.js"></script></body></html>',
        '<html><head></head><body>Ŵ<script type="module">import "./x.js"</script><script\ntype="module"\nsrc="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script></body></html>',
        '<html><head></head><body>no scripts, ĉu?</body></html>',
        '<html><body><script type="module" src="/_astro/a.js"></script></body></html>',
        '<html><head></head><body><script type="module" src="/_astro/a.js"',
      ];
      for (const page of pages) {
        const out = Buffer.concat(bytes(new TextEncoder().encode(page))).toString('utf8');
        expect(out).toBe(text(page));
      }
      // The links themselves: not only the same as the text's, but there.
      expect(Buffer.concat(bytes(new TextEncoder().encode(pages[0]!))).toString('utf8')).toContain('<link rel="modulepreload" href="/_astro/dom.js"></head>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
