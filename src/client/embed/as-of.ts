/**
 * Inside an embed: the day it is shown as of (`?date=`, the view state's key), clamped to the days the atlas can
 * replay, written into the credit beside the data's date. Each view draws that day from the data files itself
 * (src/client/embed/domain-day.ts, matrix.ts; the map embed's src/client/atlas-map.ts reads the same key).
 */
import { clampDay } from '../../lib/map/replay.ts';
import { dayWords } from '../page-words.ts';
import { embedState } from './view-url.ts';

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

showAsOfInCredit();
