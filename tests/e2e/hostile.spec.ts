/**
 * The site built from the synthetic hostile dataset (tests/hostile/: every naughty string in every free-text field
 * that accepts it), in a real browser: on every page type and the server pages of every markup-like string, nothing executes
 * (no dialog, no script error, no Content-Security-Policy violation), nothing leaves the origin, and the data adds
 * no element with an event handler, a `javascript:` address or a tag the site never makes, even in what the
 * browser code draws (the map's details, the list, the reach colouring, the graph search, the embeds, which draw
 * their views and tables from the data files in the browser, and the Embed dialog).
 * Runs only in the `hostile` project, against dist-hostile/ (built by `npm run test:hostile-build`).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type PageLog } from './fixtures.ts';
import { NAUGHTY_STRINGS } from '../hostile/strings.ts';

interface Manifest {
  strings: number;
  servers: string[];
  target: string;
}

const manifest = JSON.parse(readFileSync(new URL('../../.hostile/manifest.json', import.meta.url), 'utf8')) as Manifest;

/**
 * Tags the site never makes; an element with one of them would have come from a string. (Inline scripts are
 * checked differently: Astro writes small ones into the HTML with their hash in the policy, and the static check in
 * tests/hostile/build.ts proves the HTML's elements match the plain build; here, a script added after the HTML
 * was parsed counts as injected.)
 */
const FOREIGN_TAGS = ['iframe:not([data-embed-preview])', 'object', 'embed', 'frame', 'frameset', 'marquee', 'base', 'body meta', 'body link', 'body style', 'form form', 'math'];

/** Installs, before any page script, an observer that records every element or attribute the data could inject. */
async function watchInjections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __injected: string[] };
    w.__injected = [];
    const bad = (el: Element): string | undefined => {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) return `${el.tagName} ${attr.name}`;
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name) && /^[\s\u0000-\u001f\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*(javascript|vbscript|data:text\/html)/i.test(attr.value)) {
          return `${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`;
        }
      }
      return undefined;
    };
    const scan = (root: Element) => {
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        // A script the site's own code adds (the Embed dialog loads the site's resize script) has a same-origin src;
        // any other script added after the HTML was parsed came from somewhere else.
        const own = el instanceof HTMLScriptElement && el.src !== '' && new URL(el.src).origin === location.origin;
        const found = bad(el) ?? (el.tagName === 'SCRIPT' && document.readyState !== 'loading' && !own ? 'SCRIPT added after load' : undefined);
        if (found) w.__injected.push(found);
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element) {
          const found = bad(r.target);
          if (found) w.__injected.push(found);
        }
        for (const node of Array.from(r.addedNodes)) if (node instanceof Element) scan(node);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** What this worker saw, printed after its tests for the closing counts: pages checked and requests logged. */
const seen = { pages: 0, requests: 0, offOrigin: 0 };
let counted = 0;

/** Everything a hostile page must not have done, as one list of problems (empty when clean). */
async function problems(page: Page, log: PageLog): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const out: string[] = [];
  seen.pages++;
  seen.requests += log.requests.length - counted;
  counted = log.requests.length;
  out.push(...log.dialogs.map((d) => `dialog ${d}`));
  out.push(...log.pageErrors.map((e) => `page error ${e}`));
  out.push(...log.consoleErrors.map((e) => `console error ${e}`));
  out.push(...log.cspViolations.map((v) => `CSP violation ${v}`));
  const off = log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  seen.offOrigin += off.length;
  out.push(...off.map((u) => `request off the origin ${u}`));
  out.push(...(await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected)).map((i) => `injected ${i}`));
  for (const selector of FOREIGN_TAGS) {
    const n = await page.locator(selector).count();
    if (n) out.push(`${n} × ${selector}`);
  }
  return out.map((p) => `${page.url()}: ${p}`);
}

test.beforeEach(async ({ page }) => {
  counted = 0;
  await watchInjections(page);
});

test.afterAll(() => {
  console.log(`hostile (this worker): ${seen.pages} page checks, ${seen.requests} requests logged, ${seen.offOrigin} off the origin`);
});

test('the hostile build holds every naughty string', () => {
  expect(manifest.strings).toBeGreaterThan(400);
  expect(manifest.servers).toHaveLength(manifest.strings);
});

const PAGE_TYPES = ['', 'domains/', `domains/${manifest.target}/`, 'graph/', 'graph/matrix/', 'graph/alignment/', 'languages/', 'languages/cy/', 'regions/', 'regions/GB-WLS/', 'methodology/', 'data/', 'servers/unpublished/',
  `embed/reach/?domain=${manifest.target}&table=1`, `embed/timeline/?domain=${manifest.target}`, `embed/map/?domain=${manifest.target}`, 'embed/matrix/?table=1'];

// Each page type once, in English: the Welsh pages run the same scripts over the same strings (the Welsh server
// pages, which add the strings of `translations.cy`, are visited below), and their markup was compared with the
// plain twin's by the hostile build.
for (const path of PAGE_TYPES) {
  test(`page type /${path}: nothing executes, nothing leaves, nothing injected`, async ({ page, log }) => {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await problems(page, log)).toEqual([]);
  });
}

test('the map: the target chosen, every hostile name searched, details opened for markup-like names', async ({ page, log }) => {
  test.setTimeout(240_000);
  await page.goto(`./?domain=${manifest.target}`);
  // About 485 servers on one map: on two cores shared with the other steps, it can take longer than the default wait.
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', manifest.target);
  // Open the details of servers whose names hold markup (a tag), from the list's buttons.
  const rows = page.locator('#servers tbody tr');
  const markup = await rows.evaluateAll((trs) =>
    trs.filter((tr) => /<[a-z!/]/i.test(tr.querySelector('th')?.textContent ?? '')).map((tr) => tr.getAttribute('data-domain')!),
  );
  expect(markup.length).toBeGreaterThan(10);
  // Eight of them: the popup is one template, filled the same way for every server.
  for (const domain of markup.slice(0, 8)) {
    await page.locator(`#servers tr[data-domain="${domain}"]`).getByRole('button', { name: /Show on map/ }).click();
    // The popup opens once the map has flown to the marker (Leaflet's moveend): slow on a busy machine.
    await expect(page.locator('.leaflet-popup')).toHaveCount(1);
  }
  // Search for naughty text: the filter and the URL it writes must take anything.
  const search = page.locator('#f-q');
  for (const text of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE servers; --", '${7*7}{{7*7}}', '\u202etxt.exe']) {
    await search.fill(text);
    await expect(page.locator('#map-status')).toContainText(/Showing/);
  }
  expect(await problems(page, log)).toEqual([]);
});

test('the Embed dialog and downloads of a hostile domain page: nothing executes, nothing injected', async ({ page, log, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`domains/${manifest.target}/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog.frameLocator('iframe[data-embed-preview]').locator('[data-embed-credit]')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await problems(page, log)).toEqual([]);
});

test('the graph: searching for naughty names finds nodes without running them', async ({ page, log }) => {
  await page.goto('graph/', { waitUntil: 'networkidle' });
  await expect(page.locator('canvas[data-full-graph]')).toHaveAttribute('data-drawn', 'true');
  const input = page.locator('#graph-search-input');
  for (const text of ['<img src=x onerror=alert(1)>', 'hostile-0001', '<svg onload=alert(1)>']) {
    await input.fill(text);
    await input.press('Enter');
  }
  expect(await problems(page, log)).toEqual([]);
});

/**
 * Server pages: the hostile build already proved every page's elements identical to its plain twin's (no page's
 * HTML has an element that came from the data). What remains for a browser is what the pages' scripts do with the
 * strings (sorting, folding, the language switcher, the press tools): one page for every eighth string that looks like
 * markup, a script, a URL scheme or a direction override, in English and in Welsh (where `translations.cy` holds the strings).
 */
const SCRIPTED = /[<>]|javascript:|data:|on\w+\s*=|\$\{|\{\{|[\u202a-\u202e\u2066-\u2069]/i;
// Every eighth of them (about 30 strings of about 240), the same ones on every run.
const sampled = manifest.servers.filter((_, i) => SCRIPTED.test(NAUGHTY_STRINGS[i] ?? '')).filter((_, i) => i % 8 === 0);
const GROUPS = 2;
for (const prefix of ['', 'cy/']) {
  for (let g = 0; g < GROUPS; g++) {
    test(`${prefix}servers/ pages of markup-like strings, group ${g + 1} of ${GROUPS}: nothing executes, nothing leaves, nothing injected`, async ({ page, log }) => {
      test.setTimeout(240_000);
      expect(sampled.length).toBeGreaterThan(20);
      const found: string[] = [];
      for (const domain of sampled.filter((_, i) => i % GROUPS === g)) {
        const response = await page.goto(`${prefix}servers/${domain}/`, { waitUntil: 'load' });
        expect(response?.status(), domain).toBe(200);
        found.push(...(await problems(page, log)));
      }
      expect(found).toEqual([]);
    });
  }
}
