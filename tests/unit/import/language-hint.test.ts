import tags from 'language-tags';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { ISO639_3_TO_BCP47, languageHint, letterCount, MIN_LETTERS, proseOf } from '../../../src/lib/import/language-hint.ts';

// Synthetic descriptions, written for these tests.
const GERMAN = 'Ein kleiner, freundlicher Server für alle Menschen in unserer Stadt und der Umgebung, die gerne miteinander reden.';
const FRENCH = 'Un petit serveur convivial pour les habitants de la ville et de la région, ouvert à toutes les personnes bienveillantes.';
const ENGLISH = 'A small and friendly server for the people who live in our town and the hills around it, and for anyone who loves the place.';
const SPANISH = 'Un servidor pequeño y amable para la gente de nuestra ciudad y de la región, abierto a todas las personas respetuosas.';
const PORTUGUESE = 'Um servidor pequeno e acolhedor para as pessoas da nossa cidade e da região, aberto a todas as pessoas respeitosas.';

describe('languageHint', () => {
  it('detects the language of a description and writes the shortest BCP 47 tag', () => {
    expect(languageHint(GERMAN)).toMatchObject({ tag: 'de', how: 'detected', iso6393: 'deu' });
    expect(languageHint(FRENCH)).toMatchObject({ tag: 'fr', how: 'detected', iso6393: 'fra' });
    expect(languageHint(ENGLISH)).toMatchObject({ tag: 'en', how: 'detected', iso6393: 'eng' });
    expect(languageHint(SPANISH)).toMatchObject({ tag: 'es', how: 'detected', iso6393: 'spa' });
    expect(languageHint(PORTUGUESE)).toMatchObject({ tag: 'pt', how: 'detected', iso6393: 'por' });
  });

  it('answers und when there is no description, or fewer than 40 letters', () => {
    expect(languageHint(undefined)).toEqual({ tag: 'und', how: 'none', letters: 0 });
    expect(languageHint('   ')).toEqual({ tag: 'und', how: 'none', letters: 0 });
    const short = 'Für alle aus der Stadt, mit Liebe.';
    expect(letterCount(short)).toBeLessThan(MIN_LETTERS);
    expect(languageHint(short)).toMatchObject({ tag: 'und', how: 'too-short' });
  });

  it('does not count links, e-mail addresses or handles as prose', () => {
    const linky = 'Mehr unter https://verein.example/ueber-uns-und-alles-andere @admin@town.example';
    expect(proseOf(linky)).toBe('Mehr unter');
    expect(languageHint(linky)).toMatchObject({ tag: 'und', how: 'too-short' });
  });

  it('keeps und when franc cannot tell (a script it has no model for)', () => {
    // Georgian letters: plenty of them, but franc-min knows no language written in this script.
    const georgian = 'ქართული სერვერი ჩვენი ქალაქის ხალხისთვის და ყველასთვის ვისაც უყვარს ეს ადგილი';
    expect(letterCount(georgian)).toBeGreaterThanOrEqual(MIN_LETTERS);
    expect(languageHint(georgian)).toMatchObject({ tag: 'und', how: 'undetermined', iso6393: 'und' });
  });

  it('is deterministic', () => {
    expect(languageHint(GERMAN)).toEqual(languageHint(GERMAN));
  });
});

describe('ISO639_3_TO_BCP47', () => {
  const francCodes = [...Object.values(data).flatMap((languages) => Object.keys(languages)), ...Object.keys(expressions).filter((k) => /^[a-z]{3}$/.test(k))];

  it('covers every language franc-min can answer', () => {
    expect(francCodes.length).toBeGreaterThan(70);
    expect(francCodes.filter((c) => ISO639_3_TO_BCP47[c] === undefined)).toEqual([]);
  });

  it('maps each to a valid, current BCP 47 language tag, two letters where ISO 639-1 has one', () => {
    for (const [iso3, tag] of Object.entries(ISO639_3_TO_BCP47)) {
      const t = tags(tag);
      expect(t.valid(), `${iso3} → ${tag}`).toBe(true);
      expect(t.deprecated(), `${iso3} → ${tag}`).toBeFalsy();
      // A three-letter answer is kept only when the registry has no shorter code for it or its macrolanguage.
      if (tag.length === 3) {
        const macro = (tags.language(tag) as unknown as { data?: { record?: { Macrolanguage?: string } } } | null)?.data?.record?.Macrolanguage;
        expect(macro === undefined || macro.length === 3, `${iso3}: macrolanguage ${macro}`).toBe(true);
      }
    }
    expect([ISO639_3_TO_BCP47.arb, ISO639_3_TO_BCP47.cmn, ISO639_3_TO_BCP47.swh, ISO639_3_TO_BCP47.deu]).toEqual(['ar', 'zh', 'sw', 'de']);
  });
});
