/**
 * The browser the tests drive is started as playwright.config.ts starts it (tools/chromium-flags.ts): Chromium reads
 * only the last `--disable-features` switch, so ours must keep every feature Playwright disables, and it must stop
 * Chromium building the address bar's pop-ups for every page.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, UNUSED_BROWSER_UI } from '../../tools/chromium-flags.ts';
import { expect, test } from './fixtures.ts';

/** The features each `--disable-features` switch of a command line names, switch by switch, in order. */
function disabledFeatureSwitches(commandLine: string): string[][] {
  return [...commandLine.matchAll(/--disable-features=(\S*)/g)].map((m) => m[1]!.split(',').filter(Boolean));
}

test('the browser keeps every feature Playwright disables, and builds no address-bar pop-up for a page', async ({}, testInfo) => {
  const executablePath = testInfo.project.use.launchOptions?.executablePath ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    // The browser's own account of the command line it was started with.
    await page.goto('chrome://version');
    const switches = disabledFeatureSwitches((await page.locator('#command_line').textContent()) ?? '');
    expect(switches.length, 'Playwright passes a --disable-features of its own, then ours').toBeGreaterThanOrEqual(2);
    const last = new Set(switches.at(-1));
    for (const feature of switches.slice(0, -1).flat()) expect(last.has(feature), `${feature}, disabled by Playwright, is kept`).toBe(true);
    for (const feature of UNUSED_BROWSER_UI) expect(last.has(feature)).toBe(true);

    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup')).map((t) => t.url)).toEqual([]);
    // The check can fail: the page is listed, so the list is the browser's.
    expect(targetInfos.some((t) => t.type === 'page')).toBe(true);
  } finally {
    await browser.close();
  }
});
