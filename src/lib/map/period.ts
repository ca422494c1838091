/**
 * The period a reader may restrict every view to ("Count answers confirmed within the last year", `?confirmed=12`,
 * one of `CONFIRMED_WITHIN` in view-state.ts): a known answer whose source last confirmed it before the period began
 * counts as unknown. One rule for the domain page, its download, the map and its list, the full graph and the
 * matrix, so two views never disagree. Imports the calendar alone, so it bundles to the browser on its own.
 */
import { addMonths } from './replay.ts';

/** The first day of the period: `months` months before `day` ("YYYY-MM-DD"), by the calendar. */
export function periodStart(day: string, months: number): string {
  return addMonths(day, -months);
}

/**
 * Whether an answer on `day` is left out by the period (`months` undefined: no period, nothing is left out): a known
 * state with no confirmation, or one last confirmed before `periodStart(day, months)`. An unknown answer never is.
 */
export function outsidePeriod(answer: { state: string; confirmed?: string | undefined }, day: string, months: number | undefined): boolean {
  if (months === undefined || answer.state === 'unknown') return false;
  return answer.confirmed === undefined || answer.confirmed < periodStart(day, months);
}
