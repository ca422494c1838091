/**
 * Inside an embed: the day it is shown as of (`?date=`, the view state's key), clamped to the days the atlas can
 * replay, written into the credit beside the data's date; and the reach and matrix parts (taken from the full
 * pages, which show "now") repainted for that day by look-up (src/lib/map/as-of-lookup.ts, matrix-paint.ts). The
 * map embed replays the day itself (src/client/atlas-map.ts reads the same key).
 */
import { countsOnDay, statesOnDay } from '../../lib/map/as-of-lookup.ts';
import type { SilenceHistory } from '../../lib/map/as-of-history.ts';
import { shardPath, type ReachShard } from '../../lib/map/reach-shard.ts';
import { clampDay } from '../../lib/map/replay.ts';
import { REACH_STATES } from '../../lib/reach/state.ts';
import { withBase } from '../../lib/url.ts';
import { paintGraph } from '../domain-graph-paint.ts';
import { loadMatrixReplay, matrixFor, paintMatrix, readMatrix } from '../graph/matrix-paint.ts';
import { dayWords } from '../page-words.ts';
import { embedBase, embedState } from './view-url.ts';

const credit = document.querySelector<HTMLElement>('[data-embed-as-of]');

/** The day the embed shows, when its address asks for one other than the atlas's own; undefined for "now". */
export function embedAsOf(): string | undefined {
  const asked = embedState().date;
  const today = credit?.dataset.day;
  const from = credit?.dataset.from;
  if (!asked || !today || !from) return undefined;
  const day = clampDay(asked, from, today);
  return day === today ? undefined : day;
}

/** Writes the day shown into the credit (nothing when it is "now"). */
export function showAsOfInCredit(): void {
  const day = embedAsOf();
  const time = credit?.querySelector<HTMLTimeElement>('[data-embed-as-of-date]');
  if (!credit || !time || !day) return;
  time.dateTime = day;
  time.textContent = dayWords(day);
  credit.hidden = false;
  document.querySelector<HTMLElement>('[data-embed-root]')?.setAttribute('data-embed-as-of-day', day);
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Repaints the parts of a reach or matrix embed (already filled) for the embed's day; nothing for "now". */
export async function replayEmbedParts(view: string | undefined, domain: string | undefined): Promise<void> {
  const day = embedAsOf();
  if (!day) return;
  if (view === 'matrix') {
    const table = document.querySelector<HTMLTableElement>('[data-embed-slot="matrix"] table');
    if (!table) return;
    const now = readMatrix(table, credit!.dataset.day!);
    paintMatrix(table, matrixFor(now, await loadMatrixReplay(embedBase), day));
    table.dataset.shownDay = day;
  } else if (view === 'reach' && domain) {
    const [shard, silence] = await Promise.all([
      fetchJson<ReachShard>(withBase(embedBase, shardPath(domain))),
      fetchJson<SilenceHistory>(withBase(embedBase, 'data/as-of.json')),
    ]);
    const counts = countsOnDay(shard, silence, day);
    for (const state of REACH_STATES) {
      const el = document.querySelector(`[data-embed-slot="counts"] [data-state-count="${state}"]`);
      if (el) el.textContent = String(counts[state]);
    }
    paintGraph(statesOnDay(shard, silence, day));
  }
}

showAsOfInCredit();
