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
    expect(run(domainForm, variant('  - domain: beta.example', '  - domain: a..example'))).toEqual([
      `${F}:31:13 error domain-form: domain "a..example" has an invalid label ""`,
    ]);
    expect(run(domainForm, variant('domain: atlas-test.example', 'domain: localhost'))).toEqual([
      `${F}:2:9 error domain-form: domain "localhost" has no dot: expected a full domain such as "example.social"`,
    ]);
  });
  it('lets a target be a top-level domain or an IP address, as real lists block them, but not a server', () => {
    for (const target of ['tk', '203.0.113.7', '2001:db8::1']) {
      expect(run(domainForm, variant('  - domain: beta.example', `  - domain: "${target}"`)), target).toEqual([]);
    }
    expect(run(domainForm, variant('  - domain: beta.example', '  - domain: "2001:DB8:0::1"'))).toEqual([
      `${F}:31:13 error domain-form: domain "2001:DB8:0::1" is not in normal form: write "2001:db8::1" (fixable with --fix)`,
    ]);
    expect(run(domainForm, variant('domain: atlas-test.example', 'domain: "203.0.113.7"'))).toEqual([
      `${F}:2:9 error domain-form: domain "203.0.113.7" is an IP address, not a domain name`,
    ]);
  });
  it('--fix writes the normal form and nothing else', () => {
    const before = variant('  - domain: beta.example', '  - domain: "*.Beta.Example."');
    expect(fixed(before)).toBe(variant('  - domain: beta.example', '  - domain: "beta.example"'));
  });
});
