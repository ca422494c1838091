import { describe, expect, it } from 'vitest';
import { lookalikeProblem } from '../../../src/lib/domain.ts';
import { domainLookalike } from '../../../src/lib/rules/domain-lookalike.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('domain-lookalike', () => {
  it('accepts Latin, and real single-script IDNs', () => {
    expect(run(domainLookalike, VALID)).toEqual([]);
    expect(lookalikeProblem('xn--bcher-kva.example')).toBeUndefined(); // bücher: Latin with a diacritic
    expect(lookalikeProblem('xn--80adxhks.xn--p1ai')).toBeUndefined(); // москва.рф: Cyrillic, not Latin look-alikes
  });
  it('warns (servers do block impostors) when a target mixes Cyrillic and Latin (аpple with a Cyrillic а)', () => {
    expect(run(domainLookalike, variant('  - domain: beta.example', '  - domain: xn--pple-43d.com'))).toEqual([
      `${F}:31:13 warning domain-lookalike: target "xn--pple-43d.com": label "аpple" mixes scripts (Cyrillic and Latin), as look-alike domains do; check it is the domain the list names`,
    ]);
  });
  it('accepts a wholly Cyrillic domain and an emoji label, which imitate nothing', () => {
    expect(lookalikeProblem('xn--80aa2ajy.xn--p1acf')).toBeUndefined(); // a real .рус domain from a published list
    expect(lookalikeProblem('xn--xn6r8h-xg0c.tk')).toBeUndefined();
  });
  it('rejects a label written wholly in Cyrillic look-alikes of Latin letters', () => {
    expect(lookalikeProblem('xn--80ak6aa92e.com')).toMatch(/Cyrillic letters that look like Latin/);
  });
  it('checks the server\'s own domain too', () => {
    const lines = run(domainLookalike, variant('domain: atlas-test.example', 'domain: xn--tlas-test-2kh.example'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/:2:9 error domain-lookalike: .*mixes scripts/);
  });
});
