/**
 * A language HINT from a directory's description of a server (Fediverse Near Me): the description is run through
 * franc-min (trigram language identification, 82 languages) and its ISO 639-3 answer is written as the shortest
 * BCP 47 tag. It is a hint, never a fact: the description may be in another language than the community's, may
 * mix two, and franc-min knows only large languages (no Welsh, Basque, Catalan, Danish, Norwegian, Finnish…,
 * which it reads as a near neighbour). Files written from it list `languages` under `unconfirmed`.
 *
 * The description itself is never kept or copied: only the tag and how it was found.
 */
import { franc } from 'franc-min';

/** Fewer letters than this and the description is not analysed (trigram guesses on a few words are noise). */
export const MIN_LETTERS = 40;

/**
 * ISO 639-3 (what franc-min answers) to the shortest BCP 47 tag: the language's ISO 639-1 code; for an individual
 * language inside a macrolanguage (Standard Arabic, Mandarin, Swahili…) the macrolanguage's ISO 639-1 code, as
 * BCP 47 usage prefers (`ar`, `zh`, `sw`); otherwise the 639-3 code itself, which is a valid BCP 47 tag.
 * Every code franc-min can return is here (a test checks it).
 */
export const ISO639_3_TO_BCP47: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bho: 'bho', bos: 'bs', bul: 'bg', ceb: 'ceb', ces: 'cs',
  ckb: 'ku', cmn: 'zh', deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha', hin: 'hi',
  hms: 'hms', hnj: 'hnj', hrv: 'hr', hun: 'hu', ibo: 'ig', ilo: 'ilo', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja',
  kan: 'kn', kaz: 'kk', kin: 'rw', koi: 'kv', kor: 'ko', lin: 'ln', mad: 'mad', mag: 'mag', mai: 'mai', mal: 'ml',
  mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl',
  por: 'pt', qug: 'qu', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', skr: 'skr', som: 'so', spa: 'es', srp: 'sr',
  sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur',
  uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu', zyb: 'za',
};

/** What the description gave. */
export interface LanguageHint {
  /** The BCP 47 tag to record: the detected language, or `und` (undetermined). */
  tag: string;
  /**
   * How it was found: `detected` (franc named a language), `undetermined` (franc could not tell: `und`),
   * `too-short` (fewer than MIN_LETTERS letters once links are removed), `none` (no description).
   */
  how: 'detected' | 'undetermined' | 'too-short' | 'none';
  /** franc's ISO 639-3 answer, when it ran. */
  iso6393?: string;
  /** Letters in the text analysed. */
  letters: number;
}

/** The description with links, e-mail addresses and @handles removed: they are not prose in any language. */
export function proseOf(description: string): string {
  return description
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/\bwww\.\S+/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/(^|\s)@\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number of letters (any script) in a text. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** The language hint of a directory description (undefined or empty: none). Pure and deterministic. */
export function languageHint(description: string | undefined): LanguageHint {
  if (description === undefined || description.trim() === '') return { tag: 'und', how: 'none', letters: 0 };
  const prose = proseOf(description);
  const letters = letterCount(prose);
  if (letters < MIN_LETTERS) return { tag: 'und', how: 'too-short', letters };
  const iso6393 = franc(prose, { minLength: 1 });
  const tag = ISO639_3_TO_BCP47[iso6393];
  if (iso6393 === 'und' || tag === undefined) return { tag: 'und', how: 'undetermined', iso6393, letters };
  return { tag, how: 'detected', iso6393, letters };
}
