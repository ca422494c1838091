/**
 * A long table the build wrapped in `<noscript data-deferred-table>` (src/components/ServerTable.astro, the map's
 * list): without script the browser shows it as it is; with script the parser keeps its markup as one run of text,
 * which costs next to nothing to read, so the page (and the map above it) is ready without waiting for thousands
 * of rows to be parsed and laid out. This puts the table in the page from that text: its frame and first rows at
 * once, the other rows in slices when the page is idle. The text is the page's own markup as the build wrote it
 * (data escaped by Astro like everywhere else), parsed here in an inert template: no data becomes markup here.
 */
import { idleWork } from './idle-work.ts';

/**
 * Rows put in the page at once; the others follow in slices. Few: the first batch is one task, and the map's list of
 * 267 servers put in at once was a task of 70 ms (280 ms on a phone's processor, as Lighthouse counts it), blocking
 * a reader's click meanwhile.
 */
const FIRST_ROWS = 20;
/**
 * How long one slice of rows may take before the page gets a turn, in milliseconds. The browser's frame after a
 * slice lays out and paints what it added, which takes several times as long as parsing it (about 60 ms after a 12 ms
 * slice at 30,000 servers), and a reader's click (a domain picked on the map) waits for that frame; shorter slices
 * make more frames, each with a cost of its own (at 4 ms the list took twice as long to fill): 8 ms is between.
 */
const SLICE_MS = 8;
/** How each row of the map's list begins in the build's markup (src/components/ServerTable.astro). */
const ROW_START = '<tr data-domain=';

/** Runs `step` when the page is idle, unless the map holds the page's background work (src/client/idle-work.ts). */
const whenIdle = (step: () => void): void => idleWork.whenIdle(step);

/** The id the address's fragment names, if any (undefined for none or a malformed one). */
function hashId(): string | undefined {
  try {
    return location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses table markup in an inert template and returns what it holds. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/**
 * Puts the table held by `noscript` in its place and returns it (undefined when it holds none). `onRows` is called
 * with each batch of rows once they are in the table, the first batch before this returns; the table gets
 * `data-rows-ready` once every row is in.
 */
export function unfoldTable(noscript: HTMLElement, onRows: (rows: HTMLTableRowElement[]) => void): HTMLTableElement | undefined {
  return unfoldTableText(noscript, noscript.textContent ?? '', onRows);
}

/**
 * Puts the table whose markup is `text` in place of `holder`, as `unfoldTable` does with a `<noscript>`'s text: for
 * the list read from the page of its own (`/list/`, src/lib/map/list-page.ts's `listRegion`), the site's own markup.
 * `firstRows`: how many rows go in at once (the others in slices when the page is idle).
 */
export function unfoldTableText(holder: Element, text: string, onRows: (rows: HTMLTableRowElement[]) => void, firstRows = FIRST_ROWS): HTMLTableElement | undefined {
  const starts: number[] = [];
  for (let i = text.indexOf(ROW_START); i >= 0; i = text.indexOf(ROW_START, i + ROW_START.length)) starts.push(i);
  const bodyEnd = text.lastIndexOf('</tbody>');
  if (starts.length === 0 || bodyEnd < 0) {
    const whole = parse(text);
    const table = whole.querySelector('table') ?? undefined;
    holder.replaceWith(whole);
    if (table) {
      onRows([...(table.tBodies[0]?.rows ?? [])]);
      table.dataset.rowsReady = '';
    }
    return table;
  }
  const frame = parse(text.slice(0, starts[0]) + text.slice(bodyEnd));
  const table = frame.querySelector('table');
  const body = table?.tBodies[0];
  if (!table || !body) return undefined;
  holder.replaceWith(frame);
  starts.push(bodyEnd);
  /** Moves rows `from` to `to` (indexes into `starts`) into the table; returns them. */
  const add = (from: number, to: number): HTMLTableRowElement[] => {
    const part = parse(`<table><tbody>${text.slice(starts[from], starts[to])}</tbody></table>`);
    const rows = [...(part.querySelector('tbody')?.rows ?? [])];
    body.append(...rows);
    return rows;
  };
  // An address naming a row (`#server-toot.wales`) found nothing while the page loaded: go there once the row is
  // in, unless the reader has scrolled meanwhile.
  const named = hashId();
  const wanted = named !== undefined && !document.getElementById(named) ? named : undefined;
  const scrolledAt = window.scrollY;
  const reveal = (rows: readonly HTMLTableRowElement[]) => {
    const row = wanted === undefined ? undefined : rows.find((r) => r.id === wanted);
    if (row && window.scrollY === scrolledAt) row.scrollIntoView();
  };
  const count = starts.length - 1;
  let next = Math.min(firstRows, count);
  const first = add(0, next);
  onRows(first);
  reveal(first);
  let size = 200;
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    const batch: HTMLTableRowElement[] = [];
    while (next < count && performance.now() < end) {
      const to = Math.min(count, next + size);
      const began = performance.now();
      batch.push(...add(next, to));
      next = to;
      // Rows of about the same size: as many as fit a slice next time, from how long these took.
      size = Math.max(50, Math.min(2000, Math.round((size * SLICE_MS) / Math.max(1, performance.now() - began) / 2)));
    }
    if (batch.length > 0) {
      onRows(batch);
      reveal(batch);
    }
    if (next < count) whenIdle(slice);
    else table.dataset.rowsReady = '';
  };
  if (next < count) whenIdle(slice);
  else table.dataset.rowsReady = '';
  return table;
}

/** How each item of the tray beside the map begins in the build's markup (src/components/TrayItem.astro). */
const ITEM_START = '<li class="tray-item"';

/**
 * Moves the items of the tray list whose markup is `text` (src/components/TrayList.astro, read from the tray's own
 * page: src/lib/map/tray-page.ts's `trayRegion`) that `wanted` keeps to the end of `list`, in slices when the page is
 * idle. `onItems` is called with each batch once it is in the list, `done` once every item is. Parsed in an inert
 * template from the site's own markup, as the table is.
 */
export function unfoldItems(
  text: string,
  list: HTMLElement,
  wanted: (item: HTMLElement) => boolean,
  onItems: (items: HTMLElement[]) => void,
  done: () => void,
): void {
  const end = text.lastIndexOf('</ul>');
  let next = text.indexOf(ITEM_START);
  if (next < 0 || end < 0) {
    done();
    return;
  }
  const slice = () => {
    const stop = performance.now() + SLICE_MS;
    const batch: HTMLElement[] = [];
    while (next >= 0 && next < end && performance.now() < stop) {
      // About a hundred items a step, cut where an item begins.
      let to = next;
      for (let k = 0; k < 100 && to >= 0 && to < end; k++) to = text.indexOf(ITEM_START, to + ITEM_START.length);
      if (to < 0 || to > end) to = end;
      const part = parse(`<ul>${text.slice(next, to)}</ul>`);
      const items = ([...(part.querySelector('ul')?.children ?? [])] as HTMLElement[]).filter(wanted);
      list.append(...items);
      batch.push(...items);
      next = to === end ? -1 : to;
    }
    if (batch.length > 0) onItems(batch);
    if (next >= 0) whenIdle(slice);
    else done();
  };
  whenIdle(slice);
}
