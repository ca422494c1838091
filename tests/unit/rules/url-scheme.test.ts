import { describe, expect, it } from 'vitest';
import { urlProblem, urlScheme } from '../../../src/lib/rules/url-scheme.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('url-scheme', () => {
  it('accepts https', () => {
    expect(run(urlScheme, VALID)).toEqual([]);
  });
  it('rejects http, javascript:, data: and credentials', () => {
    expect(run(urlScheme, variant('  home: https://atlas-test.example', '  home: http://atlas-test.example'))).toEqual([
      `${F}:14:9 error url-scheme: "http://atlas-test.example" uses http: evidence must be https://, write "https://atlas-test.example" if the page serves it`,
    ]);
    expect(urlProblem('javascript:alert(1)')).toMatch(/"javascript:" scheme, which is never allowed/);
    expect(urlProblem('data:text/html,<script>')).toMatch(/"data:" scheme/);
    expect(urlProblem('https://user:pw@example.com/')).toMatch(/user name or password/);
    expect(urlProblem('/relative/path')).toMatch(/not an absolute URL/);
  });
  it('checks decision evidence URLs', () => {
    const text = variant('  - domain: beta.example\n    severity: suspend\n    since: {on_or_before: 2023-07-04}\n    evidence: {url: https://atlas-test.example/about', '  - domain: beta.example\n    severity: suspend\n    since: {on_or_before: 2023-07-04}\n    evidence: {url: "JavaScript:alert(1)"');
    expect(run(urlScheme, text)).toEqual([`${F}:34:21 error url-scheme: "JavaScript:alert(1)" uses the "javascript:" scheme, which is never allowed: expected https://`]);
  });
});
