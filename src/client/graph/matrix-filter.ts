/**
 * The matrix's filters: language and region selects that hide the rows of communities that do not match, with
 * the same rules as the map's filters (a language keeps its more specific tags; a country keeps its regions), and
 * "published lists only" (ticked at first), which folds the communities whose list is unknown into the footer's
 * one summary row, whose button shows them again; the communities unknown everywhere on every day have no row at
 * all (src/lib/graph/matrix-fold.ts), and their summary row counts those the language and region filters keep.
 * Which rows: src/lib/press/matrix-rows.ts (the download's rule).
 * The form and the footer stay hidden without script; the table is then complete.
 */
import { matrixFoldedShown, matrixRowShown, matrixRowSplit, parseMatrixData, type MatrixFilters } from '../../lib/press/matrix-rows.ts';
import type { ListStatus } from '../../lib/labels.ts';
import { t } from '../page-words.ts';

const form = document.querySelector<HTMLFormElement>('form[data-matrix-filters]');
const table = document.querySelector<HTMLTableElement>('table[data-matrix]');

/** What the filters read of a row. */
function readRow(row: HTMLTableRowElement): { languages: string[]; regions: string[]; list: ListStatus } {
  return {
    languages: (row.dataset.languages ?? '').split(' ').filter(Boolean),
    regions: (row.dataset.regions ?? '').split(' ').filter(Boolean),
    list: (row.dataset.list ?? 'published') as ListStatus,
  };
}

if (form && table) {
  const lang = form.querySelector<HTMLSelectElement>('select[name="lang"]');
  const area = form.querySelector<HTMLSelectElement>('select[name="area"]');
  const published = form.querySelector<HTMLInputElement>('[data-matrix-published]');
  const status = form.querySelector<HTMLElement>('[data-matrix-status]');
  const footer = table.querySelector<HTMLElement>('[data-matrix-unread]');
  const foldedRow = table.querySelector<HTMLElement>('[data-matrix-folded]');
  const foldedText = foldedRow?.querySelector<HTMLElement>('[data-matrix-folded-text]');
  const data = foldedRow ? parseMatrixData(table.dataset.matrixRows ?? '') : undefined;
  const footerText = footer?.querySelector<HTMLElement>('[data-matrix-unread-text]');
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const apply = () => {
    const filters: MatrixFilters = { lang: lang?.value ?? '', area: area?.value ?? '', published: published?.checked ?? false };
    const read = rows.map(readRow);
    rows.forEach((row, i) => {
      row.hidden = !matrixRowShown(read[i]!, filters);
    });
    const { shown, folded } = matrixRowSplit(read, filters);
    if (footer) footer.hidden = folded === 0;
    if (footerText) footerText.textContent = t('graph.matrix.unread', { count: folded });
    if (foldedRow && data) {
      const count = matrixFoldedShown(data, filters);
      foldedRow.hidden = count === 0;
      if (foldedText) foldedText.textContent = t('graph.matrix.folded', { count });
    }
    const words = status?.dataset.shown ?? '{shown} / {total}';
    const narrowed = Boolean(filters.lang || filters.area || filters.published);
    // Out of every community, those counted in the summary row too.
    const total = rows.length + (data ? matrixFoldedShown(data, {}) : 0);
    if (status) status.textContent = narrowed ? words.replace('{shown}', String(shown)).replace('{total}', String(total)) : '';
  };
  footer?.querySelector('[data-matrix-unread-show]')?.addEventListener('click', () => {
    if (published) published.checked = false;
    apply();
    published?.focus();
  });
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
