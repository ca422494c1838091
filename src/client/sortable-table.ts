/**
 * Sortable tables, as progressive enhancement: every `table[data-sortable]` gets a button in each header cell
 * that has `data-sort-kind` (text, number or date). A click, or Enter or Space on the focused button, sorts the
 * rows by that column (ascending, then descending), sets `aria-sort` on the header, and announces the order.
 * A cell's sort key is its `data-sort` attribute, or its text; the table then fires `table-sorted`. Without script
 * the table is plain and complete.
 */
import { nextDirection, sortKindOf, sortPermutation, type SortDirection } from '../lib/table-sort.ts';
import { translator } from '../locales/index.ts';
import { h } from './dom.ts';

/** The page's interface language's strings. */
const t = translator(document.documentElement.lang);

function keyOf(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  if (!cell) return '';
  return cell.dataset.sort ?? cell.textContent?.trim() ?? '';
}

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const head = table.tHead?.rows[0];
  if (!body || !head) return;
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  table.after(status);
  const headers = [...head.cells] as HTMLTableCellElement[];
  headers.forEach((th, column) => {
    if (!th.hasAttribute('data-sort-kind')) return;
    const label = th.textContent?.trim() ?? '';
    const mark = h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, '↕');
    const button = h('button', { type: 'button', class: 'sort-button' }, label, mark);
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = nextDirection(th.getAttribute('aria-sort') as SortDirection | null);
      const rows = [...body.rows];
      const order = sortPermutation(rows.map((r) => keyOf(r, column)), sortKindOf(th.dataset.sortKind), direction);
      body.append(...order.map((i) => rows[i]!));
      for (const other of headers) {
        if (other === th) continue;
        other.removeAttribute('aria-sort');
        const m = other.querySelector('.sort-mark');
        if (m) m.textContent = '↕';
      }
      th.setAttribute('aria-sort', direction);
      mark.textContent = direction === 'ascending' ? '▲' : '▼';
      status.textContent = t('table.sorted', { label, direction: t(`table.${direction}`) });
      // A pager over the table (src/client/table-pager.ts) shows its first page in the new order.
      table.dispatchEvent(new CustomEvent('table-sorted'));
    });
  });
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
