/** schemaProblems: the guard the importer and the refresh run on each file they write. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../src/lib/schema/problems.ts';

const valid = readFileSync('tests/fixtures/site/servers/alba.fixture.yaml', 'utf8');

describe('schemaProblems', () => {
  it('finds nothing in a valid file', () => {
    expect(schemaProblems(valid)).toEqual([]);
  });
  it('names the path of a value the schema refuses', () => {
    const problems = schemaProblems(valid.replace('severity: suspend', 'severity: block'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^blocks\.\d+\.severity: /);
  });
  it('reports a YAML syntax error as one problem, never a throw', () => {
    expect(schemaProblems('domain: [unclosed')).toHaveLength(1);
  });
});
