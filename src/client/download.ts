/**
 * Downloads of the view on the page, made from what the page shows:
 * - rows: every `[data-export]` element (its JSON object) inside a container, skipping those hidden by a filter;
 *   a `[data-export-key]` element inside a row overrides that key with its current text (a cell the script fills);
 *   in a table with `data-export-cells` (column names), a row's `td.cell` elements, in order, give those columns
 *   their state from their `cell-<state>` class ("itself" for `cell-self`).
 *   CSV through src/lib/press/csv.ts (RFC 4180, formula-safe), JSON as an array of objects;
 * - images: the SVG element itself, cloned with its computed styles inlined (so it looks the same outside the
 *   page) and its links made absolute; PNG drawn from that SVG at twice its size.
 */
import { toCsv, type CsvValue } from '../lib/press/csv.ts';

/** The rows in `container`, in page order, as objects. */
export function shownRows(container: Element): Record<string, CsvValue>[] {
  return [...container.querySelectorAll<HTMLElement>('[data-export]')]
    .filter((el) => !el.closest('[hidden]'))
    .map((el) => {
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
    });
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
export function downloadRows(container: Element, columns: readonly string[], name: string, kind: 'csv' | 'json'): void {
  const rows = shownRows(container);
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
