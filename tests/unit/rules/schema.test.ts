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
  it('explains that a bare year is read as a number and says to quote it or write the full date', () => {
    expect(run(schema, variant('    since: 2024-01-01\n    evidence', '    since: 2024\n    evidence'))).toEqual([
      `${F}:29:12 error schema: blocks[1].since: expected a date as text, got the number 2024 (YAML reads a year without quotes as a number): if only the year is known, quote it: "2024"; if the source gives the day, write the full date, 2024-MM-DD`,
    ]);
  });
  it('the quoted year it suggests is accepted', () => {
    expect(run(schema, variant('    since: 2024-01-01\n    evidence', '    since: "2024"\n    evidence'))).toEqual([]);
  });
  it('gives the same advice for a bare year in on_or_before and until', () => {
    const out = run(schema, variant('    since: {on_or_before: 2023-07-04}', '    since: {on_or_before: 2023}\n    until: 2025'));
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('blocks[2].since: on_or_before: expected a date as text, got the number 2023');
    expect(out[0]).toContain('quote it: "2023"');
    expect(out[1]).toContain('blocks[2].until: expected a date as text, got the number 2025');
  });
  it('a bare year where a whole day is needed (retrieved) asks for the full date, not quotes', () => {
    expect(run(schema, variant('    retrieved: 2026-01-02\n    covers', '    retrieved: 2026\n    covers'))).toEqual([
      `${F}:17:16 error schema: sources[0].retrieved: expected a day as text, got the number 2026 (YAML reads a year without quotes as a number): write the full date, 2026-MM-DD (the day it was read)`,
    ]);
  });
  it('a case slip in a listed value says what to write and is fixable (Suspend, Mastodon, Nation, Name)', () => {
    const text = variant('    severity: suspend\n    since: 2024', '    severity: Suspend\n    since: 2024', variant('software: mastodon', 'software: Mastodon', variant('  scale: nation', '  scale: Nation', variant('covers: [name,', 'covers: [Name,'))));
    expect(run(schema, text)).toEqual([
      `${F}:8:10 error schema: area.scale: "Nation" is written in another case (the listed values are lower case): write "nation" (fixable with --fix)`,
      `${F}:12:11 error schema: software: "Mastodon" is written in another case (the listed values are lower case): write "mastodon" (fixable with --fix)`,
      `${F}:18:14 error schema: sources[0].covers[0]: "Name" is written in another case (the listed values are lower case): write "name" (fixable with --fix)`,
      `${F}:28:15 error schema: blocks[1].severity: "Suspend" is written in another case (the listed values are lower case): write "suspend" (fixable with --fix)`,
    ]);
  });
  it('Mastodon\'s interface name "Limit", in any case, is "silence", and fixable', () => {
    expect(run(schema, variant('    severity: silence\n', '    severity: LIMIT\n'))).toEqual([
      `${F}:23:15 error schema: blocks[0].severity: "LIMIT" is Mastodon's interface name for "silence": write "silence" (fixable with --fix)`,
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
