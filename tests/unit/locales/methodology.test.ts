/**
 * Every interface language has the methodology page's prose (`src/locales/<code>/methodology.md`), with the same
 * headings as the default language (same count, levels and fragment ids, so links to #alignment work in every
 * language), and the same placeholders and site links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingLevels, parseProse } from '../../../src/lib/i18n/prose.ts';
import { LOCALES } from '../../../src/locales/config.ts';
import { DEFAULT_LOCALE } from '../../../src/locales/index.ts';

const read = (code: string) => readFileSync(`src/locales/${code}/methodology.md`, 'utf8');
const ids = (text: string) => parseProse(text).flatMap((b) => (b.type === 'heading' ? [b.id ?? ''] : []));
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]))].sort();
const siteLinks = (text: string) => [...text.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1]).sort();
const terms = (text: string) => parseProse(text).flatMap((b) => (b.type === 'definitions' ? b.items.map((d) => d.term) : []));

describe('methodology.md in every language', () => {
  const english = read(DEFAULT_LOCALE);
  it('the default language has headings, a definition of each reach state, and links', () => {
    expect(headingLevels(english).length).toBeGreaterThan(5);
    expect(terms(english)).toEqual(['suspends', 'limits', 'reaches', 'unknown']);
    expect(ids(english)).toContain('alignment');
  });
  for (const { code } of LOCALES) {
    it(`${code} has methodology.md with the default's headings, ids, placeholders, site links and state terms`, () => {
      expect(existsSync(`src/locales/${code}/methodology.md`), `src/locales/${code}/methodology.md`).toBe(true);
      const text = read(code);
      expect(headingLevels(text)).toEqual(headingLevels(english));
      expect(ids(text)).toEqual(ids(english));
      expect(placeholders(text)).toEqual(placeholders(english));
      expect(siteLinks(text)).toEqual(siteLinks(english));
      expect(terms(text)).toEqual(terms(english));
    });
  }
});
