/**
 * What the map needs to know of each server, in a compact record the page ships to the browser, and where
 * (whether) each server sits on the map.
 */
import type { Server } from '../schema/server.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Focus, ListStatus, Scale, Software } from '../labels.ts';
import { localText } from '../views/local-text.ts';

/** One server as the map and its filters see it. Every field is data, to be rendered as text. */
export interface MapServer {
  /** Its domain: the key everything else is looked up by. */
  domain: string;
  /** Its name. */
  name: string;
  /** The area in words ("Wales"); absent when the server names no area. */
  area?: string;
  /**
   * The language `area` is in (BCP 47), when the page put the area in the reader's language where the dataset
   * has it (src/lib/views/local-text.ts); absent: the data's own language.
   */
  areaLang?: string;
  /** The area's name as the dataset writes it, when `area` is a translation of it (a download carries the data's words). */
  areaLabel?: string;
  /** The scale of its area; absent when it names no area. Picks the marker's shape. */
  scale?: Scale;
  /** ISO 3166 codes of its area (possibly none). */
  iso: string[];
  /** Latitude of its pin: present only for a server placed on the map (see `isPlaced`). */
  lat?: number;
  /** Longitude of its pin, with `lat`. */
  lon?: number;
  /** BCP 47 tags, primary first. */
  languages: string[];
  /** Its focuses, primary first. */
  focus: Focus[];
  /** Its software. */
  software: Software;
  /** What the atlas knows of its block list. */
  status: ListStatus;
  /** Its registered accounts, as a public source gives them (`users.total`); absent when none does. */
  users?: number;
  /** Facts taken from hints that no curator has confirmed. */
  unconfirmed: string[];
}

/**
 * The map's record of a server as a page in `locale` shows it: its area's name in the reader's language where the
 * dataset has it (marked with that language, the data's own name kept in `areaLabel`), else the data's.
 *
 * @param server The server.
 * @param locale The interface language's code.
 * @param dataLang The language the data's free text is written in.
 */
export function localMapServer(server: Server, locale: string, dataLang: string): MapServer {
  const record = toMapServer(server);
  const area = localText(server, locale, dataLang).area;
  if (area) {
    if (area.text !== record.area) record.areaLabel = record.area;
    record.area = area.text;
    record.areaLang = area.lang;
  }
  return record;
}

/** A server placed on the map: it has a pin. */
export type PlacedServer = MapServer & { lat: number; lon: number };

/**
 * The map's record of a server. A server gets a pin when its area has both coordinates and its scale is not
 * `language`: a language community is placeless by definition, and is listed beside the map instead.
 */
export function toMapServer(server: Server): MapServer {
  const area = server.area;
  const record: MapServer = {
    domain: server.domain,
    name: server.name,
    iso: [...(area?.iso3166 ?? [])],
    languages: [...server.languages],
    focus: [...server.focus],
    software: server.software,
    status: server.blocklist.status,
    unconfirmed: [...(server.unconfirmed ?? [])],
  };
  if (server.users) record.users = server.users.total;
  if (area) {
    record.area = area.label;
    record.scale = area.scale;
    if (area.scale !== 'language' && area.lat !== undefined && area.lon !== undefined) {
      record.lat = area.lat;
      record.lon = area.lon;
    }
  }
  return record;
}

/** True when the server has a pin on the map. */
export function isPlaced(server: MapServer): server is PlacedServer {
  return server.lat !== undefined && server.lon !== undefined;
}

/** Why a server has no pin: a placeless language community, or a server whose area has no pin (or no area). */
export type NoPlaceReason = 'language' | 'no-pin' | 'no-area';

/** Why a server is not on the map, or undefined when it is. */
export function noPlaceReason(server: MapServer): NoPlaceReason | undefined {
  if (isPlaced(server)) return undefined;
  if (server.scale === 'language') return 'language';
  return server.scale === undefined ? 'no-area' : 'no-pin';
}

/** Why a server is not on the map, in an interface language. */
export function noPlaceWords(t: Translate): Record<NoPlaceReason, string> {
  return { language: t('labels.no-place.language'), 'no-pin': t('labels.no-place.no-pin'), 'no-area': t('labels.no-place.no-area') };
}

/** Splits servers into those with a pin and those without, keeping their order. */
export function partitionByPlace(servers: readonly MapServer[]): { placed: PlacedServer[]; placeless: MapServer[] } {
  const placed: PlacedServer[] = [];
  const placeless: MapServer[] = [];
  for (const s of servers) {
    if (isPlaced(s)) placed.push(s);
    else placeless.push(s);
  }
  return { placed, placeless };
}

/** The id of a server's row in the map's list view: `server-toot.wales`. */
export function listRowId(domain: string): string {
  return `server-${domain}`;
}
