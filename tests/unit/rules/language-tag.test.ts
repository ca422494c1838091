import { describe, expect, it } from 'vitest';
import { languageTag } from '../../../src/lib/rules/language-tag.ts';
import { fixed, run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('language-tag', () => {
  it('accepts registered tags in canonical case', () => {
    expect(run(languageTag, VALID)).toEqual([]);
    expect(run(languageTag, variant('languages: [cy, en]', 'languages: [pt-BR, zh-Hant-TW, sco, gd]'))).toEqual([]);
  });
  it('rejects an unregistered tag', () => {
    expect(run(languageTag, variant('languages: [cy, en]', 'languages: [cy, qqq-welsh]'))).toEqual([
      expect.stringMatching(new RegExp(`^${F}:5:17 error language-tag: "qqq-welsh" is not a valid BCP 47 language tag`)),
    ]);
  });
  it('rejects a deprecated tag', () => {
    expect(run(languageTag, variant('languages: [cy, en]', 'languages: [iw]'))[0]).toMatch(/"iw" is not a valid BCP 47 language tag \(.*deprecated/);
  });
  it('asks for canonical case and hyphens, fixably', () => {
    expect(run(languageTag, variant('languages: [cy, en]', 'languages: [CY, en_gb]'))).toEqual([
      `${F}:5:13 error language-tag: "CY" is not in canonical form: write "cy" (fixable with --fix)`,
      `${F}:5:17 error language-tag: "en_gb" is not in canonical form: write "en-GB" (fixable with --fix)`,
    ]);
    expect(fixed(variant('languages: [cy, en]', 'languages: [CY, en_gb]'))).toBe(variant('languages: [cy, en]', 'languages: [cy, en-GB]'));
  });
  it('reports a language listed twice', () => {
    expect(run(languageTag, variant('languages: [cy, en]', 'languages: [cy, en, cy]'))).toEqual([`${F}:5:21 error language-tag: "cy" is listed twice (also languages[0])`]);
  });
  it('checks the tags of translations, at the tag', () => {
    const withTranslations = (tags: string) => variant('languages: [cy, en]', `languages: [cy, en]\ntranslations:\n${tags}`);
    expect(run(languageTag, withTranslations('  cy:\n    area_label: Cymru'))).toEqual([]);
    expect(run(languageTag, withTranslations('  welsh:\n    area_label: Cymru'))).toEqual([
      expect.stringMatching(new RegExp(`^${F}:7:3 error language-tag: translations: "welsh" is not a valid BCP 47 language tag`)),
    ]);
    expect(run(languageTag, withTranslations('  CY:\n    area_label: Cymru'))).toEqual([`${F}:7:3 error language-tag: translations: "CY" is not in canonical form: write "cy"`]);
  });
});
