/**
 * Every configured interface language has every string the default language has (same keys, same placeholders,
 * plural forms where the default has them), so a missing string fails the test command, naming its key and
 * language. A folder of strings with no line in config.ts (or the reverse) fails too.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCatalogues } from '../../src/lib/i18n/check.ts';
import { LOCALES } from '../../src/locales/config.ts';
import { CATALOGUES, DEFAULT_LOCALE, translator } from '../../src/locales/index.ts';

const folders = readdirSync('src/locales', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('interface languages', () => {
  it('config.ts and the folders of strings name the same languages', () => {
    expect(folders).toEqual(LOCALES.map((l) => l.code).sort());
  });
  it('the default language has strings', () => {
    expect(Object.keys(CATALOGUES[DEFAULT_LOCALE] ?? {}).length).toBeGreaterThan(10);
  });
  for (const { code } of LOCALES.filter((l) => l.code !== DEFAULT_LOCALE)) {
    it(`${code} has every string of ${DEFAULT_LOCALE}, with the same placeholders`, () => {
      const problems = compareCatalogues(CATALOGUES[DEFAULT_LOCALE] ?? {}, CATALOGUES[code] ?? {});
      expect(problems.map((p) => `${code}: "${p.key}" ${p.problem}${p.detail ? ` (${p.detail})` : ''}`)).toEqual([]);
    });
    it(`every plural string of ${code} can be filled for counts 0 to 200`, () => {
      const t = translator(code);
      const catalogue = CATALOGUES[code] ?? {};
      for (const [key, entry] of Object.entries(catalogue)) {
        if (typeof entry !== 'object') continue;
        for (let n = 0; n <= 200; n++) expect(t(key, { count: n }).length, key).toBeGreaterThan(0);
      }
    });
  }
});
