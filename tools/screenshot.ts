/**
 * Takes the README's screenshots from a running preview.
 *
 *   npm run build && npm run preview      # in one terminal
 *   npm run screenshot                    # in another: writes docs/screenshot.png (1280×800)
 *   npm run screenshot:map                # the map view: docs/map-desktop.png (1280×800) and docs/map-phone.png (375×667)
 *
 * Options: --url <page> (default $ATLAS_PREVIEW_URL or http://127.0.0.1:4321/), --path <path and query> resolved
 * against it, --out <file> (default docs/screenshot.png), --size <W>x<H> (default 1280x800), --wait <selector> to
 * wait for before the shot, --scroll <selector> to scroll to the top, --dark (dark colour scheme).
 * Chromium comes from $CHROMIUM_PATH, default /usr/bin/chromium (Playwright downloads no browser here).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.ATLAS_PREVIEW_URL || 'http://127.0.0.1:4321/' },
    path: { type: 'string', default: '' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    size: { type: 'string', default: '1280x800' },
    wait: { type: 'string' },
    scroll: { type: 'string' },
    dark: { type: 'boolean', default: false },
  },
});

const size = /^(\d+)x(\d+)$/.exec(values.size);
if (!size) {
  console.error(`screenshot: --size must be <width>x<height>, e.g. 375x667; got ${JSON.stringify(values.size)}`);
  process.exit(2);
}
const viewport = { width: Number(size[1]), height: Number(size[2]) };
const url = new URL(values.path.replace(/^\//, ''), values.url).href;
const out = resolve(values.out);

try {
  const probe = await fetch(url);
  if (!probe.ok) throw new Error(`HTTP ${probe.status}`);
} catch (err) {
  console.error(`screenshot: ${url} does not answer (${err instanceof Error ? err.message : String(err)}).`);
  console.error('Start a preview first: npm run build && npm run preview');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    colorScheme: values.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  if (values.wait) await page.waitForSelector(values.wait, { timeout: 15_000 });
  if (values.scroll) await page.locator(values.scroll).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForLoadState('networkidle');
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: false, animations: 'disabled', caret: 'hide' });
  console.log(`screenshot: wrote ${values.out} (${viewport.width}×${viewport.height}) from ${url}`);
} finally {
  await browser.close();
}
