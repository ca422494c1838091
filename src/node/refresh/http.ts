/**
 * The refresh's HTTP client, polite and safe by default: a User-Agent naming the atlas and its address; one request
 * at a time per host, spaced by a pause; a time limit per request (answer and body); retries with backoff on 429 and
 * 5xx, honouring Retry-After up to a cap; a size cap; https only; same-host redirects followed and recorded, a
 * redirect to another host never followed. `--resolve` sends a public address to a local copy.
 *
 * Everything with side effects is injected (fetch, the clock, sleeping), so tests run against a fake clock with
 * no real waiting. Never throws: every problem comes back as a classified failure (src/lib/refresh/outcome.ts).
 */
import { isRetryable, type HttpFailure, type HttpResult, type Redirect } from '../../lib/refresh/outcome.ts';
import { wireUrl, type ResolveMap } from '../../lib/refresh/resolve.ts';
import { readLimited } from '../../lib/import/fetch.ts';

/** The client's settings and its injected effects. */
export interface ClientOptions {
  /** The fetch implementation. */
  fetch: typeof globalThis.fetch;
  /** Milliseconds since the epoch, now. */
  now: () => number;
  /** Waits `ms` milliseconds. */
  sleep: (ms: number) => Promise<void>;
  /** The User-Agent header. */
  userAgent: string;
  /** Public domain → base URL its requests go to instead. */
  resolve?: ResolveMap;
  /** Abandon a request (answer and body) after this long (default 20 000 ms). */
  timeoutMs?: number;
  /** Refuse answers larger than this (default 16 MiB). */
  maxBytes?: number;
  /** Try again at most this many times after a 429, a 5xx or a failed connection (default 3). */
  retries?: number;
  /** First backoff pause, doubled at each retry, when the server gives no Retry-After (default 2 000 ms). */
  backoffMs?: number;
  /** Longest pause the client accepts before a retry; a longer Retry-After ends the attempts (default 120 s). */
  maxWaitMs?: number;
  /** Pause between two requests to one host (default 1 000 ms). */
  paceMs?: number;
  /** Follow at most this many same-host redirects (default 3). */
  maxRedirects?: number;
}

/** The defaults, as the command documents them. */
export const CLIENT_DEFAULTS = { timeoutMs: 20_000, maxBytes: 16 * 1024 * 1024, retries: 3, backoffMs: 2_000, maxWaitMs: 120_000, paceMs: 1_000, maxRedirects: 3 } as const;

/** A request: GET by default; POST with a JSON body where an API needs one. */
export interface RequestInit {
  /** A JSON body to POST. */
  json?: unknown;
}

/** The client: one function, public URL in, result out. */
export type Client = (url: string, init?: RequestInit) => Promise<HttpResult>;

/** Makes a client. Its per-host pacing is shared by every request it makes. */
export function createClient(options: ClientOptions): Client {
  const o = { ...CLIENT_DEFAULTS, ...definedOnly(options), fetch: options.fetch, now: options.now, sleep: options.sleep, userAgent: options.userAgent };
  const resolve = options.resolve ?? new Map<string, string>();
  const nextAt = new Map<string, number>();

  /** Waits for the host's turn: one request per `paceMs`, in the order they asked. */
  async function pace(host: string): Promise<void> {
    const now = o.now();
    const at = Math.max(now, nextAt.get(host) ?? 0);
    nextAt.set(host, at + o.paceMs);
    if (at > now) await o.sleep(at - now);
  }

  return async function get(url: string, init: RequestInit = {}): Promise<HttpResult> {
    const redirects: Redirect[] = [];
    let current = url;
    const host = hostOf(url);
    for (let hop = 0; ; hop++) {
      const refused = refuse(current);
      if (refused) return { ok: false, failure: { kind: 'refused', url: current, message: refused }, redirects };
      const answer = await attempt(current, init, host);
      if ('failure' in answer) return { ok: false, failure: answer.failure, redirects };
      if ('location' in answer) {
        let next: URL;
        try {
          next = new URL(answer.location, current);
        } catch {
          return { ok: false, failure: { kind: 'refused', url: current, message: `redirect to an unreadable address ${JSON.stringify(answer.location)}` }, redirects };
        }
        if (next.hostname !== host || next.protocol !== 'https:') return { ok: false, failure: { kind: 'redirect-away', url: current, location: next.toString() }, redirects };
        if (hop >= o.maxRedirects) return { ok: false, failure: { kind: 'refused', url: current, message: `more than ${o.maxRedirects} redirects` }, redirects };
        redirects.push({ from: current, to: next.toString(), status: answer.status });
        current = next.toString();
        continue;
      }
      return { ok: true, url: current, text: answer.text, redirects };
    }
  };

  /** One address, with retries: a text, a redirect to follow, or a failure. */
  async function attempt(url: string, init: RequestInit, host: string): Promise<{ text: string } | { location: string; status: number } | { failure: HttpFailure }> {
    for (let tries = 1; ; tries++) {
      await pace(host);
      const one = await once(url, init);
      const retry = 'retry' in one ? one.retry : undefined;
      if (retry === undefined) return one as { text: string } | { location: string; status: number } | { failure: HttpFailure };
      if (tries > o.retries) return { failure: retry.failure(tries) };
      const waitMs = retry.afterMs ?? o.backoffMs * 2 ** (tries - 1);
      if (waitMs > o.maxWaitMs) return { failure: { kind: 'wait-too-long', url, seconds: Math.ceil(waitMs / 1000), capSeconds: Math.floor(o.maxWaitMs / 1000) } };
      await o.sleep(waitMs);
      // The host's next turn starts after the pause.
      nextAt.set(host, Math.max(nextAt.get(host) ?? 0, o.now()));
    }
  }

  type Once = { text: string } | { location: string; status: number } | { failure: HttpFailure } | { retry: { afterMs?: number; failure: (tries: number) => HttpFailure } };

  /** One request, under the time limit. */
  async function once(url: string, init: RequestInit): Promise<Once> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, o.timeoutMs);
    try {
      let response: Response;
      try {
        response = await o.fetch(wireUrl(url, resolve), {
          method: init.json === undefined ? 'GET' : 'POST',
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'application/json', 'user-agent': o.userAgent, ...(init.json === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
        });
      } catch (err) {
        if (timedOut) return { failure: { kind: 'timeout', url, ms: o.timeoutMs } };
        const message = causeOf(err);
        return { retry: { failure: (attempts) => ({ kind: 'network', url, message, attempts }) } };
      }
      const status = response.status;
      if (status >= 300 && status < 400 && status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) return { failure: { kind: 'refused', url, message: `redirect (HTTP ${status}) without a Location` } };
        return { location, status };
      }
      if (isRetryable(status)) {
        await response.body?.cancel().catch(() => undefined);
        const afterMs = retryAfterMs(response.headers.get('retry-after'), o.now());
        return { retry: { ...(afterMs === undefined ? {} : { afterMs }), failure: (attempts) => ({ kind: 'status', url, status, attempts }) } };
      }
      if (status < 200 || status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        return { failure: { kind: 'status', url, status, attempts: 1 } };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { failure: { kind: 'too-large', url, limit: o.maxBytes } };
      }
      const body = await readLimited(response, o.maxBytes);
      if (!body.ok && body.tooLarge) return { failure: { kind: 'too-large', url, limit: o.maxBytes } };
      if (!body.ok) return timedOut ? { failure: { kind: 'timeout', url, ms: o.timeoutMs } } : { failure: { kind: 'network', url, message: 'the connection broke while reading the answer', attempts: 1 } };
      return { text: body.text };
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * A Retry-After header in milliseconds from `now`: seconds ("120") or an HTTP date; undefined when absent or
 * unreadable. A date in the past is no wait.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (!Number.isFinite(at) || !/[a-z]/i.test(text)) return undefined;
  return Math.max(0, at - now);
}

/** Why a public address may not be requested, or undefined when it may. */
function refuse(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `${JSON.stringify(url)} is not a URL`;
  }
  if (u.protocol !== 'https:') return `only https:// addresses are read (${url})`;
  if (u.username || u.password) return 'refused an address with credentials in it';
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function causeOf(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
