/**
 * /graph/matrix/'s as-of replay (src/components/MatrixReplay.astro): for the day chosen (`?date=`, the controls of
 * replay-wire.ts), every cell shows the reach model's answer that day (matrix-paint.ts); with a period chosen
 * (`?confirmed=`), a cell no source confirmed within it is unknown and says why, as on the domain page.
 */
import { addMonths } from '../../lib/map/replay.ts';
import { changeDays } from '../../lib/reach/segment-lookup.ts';
import { dayWords, t } from '../page-words.ts';
import { startReplay } from '../replay-wire.ts';
import { setRowSource } from '../row-source.ts';
import { matrixFoldedShown, matrixRowColumns, matrixRows, parseMatrixData } from '../../lib/press/matrix-rows.ts';
import { loadMatrixReplay, matrixFor, matrixStatus, paintMatrix, readMatrix } from './matrix-paint.ts';

async function start(root: HTMLElement, table: HTMLTableElement): Promise<void> {
  const today = root.dataset.day!;
  const from = root.dataset.from!;
  const status = root.querySelector<HTMLElement>('[data-replay-status]')!;
  const now = readMatrix(table, today);
  const request = loadMatrixReplay(root.dataset.base ?? '/');
  // The Download menu's rows: the communities the filters show, each cell's state on the day shown, built from the
  // embedded matrix and, for another day, the segments (src/lib/press/matrix-rows.ts), never read back from the page.
  const form = document.querySelector<HTMLFormElement>('form[data-matrix-filters]');
  const embedded = parseMatrixData(table.dataset.matrixRows ?? '');
  let months: number | undefined;
  // The communities folded into the summary row are unknown in every column on every day: counted so in the status.
  const foldedCells = matrixFoldedShown(embedded, {}) * embedded.domains.length;
  setRowSource(table, async () => {
    const day = table.dataset.shownDay ?? today;
    const filters = {
      lang: form?.querySelector<HTMLSelectElement>('select[name="lang"]')?.value,
      area: form?.querySelector<HTMLSelectElement>('select[name="area"]')?.value,
      published: form?.querySelector<HTMLInputElement>('[data-matrix-published]')?.checked ?? false,
    };
    const asBuilt = day === embedded.day && months === undefined;
    const rows = matrixRows(embedded, filters, day, asBuilt ? undefined : await request, months);
    const period = months === undefined ? '' : `-confirmed-within-${months}-months`;
    return { columns: matrixRowColumns(embedded), rows, suffix: day === embedded.day ? period : `-${day}${period}` };
  });
  let data: Awaited<ReturnType<typeof loadMatrixReplay>>;
  try {
    data = await request;
  } catch {
    status.textContent = t('asof.unavailable', { date: dayWords(today) });
    return;
  }
  const marks = [...new Set(Object.values(data.history.cells).flatMap((row) => Object.values(row).flatMap((s) => changeDays(s))))].sort();
  startReplay(root, {
    from,
    today,
    playStart: () => addMonths(marks.find((d) => d >= from) ?? from, -1),
    marks: () => marks,
    show: (day, within) => {
      months = within;
      const counts = paintMatrix(table, matrixFor(now, data, day, within));
      counts.unknown += foldedCells;
      status.textContent = matrixStatus(day, counts, dayWords);
      table.dataset.shownDay = day;
    },
  });
}

const root = document.querySelector<HTMLElement>('[data-matrix-replay]');
const table = document.querySelector<HTMLTableElement>('table[data-matrix]');
if (root && table) void start(root, table);
