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

  it("names the page's own inline scripts, stylesheets and style attributes when no hash allows them", () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
    const body = '<script type="module" src="/a.js"></script><script type="application/json">{}</script><script>alert(1)</script><style>p{}</style><p style="color:red"></p><svg><style>g{}</style></svg>';
    expect(cspProblems(elementsOf(`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`))).toEqual([
      '1 inline script, refused by script-src (no hash allows them)',
      '2 inline stylesheets (<style>), refused by style-src (no hash allows them)',
      '1 style attribute, refused by style-src',
    ]);
  });

  it('leaves inline content alone where a hash may allow it, and reads default-src when a directive is missing', () => {
    const body = '<script>alert(1)</script><style>p{}</style>';
    const at = (policy: string) => cspProblems(elementsOf(`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`));
    expect(at("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='")).toEqual([]);
    expect(at("default-src 'self' 'sha256-abc='; script-src 'self'")).toEqual(["default-src is not 'self'", '1 inline script, refused by script-src (no hash allows them)']);
  });
});
