/**
 * The day an embed is shown as of: the Embed dialog offers the view the reader is looking at, so when the page's
 * address carries a replayed day (`?date=`, set by the map's, the domain page's, the graph's or the matrix's replay),
 * the embed's query carries it too, and so does the period answers are restricted to (`?confirmed=`, a domain page's),
 * so the embed shows the same counts. Pure: the dialog passes `location.search`.
 */
import { decodeViewState, encodeViewState } from '../view-state.ts';

/**
 * `query` (an embed's query, in the view state's keys) with the `date` and `confirmed` of the page's `search` added,
 * or replacing its own; unchanged when the page has neither. Written in the view state's canonical order.
 */
export function embedQueryWithDate(query: string, search: string): string {
  const { date, confirmed } = decodeViewState(search);
  if (date === undefined && confirmed === undefined) return query;
  const state = decodeViewState(query);
  if (date !== undefined) state.date = date;
  if (confirmed !== undefined) state.confirmed = confirmed;
  return encodeViewState(state);
}
