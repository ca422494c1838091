/**
 * The map view in the URL: filters, search, the domain whose reach is shown, the day it is shown as of, and the
 * map's centre and zoom, as a query string (`?lang=cy&size=10000&domain=threads.net&date=2023-12-31&map=6/52.28/-3.49`), so
 * a copied link reopens the same view. The domain, graph and embed pages read the same keys (`date` above all).
 *
 * Pure: the browser code reads `location.search` and writes with `history.replaceState`; this module only
 * turns a state into text and back. `decodeViewState` never throws: a value it cannot read is left out.
 */
import { isRealDate } from './dates.ts';
import { FOCUSES, LIST_STATUSES, SOFTWARE } from './schema/values.ts';
import { SIZE_CHOICES, type Filters } from './map/filter.ts';

/** The map's centre and zoom. */
export interface MapView {
  /** Zoom level, a whole number from `ZOOM_LIMITS.min` to `ZOOM_LIMITS.max`. */
  zoom: number;
  /** Latitude of the centre, degrees, within ±`MAX_LATITUDE`. */
  lat: number;
  /** Longitude of the centre, degrees, within ±180. */
  lon: number;
}

/** A whole view: the filters, the domain whose reach is shown, and the map's centre and zoom. */
export interface ViewState extends Filters {
  /** The domain the view is about, in normal form (lower case): on the map, whose reach the markers show; on the full graph, the focused node. */
  domain?: string;
  /**
   * The day states, counts and colours are shown as of ("YYYY-MM-DD", a real calendar day): decisions before
   * their `since` or from their `until` do not count. Absent: the atlas's day ("now").
   */
  date?: string;
  /**
   * Only answers a source confirmed within this many months before the day count as known (one of
   * `CONFIRMED_WITHIN`); older ones are shown as unknown. Absent: every answer counts, whatever its age.
   */
  confirmed?: number;
  /** Where the map looks; absent for the default view (every server in sight). */
  view?: MapView;
}

/** The zoom levels a URL may name. */
export const ZOOM_LIMITS = { min: 0, max: 20 } as const;

/** The latitude Web Mercator maps stop at. */
export const MAX_LATITUDE = 85.0511;

/** The longest search text kept. */
export const MAX_QUERY_LENGTH = 200;

/** The URL's keys, in the order they are written. */
export const VIEW_KEYS = ['q', 'lang', 'area', 'focus', 'software', 'status', 'size', 'domain', 'date', 'confirmed', 'map'] as const;

/** The periods, in months, a reader may restrict answers to ("confirmed within the last year"). */
export const CONFIRMED_WITHIN = [12, 24, 60] as const;

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const AREA_CODE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/**
 * How many decimals a coordinate needs at a zoom level so that rounding moves the centre by less than half a
 * pixel: 0 at zoom 0, 2 at zoom 5, 4 at zoom 12.
 */
export function coordinateDecimals(zoom: number): number {
  const pixelsPerDegree = (256 * 2 ** zoom) / 360;
  return Math.max(0, Math.ceil(Math.log10(pixelsPerDegree)));
}

function round(n: number, decimals: number): number {
  const r = Number(n.toFixed(decimals));
  return Object.is(r, -0) ? 0 : r;
}

/** A view as the URL keeps it: whole zoom, clamped, coordinates rounded to `coordinateDecimals(zoom)`. */
export function roundView(view: MapView): MapView | undefined {
  if (![view.zoom, view.lat, view.lon].every(Number.isFinite)) return undefined;
  const zoom = clamp(Math.round(view.zoom), ZOOM_LIMITS.min, ZOOM_LIMITS.max);
  const decimals = coordinateDecimals(zoom);
  return { zoom, lat: round(clamp(view.lat, -MAX_LATITUDE, MAX_LATITUDE), decimals), lon: round(clamp(view.lon, -180, 180), decimals) };
}

/** Parses `zoom/lat/lon`; undefined unless all three are plain decimal numbers. */
function parseView(text: string): MapView | undefined {
  const parts = text.split('/');
  if (parts.length !== 3 || !parts.every((p) => /^-?\d+(?:\.\d+)?$/.test(p))) return undefined;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  return roundView({ zoom, lat, lon });
}

/** The search text as kept: trimmed, inner whitespace collapsed, at most `MAX_QUERY_LENGTH` characters; absent when empty. */
function normaliseQuery(q: string | undefined): string | undefined {
  if (q === undefined) return undefined;
  const text = q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return text === '' ? undefined : text;
}

/**
 * A state as the URL can hold it: invalid or empty values dropped, the area code in upper case, the domain in
 * lower case, the view rounded. `decodeViewState(encodeViewState(s))` equals `normaliseViewState(s)`.
 */
export function normaliseViewState(state: ViewState): ViewState {
  const out: ViewState = {};
  const q = normaliseQuery(state.q);
  if (q !== undefined) out.q = q;
  if (state.lang !== undefined && LANGUAGE_TAG.test(state.lang)) out.lang = state.lang;
  const area = state.area?.toUpperCase();
  if (area !== undefined && AREA_CODE.test(area)) out.area = area;
  const focus = oneOf(FOCUSES, state.focus);
  if (focus) out.focus = focus;
  const software = oneOf(SOFTWARE, state.software);
  if (software) out.software = software;
  const status = oneOf(LIST_STATUSES, state.status);
  if (status) out.status = status;
  const size = oneOf(SIZE_CHOICES, state.size);
  if (size) out.size = size;
  const domain = state.domain?.toLowerCase();
  if (domain !== undefined && DOMAIN.test(domain)) out.domain = domain;
  if (state.date !== undefined && isDay(state.date)) out.date = state.date;
  if (state.confirmed !== undefined && (CONFIRMED_WITHIN as readonly number[]).includes(state.confirmed)) out.confirmed = state.confirmed;
  const view = state.view && roundView(state.view);
  if (view) out.view = view;
  return out;
}

/** The state as a query string without its `?` (`''` for the default view), keys in `VIEW_KEYS` order. */
export function encodeViewState(state: ViewState): string {
  const s = normaliseViewState(state);
  const params = new URLSearchParams();
  const values: Record<(typeof VIEW_KEYS)[number], string | undefined> = {
    q: s.q,
    lang: s.lang,
    area: s.area,
    focus: s.focus,
    software: s.software,
    status: s.status,
    size: s.size,
    domain: s.domain,
    date: s.date,
    confirmed: s.confirmed === undefined ? undefined : String(s.confirmed),
    map: s.view && `${s.view.zoom}/${s.view.lat}/${s.view.lon}`,
  };
  for (const key of VIEW_KEYS) {
    const value = values[key];
    if (value !== undefined) params.set(key, value);
  }
  // URLSearchParams writes "/" as %2F; the map value reads better with plain slashes, which a query may hold.
  return params.toString().replace(/%2F/g, '/');
}

/**
 * Reads a view from a query string (with or without its leading `?`). Unknown keys are ignored; a key given
 * twice counts once (its first value); a value that does not fit is left out.
 */
export function decodeViewState(query: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return {};
  }
  const get = (key: string) => params.get(key) ?? undefined;
  const mapText = get('map');
  const state: ViewState = {};
  const q = get('q');
  if (q !== undefined) state.q = q;
  for (const key of ['lang', 'area', 'domain', 'date'] as const) {
    const value = get(key);
    if (value !== undefined) state[key] = value;
  }
  const focus = oneOf(FOCUSES, get('focus'));
  if (focus) state.focus = focus;
  const software = oneOf(SOFTWARE, get('software'));
  if (software) state.software = software;
  const status = oneOf(LIST_STATUSES, get('status'));
  if (status) state.status = status;
  const size = oneOf(SIZE_CHOICES, get('size'));
  if (size) state.size = size;
  const confirmed = get('confirmed');
  if (confirmed !== undefined && /^\d{1,3}$/.test(confirmed)) state.confirmed = Number(confirmed);
  const view = mapText === undefined ? undefined : parseView(mapText);
  if (view) state.view = view;
  return normaliseViewState(state);
}

/** True for a real calendar day written "YYYY-MM-DD". */
export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
}

/** The filters of a state, without its domain, date and view. */
export function filtersOf(state: ViewState): Filters {
  const { domain: _domain, view: _view, date: _date, ...filters } = state;
  return filters;
}
