/**
 * A server's words in the reader's interface language, where the dataset has them (`translations` in its file),
 * else as the curators wrote them (English). Each text comes with its language, so the page can mark it
 * (`lang`): a Welsh page showing an English summary says it is English.
 */
import type { Server } from '../schema/server.ts';

/** A text and the language it is in. */
export interface LangText {
  /** The text. */
  text: string;
  /** Its BCP 47 tag. */
  lang: string;
}

/** The server's summary and area name for a reader of `locale`. */
export interface LocalText {
  /** The summary, if the server has one. */
  summary?: LangText;
  /** The area's name, if the server has an area. */
  area?: LangText;
}

/**
 * The server's summary and area name in `locale` where translated, else in `dataLang` (the curators' language).
 *
 * @param server The server.
 * @param locale The interface language's code.
 * @param dataLang The language the data's free text is written in.
 */
export function localText(server: Pick<Server, 'summary' | 'area' | 'translations'>, locale: string, dataLang: string): LocalText {
  const tr = locale === dataLang ? undefined : server.translations?.[locale];
  const out: LocalText = {};
  if (server.summary !== undefined) out.summary = tr?.summary !== undefined ? { text: tr.summary, lang: locale } : { text: server.summary, lang: dataLang };
  if (server.area !== undefined) out.area = tr?.area_label !== undefined ? { text: tr.area_label, lang: locale } : { text: server.area.label, lang: dataLang };
  return out;
}
