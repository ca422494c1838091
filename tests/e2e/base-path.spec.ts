/**
 * The site works under its base path: every internal link and asset starts with the base, and every
 * same-origin request (those the page makes, and the links it offers) answers 2xx.
 * It runs in the `fixture-subpath` project only, where the base is /atlas/, as on GitHub Pages (playwright.config.ts).
 */
import { expect, test } from './fixtures.ts';

/** Every URL the page names in a link, stylesheet, script or image, resolved against the page. */
const URL_ATTRIBUTES = 'a[href], link[href], script[src], img[src], source[src], iframe[src], form[action]';

test('internal links and assets start with the base, and everything same-origin answers 2xx', async ({ page, log, base }) => {
  const response = await page.goto('./', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  const pageUrl = new URL(page.url());
  expect(pageUrl.pathname).toBe(base);

  const named = await page.locator(URL_ATTRIBUTES).evaluateAll((elements) =>
    elements.map((el) => {
      const attr = el.hasAttribute('href') ? 'href' : el.hasAttribute('src') ? 'src' : 'action';
      return { tag: el.tagName.toLowerCase(), raw: el.getAttribute(attr) ?? '' };
    }),
  );
  const internal = named
    .map((n) => ({ ...n, url: new URL(n.raw, pageUrl) }))
    .filter((n) => n.url.origin === pageUrl.origin);
  // The page has internal links and assets at all: the stylesheet, the icon, the home link.
  expect(internal.some((n) => n.tag === 'link')).toBe(true);
  expect(internal.some((n) => n.tag === 'a')).toBe(true);
  const outside = internal.filter((n) => !n.url.pathname.startsWith(base)).map((n) => `<${n.tag}> ${n.raw}`);
  expect.soft(outside, `internal URLs outside ${base}`).toEqual([]);
  const fragmentOnly = (raw: string) => raw.startsWith('#');
  const notUnderBase = internal.filter((n) => !fragmentOnly(n.raw) && !n.raw.startsWith(base)).map((n) => `<${n.tag}> ${n.raw}`);
  expect.soft(notUnderBase, `internal URLs written without the base ${base}`).toEqual([]);

  // Every same-origin request the page made answered 2xx, and stayed under the base.
  const sameOrigin = log.responses.filter((r) => new URL(r.url()).origin === pageUrl.origin);
  expect(sameOrigin.length).toBeGreaterThan(1);
  const bad = sameOrigin.filter((r) => r.status() < 200 || r.status() > 299).map((r) => `${r.status()} ${r.url()}`);
  expect.soft(bad, 'same-origin responses that were not 2xx').toEqual([]);
  expect.soft(log.failed, 'failed requests').toEqual([]);
  const strays = sameOrigin.map((r) => new URL(r.url()).pathname).filter((p) => !p.startsWith(base));
  expect.soft(strays, `requests outside ${base}`).toEqual([]);

  // Every internal URL the page offers (links included) answers 2xx.
  const withoutFragment = (url: URL) => url.href.replace(/#.*$/, '');
  const targets = [...new Set(internal.map((n) => withoutFragment(n.url)))].sort();
  for (const target of targets) {
    const answer = await page.request.get(target, { maxRedirects: 0 });
    expect.soft(answer.status(), `GET ${target}`).toBeGreaterThanOrEqual(200);
    expect.soft(answer.status(), `GET ${target}`).toBeLessThan(300);
  }
});

/**
 * The pages whose scripts fetch data files (the replay's days, a domain's reach, the graph, the picker's list):
 * every request they make stays under the base and answers 2xx. (Every link of every page is the site check's.)
 */
for (const path of ['domains/threads.net/?date=2023-12-31', '?domain=threads.net&date=2025-02-01', 'graph/?date=2025-02-01', 'graph/matrix/?date=2025-02-01', 'embed/reach/?domain=threads.net&date=2025-02-01']) {
  test(`${path}: every request its scripts make stays under the base and answers 2xx`, async ({ page, log, base }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const origin = new URL(page.url()).origin;
    const sameOrigin = log.responses.filter((r) => new URL(r.url()).origin === origin);
    expect(sameOrigin.length).toBeGreaterThan(1);
    expect.soft(sameOrigin.filter((r) => r.status() < 200 || r.status() > 299).map((r) => `${r.status()} ${r.url()}`), 'not 2xx').toEqual([]);
    expect.soft(sameOrigin.map((r) => new URL(r.url()).pathname).filter((p) => !p.startsWith(base)), `outside ${base}`).toEqual([]);
    expect.soft(log.failed, 'failed requests').toEqual([]);
    expect.soft(log.pageErrors, 'page errors').toEqual([]);
  });
}
