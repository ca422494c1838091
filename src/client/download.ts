/**
 * Downloads of the view on the page, made from what the page shows:
 * - rows: every `[data-export]` element (its JSON object) inside a container, skipping those hidden by a filter;
 *   a `[data-export-key]` element inside a row overrides that key with its current text (a cell the script fills);
 *   in a table with `data-export-cells` (column names), a row's `td.cell` elements, in order, give those columns
 *   their state from their `cell-<state>` class ("itself" for `cell-self`).
 *   an element with `data-export-fetch` (a domain page's count of the communities unknown everywhere) stands for
 *   rows fetched from that JSON file when the button is pressed, in its place in page order, less the communities
 *   with a row in the container, `data-export-self` and `data-export-except`, worded by `data-export-why`, and
 *   `data-export-back-usual` and `data-export-back` (what a curated domain does back: src/lib/press/unknown-everywhere.ts);
 *   CSV through src/lib/press/csv.ts (RFC 4180, formula-safe), JSON as an array of objects;
 * - images: the SVG element itself, cloned with its computed styles inlined (so it looks the same outside the
 *   page) and its links made absolute; PNG drawn from that SVG at twice its size.
 */
import { toCsv, type CsvValue } from '../lib/press/csv.ts';
import { parseUnknownEverywhere, stringRecord, summaryExportRows } from '../lib/press/unknown-everywhere.ts';

/** The rows in `container`, in page order, as objects, with those of any `[data-export-fetch]` element fetched. */
export async function shownRows(container: Element): Promise<Record<string, CsvValue>[]> {
  const shown = [...container.querySelectorAll<HTMLElement>('[data-export], [data-export-fetch]')].filter((el) => !el.closest('[hidden]'));
  const own = new Map(shown.filter((el) => el.dataset.export !== undefined).map((el) => [el, rowOf(el)]));
  const onPage = new Set([...own.values()].map((r) => r.community).filter((c): c is string => typeof c === 'string'));
  const parts = await Promise.all(shown.map(async (el) => (own.has(el) ? [own.get(el)!] : fetchedRows(el, onPage))));
  return parts.flat();
}

/** The rows an element with `data-export-fetch` stands for (throws when the file cannot be read). */
async function fetchedRows(el: HTMLElement, onPage: ReadonlySet<string>): Promise<Record<string, CsvValue>[]> {
  const response = await fetch(el.dataset.exportFetch!);
  if (!response.ok) throw new Error(`${el.dataset.exportFetch}: ${response.status}`);
  const entries = parseUnknownEverywhere(await response.json());
  const except = (el.dataset.exportExcept ?? '').split(' ').filter(Boolean);
  const exclude = new Set([...onPage, ...(el.dataset.exportSelf ? [el.dataset.exportSelf] : []), ...except]);
  const back = el.dataset.exportSelf === undefined ? undefined : { usual: el.dataset.exportBackUsual, except: stringRecord(el.dataset.exportBack) };
  return summaryExportRows(entries, { exclude, why: stringRecord(el.dataset.exportWhy), back });
}

/** One `[data-export]` element's row. */
function rowOf(el: HTMLElement): Record<string, CsvValue> {
  let row: Record<string, CsvValue> = {};
  try {
    row = JSON.parse(el.dataset.export ?? '{}') as Record<string, CsvValue>;
  } catch {
    row = {};
  }
  for (const cell of el.querySelectorAll<HTMLElement>('[data-export-key]')) {
    const text = cell.textContent?.trim() ?? '';
    if (text !== '') row[cell.dataset.exportKey!] = text;
  }
  const names = el.closest<HTMLElement>('[data-export-cells]')?.dataset.exportCells?.split(' ') ?? [];
  if (names.length > 0) {
    el.querySelectorAll<HTMLElement>('td.cell').forEach((td, i) => {
      const state = /\bcell-(\w+)/.exec(td.className)?.[1];
      if (names[i] !== undefined && state !== undefined) row[names[i]] = state === 'self' ? 'itself' : state;
    });
  }
  return row;
}

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

/** Saves the rows shown in `container` as CSV or JSON, with `columns` in order. */
export async function downloadRows(container: Element, columns: readonly string[], name: string, kind: 'csv' | 'json'): Promise<void> {
  const rows = await shownRows(container);
  if (kind === 'csv') {
    save(new Blob([toCsv(columns, rows.map((r) => columns.map((c) => r[c])))], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  } else {
    const objects = rows.map((r) => Object.fromEntries(columns.filter((c) => r[c] !== undefined && r[c] !== null && r[c] !== '').map((c) => [c, r[c]])));
    save(new Blob([`${JSON.stringify(objects, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
  }
}

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'visibility', 'display'] as const;

/** A standalone copy of `svg`: computed styles inlined, links absolute, namespaces and size set. */
export function standaloneSvg(svg: SVGSVGElement): string {
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
  return `<?xml version="1.0" encoding="utf-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** Saves `svg` as an SVG file, or as a PNG at twice its size. */
export async function downloadSvg(svg: SVGSVGElement, name: string, kind: 'svg' | 'png'): Promise<void> {
  const text = standaloneSvg(svg);
  const blob = new Blob([text], { type: 'image/svg+xml' });
  if (kind === 'svg') return save(blob, `${name}.svg`);
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const box = svg.viewBox.baseVal;
    const w = box?.width || svg.clientWidth;
    const h = box?.height || svg.clientHeight;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * 2);
    canvas.height = Math.round(h * 2);
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
