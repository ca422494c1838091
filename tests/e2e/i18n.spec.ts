/**
 * The interface in Welsh: every page type exists under /cy/ with `lang="cy"`, the site's chrome in the Welsh
 * strings of src/locales/cy/, no sentence of English left outside elements marked `lang="en"` (the data's own
 * text), the Welsh heading where the interface words it, no link to a page that leaves Welsh once the scripts have
 * run, and no accessibility violation. (The language switcher: language-switch.spec.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeCheck, expect, linksLeavingWelsh, PAGE_TYPES, test } from './fixtures.ts';

/** One language's strings, flattened as the site uses them (`<part>.<key>`); plural forms as their `other`. */
function catalogue(code: string): Record<string, string> {
  const out: Record<string, string> = {};
  const dir = `src/locales/${code}`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const part = file.slice(0, -'.json'.length);
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>)) {
      out[`${part}.${key}`] = typeof value === 'string' ? value : String((value as { other: string }).other);
    }
  }
  return out;
}

const cy = catalogue('cy');
const en = catalogue('en');

/**
 * Text the page shows in its own voice (not inside an element marked with another language, nor code, nor
 * hidden) that reads as an English sentence: at least two of English's commonest small words.
 */
async function englishSentences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small = new Set(['the', 'of', 'and', 'is', 'to', 'its', 'which', 'with', 'from', 'by', 'that', 'are', 'this', 'for', 'on', 'in', 'a', 'an', 'or', 'no', 'not', 'has', 'have', 'it', 'be', 'as']);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent) continue;
      const langOwner = parent.closest('[lang]');
      if (langOwner && langOwner.getAttribute('lang') !== document.documentElement.lang) continue;
      if (parent.closest('[translate="no"], code, pre, script, style, noscript, template, [hidden], [aria-hidden="true"], svg, textarea')) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
      // Distinct small words: Welsh has "a" (and) too, so "a'r … a …" must not read as English.
      const hits = new Set(words.filter((w) => small.has(w))).size;
      if (hits >= 2) found.push(text.slice(0, 120));
    }
    return found;
  });
}

/**
 * Pages whose main heading's words are the interface's own, and the catalogue key of the heading that must be the
 * Welsh one there (its level first). "Data" is the same word in both languages, so the data page's is a level-2 one.
 */
const HEADINGS: Record<string, [number, string]> = {
  'servers/cymru.fixture/': [2, 'server.sources'],
  'graph/': [1, 'graph.heading'],
  'graph/matrix/': [1, 'graph.matrix.heading'],
  'graph/alignment/': [1, 'graph.alignment.heading'],
  'data/': [2, 'data.downloads'],
  'methodology/': [1, 'methodology.title'],
  'languages/': [1, 'groups.languages.title'],
  'regions/': [1, 'groups.regions.title'],
};

test.describe('the Welsh interface', () => {
  // The Welsh pages' links under /atlas/ are checked by check-site on the sub-path build; in the browser, once.
  test.skip(({ base }) => base !== '/', 'the same pages at any base');
  for (const path of PAGE_TYPES) {
    test(`cy/${path}: lang="cy", Welsh chrome, no English sentence outside the data, no axe violation`, async ({ page, log }) => {
      // The full graph and the matrix (and its embed) are the largest pages: axe over their tables can take most of 30 s
      // on two busy cores.
      if (/^graph\/|^embed\/matrix\/|^domains\/$/.test(path)) test.slow();
      const response = await page.goto(`cy/${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      if (!path.startsWith('embed/')) {
        const nav = page.getByRole('navigation', { name: cy['common.nav.label'] });
        for (const key of ['common.nav.servers', 'common.nav.domains', 'common.nav.graph', 'common.nav.methodology']) {
          expect(cy[key], key).not.toBe(en[key]);
          await expect(nav.getByRole('link', { name: cy[key], exact: true })).toBeVisible();
        }
        // Every link in the main navigation stays in Welsh.
        const hrefs = await nav.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(hrefs.filter((h) => !/\/cy\//.test(h))).toEqual([]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      }
      const heading = HEADINGS[path];
      if (heading) {
        const [level, key] = heading;
        expect(cy[key], key).not.toBe(en[key]);
        await expect(page.getByRole('heading', { level, name: cy[key], exact: true })).toHaveCount(1);
      }
      const links = await linksLeavingWelsh(page);
      if (!path.startsWith('embed/')) expect(links.pages).toBeGreaterThan(3);
      expect(links.leaving).toEqual([]);
      expect(await englishSentences(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      // Colour contrast is a property of the style sheet, which is the same in every language: pages.spec checks it
      // on every page type in English. Every other rule (names, labels, lang, structure) runs here on the Welsh words.
      const results = await axeCheck(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).disableRules(['color-contrast']).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    });
  }

  test('the English pages say lang="en" and the same check finds English there (it can fail)', async ({ page }) => {
    await page.goto('servers/cymru.fixture/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // On an English page every English sentence is in the page's own language: the detector must see some.
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'cy'));
    expect((await englishSentences(page)).length).toBeGreaterThan(0);
  });
});
