/**
 * What one request, and one server's refresh, came to: the failures the HTTP client reports, and how each is
 * classified for the report and the file.
 *
 * Two kinds of "no list": a **definitive** answer about the list (not public: 401/403; not found: 404/410; software
 * without a public list), which is recorded in the file of a server whose list is unknown, and a **failure** (no
 * answer: time-outs, refused connections, 429 and 5xx after retries; a bad answer: malformed JSON, an answer over
 * the size cap, a redirect to another host), which leaves the file byte for byte as it was.
 */

/** Why a request brought no usable answer. `url` is always the public address. */
export type HttpFailure =
  | { kind: 'status'; url: string; status: number; attempts: number }
  | { kind: 'timeout'; url: string; ms: number }
  | { kind: 'network'; url: string; message: string; attempts: number }
  | { kind: 'wait-too-long'; url: string; seconds: number; capSeconds: number }
  | { kind: 'too-large'; url: string; limit: number }
  | { kind: 'redirect-away'; url: string; location: string }
  | { kind: 'refused'; url: string; message: string };

/** A redirect the client followed (same host), public addresses. */
export interface Redirect {
  /** Where the request went. */
  from: string;
  /** Where the server sent it. */
  to: string;
  /** The HTTP status of the redirect. */
  status: number;
}

/** One request's result: the text, or why there is none. */
export type HttpResult = { ok: true; url: string; text: string; redirects: Redirect[] } | { ok: false; failure: HttpFailure; redirects: Redirect[] };

/** The outcome classes of one server's refresh. */
export const OUTCOME_KINDS = ['read', 'not-public', 'not-found', 'no-list', 'no-answer', 'bad-answer', 'error'] as const;

/** One outcome class. */
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Outcomes that say something definite about the list, recorded in the file of a server whose list is unknown. */
export const DEFINITIVE: readonly OutcomeKind[] = ['not-public', 'not-found', 'no-list'];

/** Outcomes that are failures (`error`: the file itself could not be merged or would not be valid): the file is left byte for byte as it was. */
export const FAILURES: readonly OutcomeKind[] = ['no-answer', 'bad-answer', 'error'];

/** A failure classified: its class and the reason in plain words. */
export interface Classified {
  /** The class. */
  kind: Exclude<OutcomeKind, 'read' | 'error'>;
  /** A plain sentence naming the address and what happened. */
  reason: string;
}

/** Statuses worth trying again after a pause (rate limits and server errors). */
export function isRetryable(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/** Classifies a request's failure for the report. */
export function classify(failure: HttpFailure): Classified {
  const at = failure.url;
  switch (failure.kind) {
    case 'status': {
      const s = failure.status;
      const tries = failure.attempts > 1 ? ` (after ${failure.attempts} tries)` : '';
      if (s === 401 || s === 403) return { kind: 'not-public', reason: `${at} answered HTTP ${s}: the list is shown only to signed-in users or to its admins` };
      if (s === 404 || s === 410) return { kind: 'not-found', reason: `${at} answered HTTP ${s}: not found` };
      if (s === 429) return { kind: 'no-answer', reason: `${at} answered HTTP 429 (too many requests)${tries}` };
      if (s >= 500) return { kind: 'no-answer', reason: `${at} answered HTTP ${s} (a server error)${tries}` };
      return { kind: 'bad-answer', reason: `${at} answered HTTP ${s}` };
    }
    case 'timeout':
      return { kind: 'no-answer', reason: `${at} gave no complete answer within ${seconds(failure.ms)}: abandoned` };
    case 'network':
      return { kind: 'no-answer', reason: `${at} could not be reached: ${failure.message}${failure.attempts > 1 ? ` (after ${failure.attempts} tries)` : ''}` };
    case 'wait-too-long':
      return { kind: 'no-answer', reason: `${at} asked to wait ${failure.seconds} s before trying again, longer than the refresh waits (${failure.capSeconds} s)` };
    case 'too-large':
      return { kind: 'bad-answer', reason: `${at} sent an answer larger than the limit (${failure.limit} bytes): not read` };
    case 'redirect-away':
      return { kind: 'bad-answer', reason: `${at} redirects to another host (${failure.location}): not followed` };
    case 'refused':
      return { kind: 'bad-answer', reason: `${at}: ${failure.message}` };
  }
}

/** The report's short words for an outcome class. */
export const OUTCOME_WORDS: Record<Exclude<OutcomeKind, 'read'>, string> = {
  'not-public': 'not public',
  'not-found': 'not found',
  'no-list': 'no public list',
  'no-answer': 'no answer',
  'bad-answer': 'bad answer',
  error: 'not merged',
};

function seconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
