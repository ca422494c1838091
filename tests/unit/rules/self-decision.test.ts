import { describe, expect, it } from 'vitest';
import { selfDecision } from '../../../src/lib/rules/self-decision.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('self-decision', () => {
  it('accepts decisions on other domains', () => {
    expect(run(selfDecision, VALID)).toEqual([]);
  });
  it('reports a server acting on itself', () => {
    expect(run(selfDecision, variant('  - domain: beta.example', '  - domain: atlas-test.example'))).toEqual([`${F}:31:13 error self-decision: the server acts on itself`]);
  });
  it('reports a parent domain that would cover the server, but not a sibling', () => {
    const sub = variant('domain: atlas-test.example', 'domain: social.atlas-test.example');
    expect(run(selfDecision, variant('  - domain: beta.example', '  - domain: atlas-test.example', sub))).toEqual([
      `${F}:31:13 error self-decision: the server acts on "atlas-test.example", which covers its own domain "social.atlas-test.example"`,
    ]);
    expect(run(selfDecision, variant('  - domain: beta.example', '  - domain: notatlas-test.example'))).toEqual([]);
  });
});
