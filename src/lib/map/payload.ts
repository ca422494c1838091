/**
 * What the home page hands its map script, in the `data-atlas` attribute of the view's root element (as
 * JSON written by `encodePayload`, its servers as columns, escaped by Astro like any attribute: no HTML is built from it). Reach states are not in it: they
 * come from `/data/reach/<domain>.json`, fetched when a domain is picked.
 */
import { decodeServers, encodeServers } from './map-columns.ts';
import type { MapServer } from './map-data.ts';

/** The map script's input. */
export interface MapPayload {
  /** Every curated server, sorted by domain. */
  servers: MapServer[];
  /** Each language tag the servers use, in words: "cy" → "Welsh (cy)" (computed at build time). */
  languageLabels: Record<string, string>;
  /** The day reach states hold on, "YYYY-MM-DD". */
  asOf: string;
  /** The URL (with the base path) of the folder of reach shards, ending in "/": `/atlas/data/reach/`. */
  reachBase: string;
  /** The URL (with the base path) of the folder of server pages (`/atlas/servers/`), when the site has them. */
  serverPageBase?: string;
  /**
   * The URL (with the base path) of the picker's file (`/data/picker.json`, a `PickerList` of src/lib/map/picker.ts):
   * every domain a shard exists for, fetched on the picker's first use; the page's own options are only the first.
   */
  pickerList: string;
  /**
   * The as-of replay: the URL (with the base path) of the site-wide silence segments (`/data/as-of.json`) and the
   * first day a replay can show. Absent: the map shows only the atlas's day.
   */
  replay?: { url: string; from: string };
  /**
   * The URLs (with the base path) of the map's regions and places, fetched once the map is zoomed in
   * (`/data/basemap/admin1.json` and `/data/basemap/places.json`, src/client/basemap-places.ts). Absent: none drawn.
   */
  basemapPlaces?: { admin1: string; places: string };
}

/** The name of the attribute that carries the payload. */
export const PAYLOAD_ATTRIBUTE = 'data-atlas';

/** The payload as the page writes it: JSON, the servers as columns (src/lib/map/map-columns.ts). */
export function encodePayload(payload: MapPayload): string {
  return JSON.stringify({ ...payload, servers: encodeServers(payload.servers) });
}

/**
 * Reads a payload from the text `encodePayload` wrote, checking its shape enough that a broken page fails loudly
 * rather than drawing a wrong map. Throws a TypeError naming what is missing.
 */
export function parsePayload(text: string): MapPayload {
  const value: unknown = JSON.parse(text);
  const v = value as (Omit<Partial<MapPayload>, 'servers'> & { servers?: unknown }) | null;
  if (!v || typeof v !== 'object') throw new TypeError('map payload: expected an object');
  if (!v.servers || typeof v.servers !== 'object' || Array.isArray(v.servers)) throw new TypeError('map payload: expected "servers" as columns');
  if (typeof v.asOf !== 'string' || typeof v.reachBase !== 'string' || typeof v.pickerList !== 'string') {
    throw new TypeError('map payload: expected "asOf", "reachBase" and "pickerList" as text');
  }
  if (!v.languageLabels || typeof v.languageLabels !== 'object') throw new TypeError('map payload: expected "languageLabels"');
  return { ...(v as Omit<MapPayload, 'servers'>), servers: decodeServers(v.servers) };
}
