import { describe, expect, it } from 'vitest';
import { duplicateServer } from '../../../src/lib/rules/duplicate-server.ts';
import { run, VALID, variant } from './helpers.ts';

describe('duplicate-server', () => {
  it('accepts different servers', () => {
    const other = variant('domain: atlas-test.example', 'domain: other.example');
    expect(run(duplicateServer, [{ file: 'data/servers/atlas-test.example.yaml', text: VALID }, { file: 'data/servers/other.example.yaml', text: other }])).toEqual([]);
  });
  it('reports the second file for one domain, comparing normal forms', () => {
    const shouting = variant('domain: atlas-test.example', 'domain: Atlas-Test.Example');
    expect(run(duplicateServer, [{ file: 'data/servers/atlas-test.example.yaml', text: VALID }, { file: 'data/servers/b.yaml', text: shouting }])).toEqual([
      'data/servers/b.yaml:2:9 error duplicate-server: server "atlas-test.example" is already described in data/servers/atlas-test.example.yaml: merge the two files',
    ]);
  });
});
