/**
 * New server files from a directory entry (Fediverse Near Me). Only what the directory honestly gives is set;
 * the schema's required facts the directory cannot give get explicit placeholders or hints, listed in `unconfirmed`:
 * - `name`: the domain (the map names servers by URL only);
 * - `focus: [place]`: a hint (the map places community servers); a language server may need `language`;
 * - `languages`: `und` (BCP 47 "undetermined") until a curator reads the community's own words (the directory's
 *   description, its about page): never from the place, and never from a language detector;
 * - `area`: `lat`/`lon` from the pin; `scale` from the marker; `label` and `iso3166` derived from the pin when a
 *   country locator is given (the country whose shape contains the pin: its ISO name and alpha-2 code), or
 *   "Unnamed place" when the pin is in no country (at sea, or a shape without an ISO code); without a locator,
 *   "Not yet named (pin at lat, lon)";
 * - `software` from the layer; `links.home` from the URL; `blocklist.status: unknown`.
 * The one source (the directory) covers every fact, so the file passes the evidence-coverage rule; its note
 * says how each hint was derived, and `unconfirmed` lists name, focus, languages and area.
 * The server's description on the map is never copied.
 */
import { Document, isMap, isSeq } from 'yaml';
import type { Country, CountryLocator } from '../geo/country.ts';
import type { NearMeRead, NearMeServer } from './near-me.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { documentText, SCHEMA_COMMENT } from './yaml-doc.ts';

/** The directory as cited in a new file's source. */
export interface DirectorySource {
  /** Public https URL of the directory (the uMap, or its repository at a commit). */
  url: string;
  /** The day it was read. */
  retrieved: string;
  /** Its name and licence as credited in the note, e.g. "Fediverse Near Me (ODbL)". */
  name: string;
}

/** The label written while no curator has named the area (and no country locator was given). */
export function placeholderLabel(lat: number, lon: number): string {
  return `Not yet named (pin at ${lat}, ${lon})`;
}

/** The label of a pin that lies in no country's shape (at sea, or in a shape without an ISO code). */
export const UNNAMED_PLACE = 'Unnamed place';

/**
 * The `languages_note` of a new file: its languages are `und` until a curator reads the community's own words; the
 * note says whether the directory gives a description to read.
 */
export function languagesNote(described: boolean): string {
  return described
    ? "Not yet read: a curator must read the directory's description (not copied here) or the server's own pages to tell the community's languages."
    : "Not yet read: the directory gives no description, so a curator must read the server's own pages to tell the community's languages.";
}

/** The source note's words on the languages. */
export function languageWords(described: boolean): string {
  return described
    ? "the languages are und until a curator reads the directory's description, which is not copied"
    : 'the directory gives no description: languages und';
}

/**
 * The value of a new server file for a server found on the map. `country` is what a locator found for the pin:
 * a country, `null` for none (at sea or unassigned), `undefined` when no locator was asked.
 */
export function newServerValue(server: NearMeServer, source: DirectorySource, country?: Country | null): Record<string, unknown> {
  const inherited = server.iconFrom === 'feature' ? '' : `, ${server.iconFrom === 'uMap default' ? "uMap's default marker" : `inherited from the ${server.iconFrom}`}`;
  const areaWords =
    country === undefined
      ? 'the area is not yet named'
      : country === null
        ? `the pin lies in no country's shape, so the area is "${UNNAMED_PLACE}"`
        : country.offshoreKm === undefined
          ? 'area label and ISO code derived from the pin (the country containing it)'
          : `area label and ISO code derived from the pin (in no country's 1:50m outline; the nearest, ${country.offshoreKm} km away)`;
  const note =
    `${source.name}, ${server.layer} layer, feature "${server.url}": ${server.marker}${inherited}, pin at ${server.lat}, ${server.lon}. ` +
    `Imported automatically, unconfirmed until a curator checks: the name is the domain; focus "place" is a hint from the map; ` +
    `${areaWords}; ${languageWords(server.described)}.`;
  const label = country === undefined ? placeholderLabel(server.lat, server.lon) : country === null ? UNNAMED_PLACE : country.name;
  const area: Record<string, unknown> = { label, scale: server.scale };
  if (country) area.iso3166 = [country.alpha2];
  area.lat = server.lat;
  area.lon = server.lon;
  return {
    domain: server.domain,
    name: server.domain,
    focus: ['place'],
    // A curator reads the community's own words and names the languages.
    languages: ['und'],
    languages_note: languagesNote(server.described),
    area,
    software: server.software,
    links: { home: `https://${server.domain}` },
    unconfirmed: ['name', 'focus', 'languages', 'area'],
    sources: [{ url: source.url, retrieved: source.retrieved, kind: 'directory', covers: ['name', 'focus', 'languages', 'area', 'software'], note }],
    blocklist: { status: 'unknown', note: 'Its block list has not been read for the atlas yet.' },
  };
}

/** The text of a new server file: the schema comment on the first line, flow lists, no folding. */
export function newServerText(value: Record<string, unknown>): string {
  const doc = new Document(value, { version: '1.2' });
  if (isMap(doc.contents)) {
    for (const key of ['focus', 'languages', 'unconfirmed']) {
      const node = doc.contents.get(key, true);
      if (isSeq(node)) node.flow = true;
    }
    const area = doc.contents.get('area', true);
    const codes = isMap(area) ? area.get('iso3166', true) : undefined;
    if (isSeq(codes)) codes.flow = true;
    const sources = doc.contents.get('sources', true);
    for (const item of isSeq(sources) ? sources.items : []) {
      const covers = isMap(item) ? item.get('covers', true) : undefined;
      if (isSeq(covers)) covers.flow = true;
    }
  }
  return `${SCHEMA_COMMENT}\n${documentText(doc)}`;
}

/** One file to create. */
export interface NewFile {
  /** The server's domain; the file is `<domain>.yaml`. */
  domain: string;
  /** Its text. */
  text: string;
}

/** What importing the map would do: files to create, and the report. */
export interface NearMeImport {
  /** New files, in map order. */
  files: NewFile[];
  /** Created (added), already present (kept), skipped and unreadable features. */
  report: ImportReport;
}

/**
 * Plans the files for servers on the map that the dataset lacks. A server already in the dataset is kept as it is
 * (its curated file wins), with a note when its pin is more than 0.01° from the map's.
 */
export function planNearMe(
  read: NearMeRead,
  existing: ReadonlyMap<string, unknown>,
  source: DirectorySource,
  options: { dir: string; only?: string; locate?: CountryLocator },
): NearMeImport {
  const report = emptyReport(options.dir, source.url);
  report.unit = 'servers';
  report.read = read.read;
  report.skipped.push(...read.skipped);
  report.unreadable.push(...read.unreadable);
  report.notes.push(...read.notes);
  const files: NewFile[] = [];
  for (const server of read.servers) {
    if (options.only !== undefined && server.domain !== options.only) {
      report.skipped.push({ at: server.at, target: server.domain, message: 'not the server asked for (--server)' });
      continue;
    }
    report.decisions++;
    const current = existing.get(server.domain);
    if (current !== undefined) {
      const area = (current as { area?: { lat?: unknown; lon?: unknown } }).area;
      const moved =
        typeof area?.lat === 'number' && typeof area?.lon === 'number' && (Math.abs(area.lat - server.lat) > 0.01 || Math.abs(area.lon - server.lon) > 0.01);
      report.kept.push({
        at: server.at,
        target: server.domain,
        message: moved ? `already in the dataset; its pin (${area.lat}, ${area.lon}) differs from the map's (${server.lat}, ${server.lon})` : 'already in the dataset',
      });
      continue;
    }
    const country = options.locate === undefined ? undefined : (options.locate([server.lon, server.lat]) ?? null);
    files.push({ domain: server.domain, text: newServerText(newServerValue(server, source, country)) });
    const where = country === undefined ? '' : country === null ? `, ${UNNAMED_PLACE}` : `, ${country.alpha2}`;
    const language = server.described ? ', language und (a description to read)' : ', language und (no description)';
    report.added.push({
      at: server.at,
      target: server.domain,
      message: `new file: ${server.software}, ${server.scale} (${server.iconClass} from ${server.iconFrom}) at ${server.lat}, ${server.lon}${where}${language}`,
    });
  }
  return { files, report };
}
