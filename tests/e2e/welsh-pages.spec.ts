/**
 * The server, graph, matrix, alignment, data and methodology pages in Welsh: a server's own words in the reader's
 * language where the dataset has them (and marked with their language), Welsh headings, every link to a page
 * staying under /cy/, and the Embed dialog of a Welsh page offering the Welsh embed, which speaks Welsh.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, linksLeavingWelsh, test } from './fixtures.ts';

/** One language's strings of one part (plural forms as their `other`). */
function strings(code: string, part: string): Record<string, string> {
  const raw = JSON.parse(readFileSync(`src/locales/${code}/${part}.json`, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v : String((v as { other: string }).other)]));
}

const tootWales = parse(readFileSync('tests/fixtures/site/servers/cymru.fixture.yaml', 'utf8')) as { summary: string; area: { label: string }; translations: { cy: { summary: string; area_label: string } } };

test.describe('the Welsh server, graph, data and methodology pages', () => {
  test.skip(({ base }) => base !== '/', 'the same pages at any base');

  test('a server page shows the Welsh summary and area where the dataset has them, marked lang="cy"; the English page the English ones', async ({ page }) => {
    await page.goto('cy/servers/cymru.fixture/');
    const summary = page.locator('[data-server-summary]');
    await expect(summary).toHaveAttribute('lang', 'cy');
    await expect(summary).toHaveText(tootWales.translations.cy.summary);
    await expect(page.locator('[data-server-area]')).toHaveAttribute('lang', 'cy');
    await expect(page.locator('[data-server-area]')).toHaveText(tootWales.translations.cy.area_label);
    await expect(page.getByRole('heading', { level: 2, name: strings('cy', 'server')['decisions'] })).toBeVisible();

    await page.goto('servers/cymru.fixture/');
    await expect(summary).toHaveAttribute('lang', 'en');
    await expect(summary).toHaveText(tootWales.summary);
    await expect(page.locator('[data-server-area]')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-server-area]')).toHaveText(tootWales.area.label);
  });

  // The other pages' Welsh headings, and their links staying in Welsh, are checked where i18n.spec.ts visits every
  // Welsh page type; the full graph's variants share one template, so one of them is checked here.
  test('cy/graph/min-2/: the Welsh heading, and every link to a page stays in Welsh', async ({ page }) => {
    const graph = { cy: strings('cy', 'graph'), en: strings('en', 'graph') };
    const welsh = graph.cy['min.heading']!.replace('{n}', '2');
    expect(welsh).not.toBe(graph.en['min.heading']!.replace('{n}', '2'));
    await page.goto('cy/graph/min-2/');
    await expect(page.getByRole('heading', { level: 1, name: welsh, exact: true })).toHaveCount(1);
    const links = await linksLeavingWelsh(page);
    expect(links.pages).toBeGreaterThan(3);
    expect(links.leaving).toEqual([]);
  });

  test('the Embed dialog of the Welsh matrix offers the Welsh embed, which speaks Welsh and links back to the Welsh matrix', async ({ page }) => {
    const press = strings('cy', 'press');
    const embed = strings('cy', 'embed');
    await page.goto('cy/graph/matrix/');
    await page.getByRole('button', { name: press['embed'], exact: true }).click();
    const dialog = page.getByRole('dialog', { name: press['dialog.title'] });
    await expect(dialog).toBeVisible();
    expect(await dialog.locator('textarea[data-embed-code]').inputValue()).toContain('/cy/embed/matrix/');
    await page.goto('cy/embed/matrix/?table=1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.locator('[data-embed-credit]')).toContainText(embed['credit.as-of']!);
    await expect(page.locator('[data-embed-ready]')).toHaveCount(1);
    await expect(page.locator('[data-embed-table] caption')).toContainText('×');
    const back = await page.locator('a[data-full-link]').first().getAttribute('href');
    expect(new URL(back!, page.url()).pathname).toBe('/cy/graph/matrix/');
  });
});
