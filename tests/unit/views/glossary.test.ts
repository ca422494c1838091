/** The glossary: every term has words in every language, and its path. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS, glossaryPath } from '../../../src/lib/views/glossary.ts';
import { translator } from '../../../src/locales/index.ts';

describe('glossary', () => {
  it('names the terms readers meet, once each', () => {
    expect(new Set(GLOSSARY_TERMS).size).toBe(GLOSSARY_TERMS.length);
    for (const term of ['fediverse', 'server', 'community', 'block-list', 'suspend', 'limit', 'reach', 'unknown', 'domain', 'evidence', 'on-or-before']) {
      expect(GLOSSARY_TERMS).toContain(term);
    }
  });
  it('has a term and a definition for each, in English and Welsh', () => {
    for (const code of ['en', 'cy']) {
      const t = translator(code);
      for (const term of GLOSSARY_TERMS) {
        expect(t(`glossary.term.${term}`)).not.toBe(`glossary.term.${term}`);
        expect(t(`glossary.def.${term}`).length).toBeGreaterThan(40);
      }
    }
  });
  it('says unknown the one way the site says it', () => {
    expect(translator('en')('glossary.def.unknown')).toContain('its block list has not been read');
    expect(translator('cy')('glossary.def.unknown')).toContain("nid yw ei rhestr flocio wedi'i darllen");
  });
  it('links to the page or one entry', () => {
    expect(glossaryPath()).toBe('glossary/');
    expect(glossaryPath('unknown')).toBe('glossary/#unknown');
  });
});
