/**
 * Downloads of the view on the page, made from the data the page's scripts hold, never read back from its words:
 * - rows of a list whose script builds them (`setRowSource`, src/client/row-source.ts): the map's list
 *   (src/lib/press/map-rows.ts) and the matrix (src/lib/press/matrix-rows.ts), for what they show;
 * - a domain page's rows: built from the domain's shard and the silence segments for the day the page shows
 *   (src/lib/press/shard-rows.ts), with the communities' names from `/data/names.json`, so a replayed day's file
 *   is that day's;
 *   CSV through src/lib/press/csv.ts (RFC 4180, formula-safe), JSON as an array of objects;
 * - images: a standalone SVG (framed with its title, legend and credit by src/client/figure-image.ts), saved as
 *   it is or drawn as a PNG at twice its size (`saveImage`); `standaloneClone` copies an SVG on the page with its
 *   computed styles inlined (so it looks the same outside the page) and its links made absolute.
 */
import { toCsv, type CsvValue } from '../lib/press/csv.ts';
import { parseNames, SHARD_ROW_COLUMNS, shardRows } from '../lib/press/shard-rows.ts';
import type { SilenceHistory } from '../lib/map/as-of-history.ts';
import { fetchShard } from './shard-fetch.ts';
import type { ReachReason } from '../lib/reach/state.ts';
import { confirmedFromUrl, dateFromUrl } from './date-url.ts';
import type { RowSource } from './row-source.ts';
import { t } from './page-words.ts';

function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves `rows` as CSV or JSON, with `columns` in order (JSON leaves empty values out). */
function saveRows(columns: readonly string[], rows: readonly Record<string, CsvValue>[], name: string, kind: 'csv' | 'json'): void {
  if (kind === 'csv') {
    save(new Blob([toCsv(columns, rows.map((r) => columns.map((c) => r[c])))], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  } else {
    const objects = rows.map((r) => Object.fromEntries(columns.filter((c) => r[c] !== undefined && r[c] !== null && r[c] !== '').map((c) => [c, r[c]])));
    save(new Blob([`${JSON.stringify(objects, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
  }
}

/**
 * Saves the rows `source` builds as CSV or JSON, named `<name><suffix>`. Throws when a file it needs cannot be read,
 * so a download never silently lacks rows.
 */
export async function downloadBuiltRows(source: RowSource, name: string, kind: 'csv' | 'json'): Promise<void> {
  const built = await source();
  saveRows(built.columns, built.rows, `${name}${built.suffix}`, kind);
}

/** Where a domain page's rows come from (PressTools' `shard`): the files' URLs and the reasons in the page's words. */
export interface ShardSource {
  /** The domain's shard, `/data/reach/<domain>.json`. */
  shard: string;
  /** The silence segments, `/data/as-of.json`. */
  silence: string;
  /** The communities' names, `/data/names.json`. */
  names: string;
  /** Each reason in the page's language. */
  why: Partial<Record<ReachReason, string>>;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the page shows: the one the as-of section says it rendered (`data-shown` on `[data-as-of]`), else the
 * address's `?date=` kept within the replay's range, else the atlas's day.
 */
function shownDay(silence: Pick<SilenceHistory, 'day' | 'from'>): string {
  const shown = document.querySelector<HTMLElement>('[data-as-of]')?.dataset.shown;
  return shown !== undefined && DAY.test(shown) ? shown : dateFromUrl(silence.from, silence.day);
}

/**
 * Saves a domain's rows for the day the page shows, as CSV or JSON, named `<name>-<day>` (`threads.net-reach-2023-12-31.csv`).
 * Throws when a file cannot be read, so a download never silently lacks rows.
 */
export async function downloadShardRows(source: ShardSource, name: string, kind: 'csv' | 'json'): Promise<void> {
  const [shard, silence, names] = await Promise.all([fetchShard(source.shard), fetchJson(source.silence), fetchJson(source.names)]);
  const history = silence as SilenceHistory;
  const day = shownDay(history);
  const months = confirmedFromUrl();
  const rows = shardRows(shard, history, day, { names: parseNames(names), why: source.why, confirmedWithin: months, notConfirmed: t('replay.not-confirmed') });
  saveRows(SHARD_ROW_COLUMNS, rows, `${name}-${day}${months === undefined ? '' : `-confirmed-within-${months}-months`}`, kind);
}

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'visibility', 'display'] as const;

/** A copy of `svg` that stands alone: computed styles inlined, links absolute, namespace and size set. */
export function standaloneClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  live.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const cs = getComputedStyle(el);
    // Through the CSS object model, never setAttribute('style'): the page's Content-Security-Policy refuses style
    // attributes, while properties set this way are allowed and still serialise into the copy's style attribute.
    const target = (copy as SVGElement).style;
    for (const p of STYLE_PROPS) target.setProperty(p, cs.getPropertyValue(p));
    const href = copy.getAttribute('href');
    if (href && !href.startsWith('#')) copy.setAttribute('href', new URL(href, location.href).href);
  });
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box?.width || svg.clientWidth));
  clone.setAttribute('height', String(box?.height || svg.clientHeight));
  return clone;
}

/**
 * Saves a standalone SVG document (`text`, `width` × `height`) as `<name>.svg`, or drawn at twice its size on a
 * white-or-page-coloured canvas as `<name>.png`.
 */
export async function saveImage(text: string, width: number, height: number, name: string, kind: 'svg' | 'png'): Promise<void> {
  const blob = new Blob([text], { type: 'image/svg+xml' });
  if (kind === 'svg') return save(blob, `${name}.svg`);
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
