import { describe, expect, it } from 'vitest';
import { curatedLookalike } from '../../../src/lib/rules/curated-lookalike.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const OTHER = 'data/servers/atlas-test.examp1e.yaml';

describe('curated-lookalike', () => {
  it('accepts a dataset where no domain imitates a curated one', () => {
    expect(run(curatedLookalike, VALID)).toEqual([]);
  });

  it('refuses a server file whose domain imitates a curated server (a digit for a letter), not the one it imitates', () => {
    const impostor = variant('domain: atlas-test.example', 'domain: atlas-test.examp1e');
    const lines = run(curatedLookalike, [
      { file: F, text: VALID },
      { file: OTHER, text: impostor },
    ]);
    expect(lines).toEqual([
      `${OTHER}:2:9 error curated-lookalike: domain "atlas-test.examp1e" looks like the curated server "atlas-test.example": is this the same server misspelt, or an impostor?`,
    ]);
  });

  it('warns when a decision targets a look-alike of a curated server (rn for m), since impostors are blocked', () => {
    const lines = run(curatedLookalike, [
      { file: F, text: variant('  - domain: beta.example', '  - domain: rnastodon.example') },
      { file: 'data/servers/mastodon.example.yaml', text: variant('domain: atlas-test.example', 'domain: mastodon.example') },
    ]);
    expect(lines).toEqual([
      `${F}:31:13 warning curated-lookalike: target "rnastodon.example" looks like the curated server "mastodon.example" but is not it; check which domain the list names`,
    ]);
  });
});
