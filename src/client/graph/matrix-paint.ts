/**
 * The matrix table (/graph/matrix/, and the matrix embed's copy of it) on a replayed day: the matrix as built is
 * read back from the table, the day's cells are looked up in `/data/matrix-as-of.json` and `/data/as-of.json`
 * (src/lib/graph/matrix-on-day.ts) and each cell's class, sort key, glyph and word rewritten. The CSV download
 * reads the classes, so it follows the day. No state is decided here.
 */
import { matrixOnDay, type MatrixHistory } from '../../lib/graph/matrix-on-day.ts';
import type { ReachMatrix } from '../../lib/graph/matrix.ts';
import type { SilenceHistory } from '../../lib/map/as-of-history.ts';
import { STATE_GLYPHS, stateWords } from '../../lib/map/reach-shard.ts';
import { REACH_STATES, type ReachState, type StateCounts } from '../../lib/reach/state.ts';
import { withBase } from '../../lib/url.ts';
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

/** The matrix as the table holds it (its rows' communities, its columns, each cell's state), as of `day`. */
export function readMatrix(table: HTMLTableElement, day: string): ReachMatrix {
  const domains = (table.dataset.exportCells ?? '').split(' ').filter(Boolean);
  const communities: string[] = [];
  const cells: (ReachState | null)[][] = [];
  for (const row of table.tBodies[0]?.rows ?? []) {
    communities.push(row.querySelector<HTMLElement>('th[scope="row"]')?.dataset.sort ?? '');
    cells.push(
      [...row.querySelectorAll<HTMLElement>('td.cell')].map((td) => {
        const state = /\bcell-(\w+)/.exec(td.className)?.[1];
        return state === undefined || state === 'self' ? null : (state as ReachState);
      }),
    );
  }
  return { day, communities, domains, cells };
}

/** Writes `matrix`'s cells into the table (rows and columns in the same order); returns the counts of its cells. */
export function paintMatrix(table: HTMLTableElement, matrix: ReachMatrix): StateCounts {
  const words = stateWords(t);
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  [...(table.tBodies[0]?.rows ?? [])].forEach((row, i) => {
    row.querySelectorAll<HTMLElement>('td.cell').forEach((td, j) => {
      const state = matrix.cells[i]?.[j];
      if (state === null || state === undefined) return;
      counts[state]++;
      if (td.classList.contains(`cell-${state}`)) return;
      td.className = `cell cell-${state}`;
      td.dataset.sort = String(RANK[state]);
      replaceChildren(td, h('b', { 'aria-hidden': 'true' }, STATE_GLYPHS[state]), h('i', {}, words[state].label));
    });
  });
  return counts;
}

/** The matrix on `day`, from the matrix as built (`now`) and the replay's data. */
export function matrixFor(now: ReachMatrix, data: MatrixReplayData, day: string): ReachMatrix {
  return matrixOnDay(now, data.history, data.silence, day);
}

/** The matrix status line for a day. */
export function matrixStatus(day: string, counts: StateCounts, dayWords: (iso: string) => string): string {
  const vars: Record<string, string | number> = { date: dayWords(day) };
  for (const s of REACH_STATES) vars[s] = counts[s];
  return t('asof.matrix.status', vars);
}
