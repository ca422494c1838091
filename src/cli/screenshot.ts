/**
 * Takes the README's screenshot of the home page from a running preview.
 *
 *   npm run build && npm run preview      # in one terminal
 *   npm run screenshot                    # in another: writes docs/screenshot.png (1280×800)
 *
 * Options: --url <page> (default $ATLAS_PREVIEW_URL or http://127.0.0.1:4321/), --out <file>
 * (default docs/screenshot.png), --dark (dark colour scheme). Chromium comes from $CHROMIUM_PATH,
 * default /usr/bin/chromium (Playwright downloads no browser here).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.ATLAS_PREVIEW_URL || 'http://127.0.0.1:4321/' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    dark: { type: 'boolean', default: false },
  },
});

const url = values.url;
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
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: values.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: false, animations: 'disabled', caret: 'hide' });
  console.log(`screenshot: wrote ${values.out} (1280×800) from ${url}`);
} finally {
  await browser.close();
}
