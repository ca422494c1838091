import { describe, expect, it } from 'vitest';
import { yamlSyntax } from '../../../src/lib/rules/yaml-syntax.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('yaml-syntax', () => {
  it('accepts a well-formed file', () => {
    expect(run(yamlSyntax, VALID)).toEqual([]);
  });
  it('reports a duplicate key at the second key', () => {
    const lines = run(yamlSyntax, variant('software: mastodon\n', 'software: mastodon\nsoftware: pleroma\n'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${F}:13:1 error yaml-syntax: .*unique`));
  });
  it('reports bad indentation with its line', () => {
    const lines = run(yamlSyntax, variant('  label: Wales\n', '  label: Wales\n bad: indent\n'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(new RegExp(`^${F}:8:\\d+ error yaml-syntax: `));
  });
  it('reports a file that is a list, not a mapping', () => {
    expect(run(yamlSyntax, '- a\n- b\n')).toEqual([`${F}:1:1 error yaml-syntax: expected a mapping of fields (domain: …, name: …) at the top of the file`]);
  });
  it('reports an empty file', () => {
    expect(run(yamlSyntax, '')).toEqual([`${F}:1:1 error yaml-syntax: expected a mapping of fields (domain: …, name: …) at the top of the file`]);
  });
});
