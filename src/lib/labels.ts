/**
 * Words the site uses for the data's codes: software names, block-list statuses, scales, focuses and
 * language names. One table each, shared by the pages and the browser code, so the table, the map's
 * popups and the list never word the same thing differently.
 */
import type { FOCUSES, LIST_STATUSES, SCALES, SOFTWARE } from './schema/values.ts';
import type { Translate } from './i18n/translate.ts';

/** A software code from the schema. */
export type Software = (typeof SOFTWARE)[number];
/** A block-list status from the schema. */
export type ListStatus = (typeof LIST_STATUSES)[number];
/** An area scale from the schema. */
export type Scale = (typeof SCALES)[number];
/** A focus from the schema. */
export type Focus = (typeof FOCUSES)[number];

/** The software's own spelling of its name. */
export const SOFTWARE_NAMES: Readonly<Record<Software, string>> = {
  mastodon: 'Mastodon', 'glitch-soc': 'glitch-soc', hometown: 'Hometown', pleroma: 'Pleroma', akkoma: 'Akkoma',
  misskey: 'Misskey', sharkey: 'Sharkey', firefish: 'Firefish', iceshrimp: 'Iceshrimp', gotosocial: 'GoToSocial',
  lemmy: 'Lemmy', mbin: 'Mbin', kbin: 'kbin', pixelfed: 'Pixelfed', peertube: 'PeerTube', friendica: 'Friendica',
  hubzilla: 'Hubzilla', bookwyrm: 'BookWyrm', mobilizon: 'Mobilizon', writefreely: 'WriteFreely', snac: 'snac',
  takahe: 'Takahē', other: 'Other',
};

/** A block-list status in words: a label, a mark that does not rely on colour, and what it means. */
export interface StatusWords {
  /** "Published", "Partial", "Unknown". */
  label: string;
  /** A shape for it: ● ◐ ○. */
  mark: string;
  /** What it means, as a phrase after "its list is …" / in a legend. */
  meaning: string;
}

/** Every block-list status in English, for the language-free files (Open Graph cards); pages use {@link listStatusWords}. */
export const LIST_STATUS_WORDS: Readonly<Record<ListStatus, StatusWords>> = {
  published: { label: 'Published', mark: '●', meaning: 'its full block list was read' },
  partial: { label: 'Partial', mark: '◐', meaning: 'only some of its decisions are known, e.g. from announcements' },
  unknown: { label: 'Unknown', mark: '○', meaning: 'its block list has not been read' },
};

/** The statuses in display order. */
export const LIST_STATUS_ORDER: readonly ListStatus[] = ['published', 'partial', 'unknown'];

/** Every scale of area in English (its keys are the scales); pages use {@link scaleWords}. */
export const SCALE_WORDS: Readonly<Record<Scale, string>> = {
  facility: 'facility',
  city: 'city',
  region: 'region',
  nation: 'nation',
  multinational: 'several countries',
  language: 'language community, no fixed place',
};

/** Every focus in English (its keys are the focuses); pages use {@link focusWords}. */
export const FOCUS_WORDS: Readonly<Record<Focus, string>> = {
  place: 'Place',
  language: 'Language',
  diaspora: 'Diaspora',
  topic: 'Topic',
  general: 'General',
};

// Not a data cache: Intl display names by locale, the same for every dataset (allowed by tests/unit/architecture.test.ts).
const languageNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a BCP 47 tag in an interface language ("cy" → "Welsh" in English, "Cymraeg" in Welsh), or undefined
 * when it has none or the tag is malformed.
 */
export function languageName(tag: string, locale: string = 'en'): string | undefined {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    languageNames.set(locale, names);
  }
  try {
    const name = names.of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True for the BCP 47 tag of a language not determined (`und`, with or without a script or region: `und-Latn`),
 * which the data uses when no language could be told from a community's own words.
 */
export function isUndetermined(tag: string): boolean {
  return /^und(-|$)/i.test(tag);
}

/** The words for an undetermined language in English, for the language-free files; pages pass `t`. */
export const UNDETERMINED_WORDS = 'Language not determined';

/**
 * "Welsh (cy)" (or "Cymraeg (cy)" in Welsh); the tag alone when its name is not known. An undetermined language
 * (`und`) is never shown as its code: it reads "Language not determined" (`labels.language.und` in the language
 * of `t`, English without it).
 */
export function languageLabel(tag: string, locale: string = 'en', t?: Translate): string {
  if (isUndetermined(tag)) return t ? t('labels.language.und') : UNDETERMINED_WORDS;
  const name = languageName(tag, locale);
  return name ? `${name} (${tag})` : tag;
}

/** "1 server", "3 servers". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Every block-list status in an interface language (the shape of {@link LIST_STATUS_WORDS}). */
export function listStatusWords(t: Translate): Record<ListStatus, StatusWords> {
  const one = (s: ListStatus): StatusWords => ({ label: t(`labels.list-status.${s}`), mark: LIST_STATUS_MARKS[s], meaning: t(`labels.list-status.${s}.meaning`) });
  return { published: one('published'), partial: one('partial'), unknown: one('unknown') };
}

/** The mark of each block-list status: a shape, so colour is never the only signal. */
export const LIST_STATUS_MARKS: Readonly<Record<ListStatus, string>> = { published: '●', partial: '◐', unknown: '○' };

/** What each scale of area is, in an interface language ("a nation"). */
export function scaleWords(t: Translate): Record<Scale, string> {
  return Object.fromEntries((Object.keys(SCALE_WORDS) as Scale[]).map((s) => [s, t(`labels.scale.${s}`)])) as Record<Scale, string>;
}

/** Each focus in an interface language, capitalised for a form's options. */
export function focusWords(t: Translate): Record<Focus, string> {
  return Object.fromEntries((Object.keys(FOCUS_WORDS) as Focus[]).map((f) => [f, t(`labels.focus.${f}`)])) as Record<Focus, string>;
}

/** A software's name: its own spelling, except "Other", which is translated. */
export function softwareName(code: Software, t: Translate): string {
  return code === 'other' ? t('labels.software.other') : SOFTWARE_NAMES[code];
}
