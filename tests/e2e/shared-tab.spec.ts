/**
 * The worker's shared tab (shared-tab.ts): the next test gets the same tab, with nothing of what the last one
 * changed. The two tests run in order in one worker.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial' });

let lastPage: Page | undefined;
const requestsSeenByTheFirstTest: string[] = [];

test('a test that changes everything it can about its tab', async ({ page, context }) => {
  lastPage = page;
  page.on('request', (request) => requestsSeenByTheFirstTest.push(request.url()));
  await page.addInitScript(() => Object.assign(window, { leftOver: true }));
  await page.exposeFunction('leftOverFunction', () => 1);
  await page.route('**/methodology/', (route) => route.abort());
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.newPage();
  await page.setViewportSize({ width: 400, height: 300 });
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'dark' });
  await page.goto('glossary/');
  expect(await page.evaluate(() => 'leftOver' in window && 'leftOverFunction' in window)).toBe(true);
  expect(requestsSeenByTheFirstTest.length).toBeGreaterThan(0);
});

test('the next test gets the same tab as new', async ({ page, context }) => {
  // The same tab: otherwise this test would prove nothing.
  expect(page).toBe(lastPage);
  const seen = requestsSeenByTheFirstTest.length;
  const response = await page.goto('methodology/');
  expect(response?.status(), 'the last test\'s route is gone').toBe(200);
  expect(requestsSeenByTheFirstTest.length, 'the last test\'s listener is gone').toBe(seen);
  expect(await page.evaluate(() => ['leftOver', 'leftOverFunction'].filter((name) => name in window)), 'its init script and function are gone').toEqual([]);
  expect(context.pages(), 'the tab it opened is closed').toEqual([page]);
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state), 'its permission is withdrawn').not.toBe('granted');
  expect(page.viewportSize(), 'the project\'s viewport').toEqual({ width: 1280, height: 800 });
  expect(await page.evaluate(() => [matchMedia('(prefers-reduced-motion: reduce)').matches, matchMedia('(prefers-color-scheme: dark)').matches])).toEqual([true, false]);
});
