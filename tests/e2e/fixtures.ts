/**
 * Shared fixtures for the end-to-end tests: the site's base path, and a log of what a page did
 * (requests, responses, console errors, uncaught errors), recorded from before the first navigation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import { parse } from 'yaml';
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
  /** Dialogs the page opened (alert, confirm, prompt, beforeunload): data must never open one. Each is dismissed. */
  dialogs: string[];
  /**
   * Content-Security-Policy violations the page reported (`securitypolicyviolation` events, listened for from
   * before any of the page's own scripts run), as "directive blocked-uri".
   */
  cspViolations: string[];
}

/** The name of the function the init script exposes to report CSP violations to the test. */
const CSP_BINDING = '__atlasCspViolation';

async function record(page: Page): Promise<PageLog> {
  const log: PageLog = { requests: [], responses: [], failed: [], consoleErrors: [], pageErrors: [], dialogs: [], cspViolations: [] };
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  await page.exposeFunction(CSP_BINDING, (text: string) => log.cspViolations.push(text));
  await page.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, CSP_BINDING);
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
    await use(await record(page));
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

/** What the e2e tests read of a curated server file, straight from disk. */
export interface DataServer {
  /** The domain (the file's name). */
  domain: string;
  /** Its BCP 47 language tags, as written. */
  languages: string[];
  /** Its area's ISO 3166 codes, as written (none when it has no area or codes). */
  iso3166: string[];
  /** Its block-list status: published, partial or unknown. */
  status: string;
}

/** The curated server files' domains, languages and area codes, read with a plain YAML parser, sorted by domain. */
export function dataServers(): DataServer[] {
  const dir = fileURLToPath(new URL('../../data/servers/', import.meta.url));
  return dataDomains().map((domain) => {
    const value = parse(readFileSync(`${dir}${domain}.yaml`, 'utf8')) as { languages?: unknown; area?: { iso3166?: unknown }; blocklist?: { status?: unknown } };
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    return { domain, languages: list(value.languages), iso3166: list(value.area?.iso3166), status: String(value.blocklist?.status) };
  });
}
