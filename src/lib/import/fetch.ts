/**
 * Fetching a published list, carefully, for curators on their own machines: https only, a timeout, a size limit,
 * at most 3 redirects (each checked again), and plain words for the answers that are not a list.
 *
 * The network call itself is the `fetch` function the caller passes in (the CLI gives `globalThis.fetch`), so this
 * module does no I/O of its own and the tests can drive it against a local server.
 */
import { readDomain } from './domain.ts';

/** How to fetch. */
export interface FetchOptions {
  /** The fetch implementation (the CLI passes `globalThis.fetch`). */
  fetch: typeof globalThis.fetch;
  /** Give up after this many milliseconds, redirects and body included (default 15 000). */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes (default 5 MiB). */
  maxBytes?: number;
  /** Follow at most this many redirects (default 3). */
  maxRedirects?: number;
  /**
   * TEST ONLY: an `http://127.0.0.1:<port>` origin that may be used instead of https. Nothing else is accepted
   * here, and the CLI never sets it.
   */
  testOrigin?: string;
  /** Require the answer to be JSON (default true); false accepts any text, e.g. a CSV. */
  json?: boolean;
}

/** The text of a list, or why there is none. */
export type FetchResult = { ok: true; url: string; text: string; contentType: string } | { ok: false; url: string; message: string };

/** Defaults. */
export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 } as const;

/** Where Mastodon publishes a server's block list. */
export function domainBlocksUrl(domain: string, options: Pick<FetchOptions, 'testOrigin'> = {}): string {
  const origin = options.testOrigin ?? `https://${domain}`;
  return `${origin}/api/v1/instance/domain_blocks`;
}

/**
 * Fetches `https://<domain>/api/v1/instance/domain_blocks`. The domain must be a plain domain name.
 */
export async function fetchDomainBlocks(domain: string, options: FetchOptions): Promise<FetchResult> {
  const d = readDomain(domain);
  if (d.kind !== 'domain') return { ok: false, url: domain, message: `${JSON.stringify(domain)} is not a server domain` };
  return fetchJsonText(domainBlocksUrl(d.domain, options), options);
}

/** Fetches a document (JSON unless `json: false`) from an https URL under the module's limits. Never throws. */
export async function fetchJsonText(url: string, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  if (options.testOrigin !== undefined && !/^http:\/\/127\.0\.0\.1:\d{1,5}$/.test(options.testOrigin)) {
    return { ok: false, url, message: 'testOrigin must be http://127.0.0.1:<port> (it exists for tests only)' };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const refused = refuse(current, options.testOrigin);
      if (refused) return { ok: false, url: current, message: refused };
      let response: Response;
      try {
        response = await options.fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'application/json', 'user-agent': 'federation-atlas-import (a curator reading a public list)' },
        });
      } catch (err) {
        if (controller.signal.aborted) return { ok: false, url: current, message: `no answer within ${seconds(timeoutMs)}` };
        return { ok: false, url: current, message: `could not connect: ${causeOf(err)}` };
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => undefined);
        if (!location) return { ok: false, url: current, message: `redirect (HTTP ${response.status}) without a Location` };
        if (redirects >= maxRedirects) return { ok: false, url: current, message: `more than ${maxRedirects} redirects (a redirect loop?)` };
        current = new URL(location, current).toString();
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current, message: `this server does not publish its list (HTTP ${response.status} at ${current})` };
      }
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current, message: `this server shows its list only to signed-in users or to its admins (HTTP ${response.status}): it is not public` };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current, message: `the server answered HTTP ${response.status} ${response.statusText}`.trim() };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current, message: `the answer is larger than the limit (${declared} bytes > ${maxBytes})` };
      }
      const body = await readLimited(response, maxBytes);
      if (!body.ok) {
        const message = body.tooLarge
          ? `the answer is larger than the limit (${maxBytes} bytes)`
          : controller.signal.aborted
            ? `no answer within ${seconds(timeoutMs)}`
            : 'the connection broke while reading the answer';
        return { ok: false, url: current, message };
      }
      const contentType = response.headers.get('content-type') ?? '';
      const text = body.text;
      if (options.json !== false && !isJson(text)) {
        const what = contentType === '' ? 'no content type' : contentType.split(';')[0];
        return { ok: false, url: current, message: `the answer is not JSON (${what}): the address may not be the list of a Mastodon server` };
      }
      return { ok: true, url: current, text, contentType };
    }
  } finally {
    clearTimeout(timer);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** Why a URL may not be fetched, or undefined when it may. */
function refuse(url: string, testOrigin: string | undefined): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `${JSON.stringify(url)} is not a URL`;
  }
  if (testOrigin !== undefined && u.origin === testOrigin) return undefined;
  if (u.protocol !== 'https:') return `refused ${u.protocol.replace(':', '')}: only https:// addresses are fetched (${url})`;
  if (u.username || u.password) return 'refused a URL with credentials in it';
  return undefined;
}

/**
 * Reads a response's body as UTF-8 text, up to `maxBytes`, cancelling the stream beyond it. `tooLarge` says which
 * way it failed: over the cap, or the stream broke. Shared by the importer's fetch and the refresh's HTTP client.
 */
export async function readLimited(response: Response, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; tooLarge: boolean }> {
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, tooLarge: false };
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(all) };
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

function causeOf(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}
