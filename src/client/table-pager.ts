/**
 * Long tables, filtered and paged, as progressive enhancement over the built table: every `table[data-pager]` with
 * its controls (`[data-pager-for]`, src/components/TablePager.astro) shows one page of the rows the filter keeps and
 * hides the rest; the status line announces "51–100 of 857". Which rows is decided by src/lib/table-page.ts. Rows
 * are read again on each change, so a sort (src/client/sortable-table.ts, which fires `table-sorted`) is followed.
 * Without script every row is in the page. Tables a script writes later are enhanced by it with `enhanceTable`.
 */
import { PAGE_SIZE, pageView, type PagerRow } from '../lib/table-page.ts';
import { t } from './page-words.ts';

/** What the filter reads of a row: its row header's text and hover title, and its `data-state`. */
function readRow(row: HTMLTableRowElement): PagerRow {
  const head = row.querySelector('th[scope="row"]') ?? row.cells[0];
  const titles = [...(head?.querySelectorAll('[title]') ?? [])].map((el) => el.getAttribute('title') ?? '');
  return { text: [head?.textContent ?? '', ...titles].join(' '), state: row.dataset.state ?? '' };
}

/**
 * Filters and pages `table` with `controls` (the markup of src/components/TablePager.astro, or the same built by a
 * script, src/client/day-tables.ts). A table is enhanced once, however often this is called.
 */
export function enhanceTable(table: HTMLTableElement, controls: HTMLElement): void {
  const body = table.tBodies[0];
  if (!body || table.dataset.pagerReady !== undefined) return;
  table.dataset.pagerReady = '';
  const text = controls.querySelector<HTMLInputElement>('[data-pager-text]');
  const state = controls.querySelector<HTMLSelectElement>('[data-pager-state]');
  const prev = controls.querySelector<HTMLButtonElement>('[data-pager-prev]')!;
  const next = controls.querySelector<HTMLButtonElement>('[data-pager-next]')!;
  const status = controls.querySelector<HTMLElement>('[data-pager-status]')!;
  const size = Number(table.dataset.pageSize) || PAGE_SIZE;
  let page = 0;
  const apply = () => {
    const rows = [...body.rows];
    const query = { text: text?.value ?? '', state: state?.value ?? '', page };
    const view = pageView(rows.map(readRow), query, size);
    page = view.page;
    const shown = new Set(view.shown);
    rows.forEach((row, i) => {
      row.hidden = !shown.has(i);
    });
    const vars = { from: view.from, to: view.to, matched: view.matched, total: view.total };
    const filtered = query.text.trim() !== '' || query.state !== '';
    status.textContent = view.matched === 0 ? t('table.pager.none', vars) : t(filtered ? 'table.pager.range-filtered' : 'table.pager.range', vars);
    // aria-disabled, not disabled: a button that keeps its focus at the first or last page (a turn past it does nothing).
    prev.setAttribute('aria-disabled', String(view.page === 0));
    next.setAttribute('aria-disabled', String(view.page >= view.pages - 1));
  };
  const turn = (by: number) => {
    page += by;
    apply();
  };
  text?.addEventListener('input', () => {
    page = 0;
    apply();
  });
  state?.addEventListener('change', () => {
    page = 0;
    apply();
  });
  prev.addEventListener('click', () => turn(-1));
  next.addEventListener('click', () => turn(1));
  table.addEventListener('table-sorted', () => {
    page = 0;
    apply();
  });
  controls.hidden = false;
  apply();
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-pager]')) {
  const controls = document.querySelector<HTMLElement>(`[data-pager-for="${CSS.escape(table.dataset.pager ?? '')}"]`);
  if (controls) enhanceTable(table, controls);
}
