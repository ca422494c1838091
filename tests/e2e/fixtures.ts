/**
 * Shared fixtures for the end-to-end tests: the site's base path, and a log of what a page did
 * (requests, responses, console errors, uncaught errors), recorded from before the first navigation.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import type { AtlasProjectMetadata } from '../../playwright.config.ts';

/** What a page did while a test ran. */
export interface PageLog {
  /** Every request's URL, in order. */
  requests: string[];
  /** Every response (same-origin or not). */
  responses: Response[];
  /** Requests that failed at the network level, with the reason. */
  failed: string[];
  /** Console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
}

function record(page: Page): PageLog {
  const log: PageLog = { requests: [], responses: [], failed: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('response', (response) => log.responses.push(response));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  return log;
}

/** The test function, with `base` (the site's base path) and `log` (what the page did). */
export const test = base.extend<{ base: string; log: PageLog }>({
  base: async ({}, use, testInfo) => {
    await use((testInfo.project.metadata as AtlasProjectMetadata).base);
  },
  log: async ({ page }, use) => {
    await use(record(page));
  },
});

/** Playwright's `expect`, re-exported so tests import everything from here. */
export { expect };

/** The curated server files, counted straight from disk: `data/servers/*.yaml`, as domains, sorted. */
export function dataDomains(): string[] {
  const dir = fileURLToPath(new URL('../../data/servers/', import.meta.url));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
