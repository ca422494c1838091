import { describe, expect, it } from 'vitest';
import { formatDiagnostic, githubAnnotation } from '../../src/lib/diagnostic.ts';
import type { Rule } from '../../src/lib/rules/rule.ts';
import { RULES } from '../../src/lib/rules/index.ts';
import { validate } from '../../src/lib/validate.ts';
import { TODAY, VALID, variant } from './rules/helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('validate', () => {
  it('collects every problem from every rule, sorted by line', () => {
    const text = variant('languages: [cy, en]', 'languages: [CY, en]', variant('  lon: -3.5', '  lon: 200'));
    const lines = validate([{ file: F, text }], { today: TODAY }).map((d) => `${d.line} ${d.rule}`);
    expect(lines).toEqual(['5 language-tag', '11 coordinates']);
  });
  it('survives a crashing rule and still runs the others', () => {
    const crashing: Rule = { name: 'crashes', description: 'throws', check: () => { throw new Error('boom'); } };
    const out = validate([{ file: F, text: variant('  lon: -3.5', '  lon: 200') }], { today: TODAY, rules: [crashing, ...RULES] });
    expect(out.map(formatDiagnostic)).toEqual([
      `${F}:1:1 error crashes: the rule crashed (boom); the other rules still ran. Please report this.`,
      `${F}:11:8 error coordinates: longitude 200 is outside -180 to 180`,
    ]);
  });
  it('every rule has a kebab-case name, a description and a unique name', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });
  it('never throws on hostile or odd input', () => {
    for (const text of ['', '---\n---\n', '*a', 'a: &x [*x]', '[1, 2', 'domain: [1]\nblocks: 7', 'blocks: [null, 1, "x", {since: {}}]', '\u202e: x', 'a: !!binary xyz']) {
      expect(() => validate([{ file: F, text }], { today: TODAY })).not.toThrow();
      expect(validate([{ file: F, text }], { today: TODAY }).some((d) => d.level === 'error')).toBe(true);
    }
  });
});

describe('diagnostic output', () => {
  const d = { file: F, line: 12, col: 7, level: 'error' as const, rule: 'schema', message: 'blocks[1].severity: expected "silence" or "suspend", got "block"' };
  it('prints path:line:col level rule: message', () => {
    expect(formatDiagnostic(d)).toBe(`${F}:12:7 error schema: blocks[1].severity: expected "silence" or "suspend", got "block"`);
  });
  it('shows hidden controls in messages as escapes, so a terminal is not reordered', () => {
    expect(formatDiagnostic({ ...d, message: 'name "a\u202eb"\nnext' })).toBe(`${F}:12:7 error schema: name "a\\u202eb"\\u000anext`);
  });
  it('prints a GitHub annotation with escaped properties and data', () => {
    expect(githubAnnotation({ ...d, message: '50% done\nnext' })).toBe(`::error file=${F},line=12,col=7,title=schema::50%25 done%0Anext`);
  });
});
