import { describe, expect, it } from 'vitest';
import { domainForm } from '../../../src/lib/rules/domain-form.ts';
import { fixed, run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('domain-form', () => {
  it('accepts normal domains', () => {
    expect(run(domainForm, VALID)).toEqual([]);
  });
  it('names each problem and the normal form', () => {
    expect(run(domainForm, variant('  - domain: beta.example', '  - domain: "https://Beta.Example:8443/about"'))).toEqual([
      `${F}:31:13 error domain-form: domain "https://Beta.Example:8443/about" starts with a scheme ("https://"), has a path ("/about"), has a port (":8443"), has capital letters: write "beta.example" (fixable with --fix)`,
    ]);
  });
  it('asks for punycode', () => {
    expect(run(domainForm, variant('  - domain: beta.example', '  - domain: bücher.example'))).toEqual([
      `${F}:31:13 error domain-form: domain "bücher.example" is not in punycode: write internationalised names as xn--: write "xn--bcher-kva.example" (fixable with --fix)`,
    ]);
  });
  it('rejects what has no normal form, without offering a fix', () => {
    expect(run(domainForm, variant('  - domain: beta.example', '  - domain: localhost'))).toEqual([
      `${F}:31:13 error domain-form: domain "localhost" has no dot: expected a full domain such as "example.social"`,
    ]);
  });
  it('--fix writes the normal form and nothing else', () => {
    const before = variant('  - domain: beta.example', '  - domain: "*.Beta.Example."');
    expect(fixed(before)).toBe(variant('  - domain: beta.example', '  - domain: "beta.example"'));
  });
});
