import { describe, expect, it } from 'vitest';
import { closest, schema } from '../../../src/lib/rules/schema.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('schema', () => {
  it('accepts the valid file', () => {
    expect(run(schema, VALID)).toEqual([]);
  });
  it('quotes a wrong enum value at its position', () => {
    expect(run(schema, variant('    severity: silence\n', '    severity: block\n'))).toEqual([
      `${F}:23:15 error schema: blocks[0].severity: expected "silence" or "suspend", got "block"`,
    ]);
  });
  it('names a missing required field at the map that lacks it', () => {
    expect(run(schema, variant('name: Atlas test server\n', ''))).toEqual([`${F}:2:1 error schema: name: missing required field "name"`]);
  });
  it('points at an unknown key and suggests the near one', () => {
    expect(run(schema, variant('software: mastodon\n', 'software: mastodon\nlangauges: [cy]\n'))).toEqual([
      `${F}:13:1 error schema: langauges: unknown field "langauges"; did you mean "languages"?`,
    ]);
  });
  it('explains that a bare year must be quoted text', () => {
    expect(run(schema, variant('    since: 2024-01-01\n    evidence', '    since: 2024\n    evidence'))).toEqual([
      `${F}:29:12 error schema: blocks[1].since: expected a date ("YYYY-MM-DD") or { on_or_before: "YYYY-MM-DD" }, got 2024`,
    ]);
  });
  it('reports a number where text is expected', () => {
    expect(run(schema, variant('name: Atlas test server', 'name: 42'))).toEqual([`${F}:3:7 error schema: name: expected text, got 42`]);
  });
  it('needs a domain or an obfuscated pattern on a decision', () => {
    expect(run(schema, variant('  - domain: beta.example\n', '  - original: reject\n'))).toEqual([
      `${F}:31:5 error schema: blocks[2]: a decision needs a "domain", or an "obfuscated" pattern while the domain is unresolved`,
    ]);
  });
  it('finds near names', () => {
    expect(closest('langauges', ['languages', 'links'])).toBe('languages');
    expect(closest('zzzzzz', ['languages', 'links'])).toBeUndefined();
  });
});
