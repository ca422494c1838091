import { describe, expect, it } from 'vitest';
import { fileName } from '../../../src/lib/rules/file-name.ts';
import { run, VALID } from './helpers.ts';

describe('file-name', () => {
  it('accepts <domain>.yaml', () => {
    expect(run(fileName, VALID)).toEqual([]);
  });
  it('reports a file named after another domain', () => {
    expect(run(fileName, VALID, 'data/servers/other.example.yaml')).toEqual([
      'data/servers/other.example.yaml:2:9 error file-name: the file is named "other.example.yaml" but its domain is "atlas-test.example": rename the file to "atlas-test.example.yaml"',
    ]);
  });
  it('reports a .yml file', () => {
    expect(run(fileName, VALID, 'data/servers/atlas-test.example.yml')).toEqual([
      'data/servers/atlas-test.example.yml:2:1 error file-name: data files end in ".yaml", this one is "atlas-test.example.yml"',
    ]);
  });
});
