import { describe, expect, it } from 'vitest';
import { classify, isRetryable } from '../../../src/lib/refresh/outcome.ts';

const url = 'https://a.example/api/v1/instance/domain_blocks';

describe('classifying failures', () => {
  it('401 and 403 are "not public", 404 and 410 "not found"', () => {
    expect(classify({ kind: 'status', url, status: 401, attempts: 1 }).kind).toBe('not-public');
    expect(classify({ kind: 'status', url, status: 403, attempts: 1 })).toEqual({ kind: 'not-public', reason: `${url} answered HTTP 403: the list is shown only to signed-in users or to its admins` });
    expect(classify({ kind: 'status', url, status: 410, attempts: 1 }).kind).toBe('not-found');
  });

  it('time-outs, refused connections, 429 and 5xx are "no answer"', () => {
    expect(classify({ kind: 'timeout', url, ms: 20000 })).toEqual({ kind: 'no-answer', reason: `${url} gave no complete answer within 20 s: abandoned` });
    expect(classify({ kind: 'network', url, message: 'ECONNREFUSED', attempts: 4 }).reason).toContain('(after 4 tries)');
    expect(classify({ kind: 'status', url, status: 429, attempts: 4 }).kind).toBe('no-answer');
    expect(classify({ kind: 'status', url, status: 502, attempts: 4 }).kind).toBe('no-answer');
    expect(classify({ kind: 'wait-too-long', url, seconds: 3600, capSeconds: 120 }).kind).toBe('no-answer');
  });

  it('answers over the cap, redirects to another host and odd statuses are "bad answer"', () => {
    expect(classify({ kind: 'too-large', url, limit: 10 }).kind).toBe('bad-answer');
    expect(classify({ kind: 'redirect-away', url, location: 'https://b.example/' }).reason).toContain('redirects to another host (https://b.example/): not followed');
    expect(classify({ kind: 'status', url, status: 418, attempts: 1 }).kind).toBe('bad-answer');
  });

  it('retries only rate limits and server errors', () => {
    expect([429, 500, 502, 503, 504, 501, 403, 404].map(isRetryable)).toEqual([true, true, true, true, true, false, false, false]);
  });
});
