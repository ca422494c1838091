import { describe, expect, it } from 'vitest';
import { cspProblems, parsePolicy } from '../../../tools/site-check/csp.ts';
import { elementsOf } from '../../../tools/site-check/html.ts';

const page = (...policies: string[]) =>
  elementsOf(`<html><head>${policies.map((p) => `<meta http-equiv="content-security-policy" content="${p}">`).join('')}</head></html>`);

describe('cspProblems', () => {
  it('accepts a strict policy with hashes', () => {
    expect(cspProblems(page("default-src 'self';img-src 'self' data: blob:; script-src 'self' 'sha256-abc+/='; style-src 'self'"))).toEqual([]);
  });

  it('requires exactly one policy', () => {
    expect(cspProblems(page())).toEqual(['expected one Content-Security-Policy <meta>, found 0']);
    expect(cspProblems(page("default-src 'self'; script-src 'self'", "default-src 'self'; script-src 'self'"))).toHaveLength(1);
  });

  it('names every inline, evaluated, remote or wildcard source, and a default other than self', () => {
    expect(
      cspProblems(page("default-src *; script-src 'self' 'unsafe-inline' https://cdn.example; img-src http: *.example; style-src 'unsafe-eval'")),
    ).toEqual([
      "default-src is not 'self'",
      'default-src allows *',
      "script-src allows 'unsafe-inline'",
      'script-src allows https://cdn.example',
      'img-src allows http:',
      'img-src allows *.example',
      "style-src allows 'unsafe-eval'",
    ]);
  });

  it('parses directives case-insensitively and keeps the first of a duplicate, as browsers do', () => {
    expect([...parsePolicy("Script-Src 'self'; script-src *")]).toEqual([['script-src', ["'self'"]]]);
  });
});
