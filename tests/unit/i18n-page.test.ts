/** The page's language comes from the first path segment under the base, never from a code deeper in the path. */
import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n.ts';

const at = (path: string) => ({ url: new URL(`https://atlas.example${path}`), currentLocale: 'cy' });

describe('localeOf', () => {
  it('reads the language prefix at the root and under a base', () => {
    expect(localeOf(at('/cy/domains/'), '/')).toBe('cy');
    expect(localeOf(at('/atlas/cy/'), '/atlas/')).toBe('cy');
    expect(localeOf(at('/atlas/cy'), '/atlas/')).toBe('cy');
  });
  it('keeps the page about the Welsh language in English (Astro.currentLocale says "cy" there)', () => {
    expect(localeOf(at('/languages/cy/'), '/')).toBe('en');
    expect(localeOf(at('/atlas/languages/cy/'), '/atlas/')).toBe('en');
    expect(localeOf(at('/atlas/servers/cy.example/'), '/atlas/')).toBe('en');
  });
  it('is the default for an unconfigured prefix', () => {
    expect(localeOf(at('/fr/'), '/')).toBe('en');
  });
});
