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

/** A decision as the e2e tests read it, straight from a server file (dates as written, made text). */
interface DataDecision {
  domain?: string;
  severity: string;
  since: string | { on_or_before: string };
  until?: string;
  last_seen?: string;
}

const lastDayOf = (text: string): string => {
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) {
    const [y, m] = text.split('-').map(Number) as [number, number];
    return `${text}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return text;
};
const firstDayOf = (text: string): string => (text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text);
const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Each server file parsed once per test process (the graph's tests ask about hundreds of domains). */
const parsedFiles = new Map<string, unknown>();
function parsedFile(path: string): unknown {
  if (!parsedFiles.has(path)) parsedFiles.set(path, parse(readFileSync(path, 'utf8')));
  return parsedFiles.get(path);
}

/**
 * What each curated community does to `domain` on `day`, worked out here from the YAML files alone, following
 * the rules of the methodology page and src/lib/reach/README.md (written again, independently of the site's code,
 * so a test can compare the site's answer with it): a decision counts from its `since` (inclusive) to its `until`
 * (exclusive); dates known only to the month or year, or "on or before" a day, leave the days they may mean open
 * (unknown if the outcomes differ); the most specific covered domain decides; without a decision, a published
 * list reaches the domain only between its first and latest reading. The domain's own server is left out.
 */
export function dataStatesOn(domain: string, day: string): Map<string, 'suspends' | 'limits' | 'reaches' | 'unknown'> {
  const dir = fileURLToPath(new URL('../../data/servers/', import.meta.url));
  const out = new Map<string, 'suspends' | 'limits' | 'reaches' | 'unknown'>();
  // the domain, then each parent, most specific first: threads.net, net
  const targets = domain.split('.').map((_, i, labels) => labels.slice(i).join('.'));
  for (const name of dataDomains()) {
    if (name === domain) continue;
    const value = parsedFile(`${dir}${name}.yaml`) as {
      blocklist?: { status?: string; evidence?: { retrieved?: unknown } };
      blocks?: (DataDecision & { evidence?: { kind?: string; retrieved?: unknown } })[];
    };
    const blocks = value.blocks ?? [];
    const possible = new Set<string>();
    let decided = false;
    for (const target of targets) {
      const level = blocks.filter((b) => b.domain !== undefined && String(b.domain) === target);
      if (level.length === 0) continue;
      const inForce = level.map((b) => {
        const since = b.since;
        const surelyFrom = typeof since === 'object' ? lastDayOf(String(since.on_or_before)) : lastDayOf(String(since));
        const possiblyFrom = typeof since === 'object' ? '0000-01-01' : firstDayOf(String(since));
        const until = b.until === undefined ? undefined : String(b.until);
        const surelyUntil = until === undefined ? '9999-12-31' : b.last_seen !== undefined ? dayAfter(String(b.last_seen)) : firstDayOf(until);
        const possiblyUntil = until === undefined ? '9999-12-31' : lastDayOf(until);
        const state = b.severity === 'suspend' ? 'suspends' : 'limits';
        if (surelyFrom <= day && day < surelyUntil) return { state, how: 'in' };
        if (possiblyFrom <= day && day < possiblyUntil) return { state, how: 'maybe' };
        return { state, how: 'out' };
      });
      const sure = inForce.filter((x) => x.how === 'in').sort((a, b) => (a.state === b.state ? 0 : a.state === 'suspends' ? -1 : 1))[0];
      if (sure) {
        possible.add(sure.state);
        decided = true;
        break;
      }
      for (const x of inForce) if (x.how === 'maybe') possible.add(x.state);
    }
    if (!decided) {
      const list = value.blocklist;
      const to = list?.evidence?.retrieved === undefined ? undefined : String(list.evidence.retrieved);
      if (list?.status === 'published' && to !== undefined) {
        const readings = [to, ...blocks.filter((b) => b.evidence?.kind === 'block-list').map((b) => String(b.evidence!.retrieved))].filter((d) => d <= to).sort();
        if (readings[0]! <= day && day <= to) possible.add('reaches');
        else ['suspends', 'limits', 'reaches'].forEach((s) => possible.add(s));
      } else ['suspends', 'limits', 'reaches'].forEach((s) => possible.add(s));
    }
    out.set(name, possible.size === 1 ? ([...possible][0] as 'suspends' | 'limits' | 'reaches') : 'unknown');
  }
  return out;
}

/** One page of each type (relative to the base; the Welsh copies are under `cy/`). */
export const PAGE_TYPES = [
  '',
  'domains/threads.net/',
  'domains/',
  'servers/toot.wales/',
  'servers/unpublished/',
  'graph/',
  'graph/matrix/',
  'graph/alignment/',
  'languages/',
  'languages/cy/',
  'regions/',
  'regions/GB-WLS/',
  'methodology/',
  'data/',
  'embed/reach/?domain=threads.net',
  'embed/timeline/?domain=threads.net',
  'embed/map/?domain=threads.net&lang=cy',
  'embed/matrix/',
];
