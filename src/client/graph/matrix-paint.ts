/**
 * The matrix table (/graph/matrix/, and the matrix embed's copy of it) on a replayed day: the matrix as built is
 * read from the data the page embeds (src/lib/press/matrix-rows.ts), the day's cells are looked up in
 * `/data/matrix-as-of.json` and `/data/as-of.json` (src/lib/graph/matrix-on-day.ts) and each cell's class, sort key,
 * glyph and word rewritten. The download is built from the same data for the day shown. No state is decided here.
 */
import { matrixOnDay, type MatrixHistory, type MatrixOnDay } from '../../lib/graph/matrix-on-day.ts';
import type { ReachMatrix } from '../../lib/graph/matrix.ts';
import type { SilenceHistory } from '../../lib/map/as-of-history.ts';
import { STATE_GLYPHS, stateWords } from '../../lib/map/reach-shard.ts';
import { REACH_STATES, type ReachState, type StateCounts } from '../../lib/reach/state.ts';
import { withBase } from '../../lib/url.ts';
import { parseMatrixData, reachMatrixOf } from '../../lib/press/matrix-rows.ts';
import { h, replaceChildren } from '../dom.ts';
import { t } from '../page-words.ts';

/** What a matrix replay looks up. */
export interface MatrixReplayData {
  history: MatrixHistory;
  silence: SilenceHistory;
}

/** The sort rank of a state, as the matrix page gives it (the strongest action first). */
const RANK: Record<ReachState, number> = { suspends: 0, limits: 1, unknown: 2, reaches: 3 };

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Fetches the matrix's history and the silence segments from the site at `base`. */
export async function loadMatrixReplay(base: string): Promise<MatrixReplayData> {
  const [history, silence] = await Promise.all([
    fetchJson<MatrixHistory>(withBase(base, 'data/matrix-as-of.json')),
    fetchJson<SilenceHistory>(withBase(base, 'data/as-of.json')),
  ]);
  return { history, silence };
}

/**
 * The matrix as built, from the data the page embeds in the table's `data-matrix-rows` (src/lib/press/matrix-rows.ts),
 * as of `day`. Throws when the data is missing or broken.
 */
export function readMatrix(table: HTMLTableElement, day: string): ReachMatrix {
  return { ...reachMatrixOf(parseMatrixData(table.dataset.matrixRows ?? '')), day };
}

/**
 * Writes `matrix`'s cells into the table, each row found by its community (the table may have been sorted); a cell
 * a reader's period left out (`stale`) is unknown and its words (its accessible text, and its title) say why.
 * Returns the counts of its cells.
 */
export function paintMatrix(table: HTMLTableElement, matrix: MatrixOnDay): StateCounts {
  const words = stateWords(t);
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  const rowOf = new Map(matrix.communities.map((c, i) => [c, i]));
  for (const row of table.tBodies[0]?.rows ?? []) {
    const i = rowOf.get(row.querySelector<HTMLElement>('th[scope="row"]')?.dataset.sort ?? '');
    if (i === undefined) continue;
    row.querySelectorAll<HTMLElement>('td.cell').forEach((td, j) => {
      const state = matrix.cells[i]?.[j];
      if (state === null || state === undefined) return;
      counts[state]++;
      const stale = matrix.stale?.[i]?.[j] === true;
      if (td.classList.contains(`cell-${state}`) && td.classList.contains('cell-stale') === stale) return;
      td.className = stale ? `cell cell-${state} cell-stale` : `cell cell-${state}`;
      td.dataset.sort = String(RANK[state]);
      if (stale) td.title = t('asof.stale');
      else td.removeAttribute('title');
      replaceChildren(td, h('b', { 'aria-hidden': 'true' }, STATE_GLYPHS[state]), h('i', {}, stale ? t('asof.stale') : words[state].label));
    });
  }
  return counts;
}

/** The matrix on `day`, from the matrix as built (`now`) and the replay's data, within the reader's period (`months`) when one is chosen. */
export function matrixFor(now: ReachMatrix, data: MatrixReplayData, day: string, months?: number): MatrixOnDay {
  return matrixOnDay(now, data.history, data.silence, day, months);
}

/** The matrix status line for a day. */
export function matrixStatus(day: string, counts: StateCounts, dayWords: (iso: string) => string): string {
  const vars: Record<string, string | number> = { date: dayWords(day) };
  for (const s of REACH_STATES) vars[s] = counts[s];
  return t('asof.matrix.status', vars);
}
