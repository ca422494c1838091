/**
 * The day an embed is shown as of: the Embed dialog offers the view the reader is looking at, so when the page's
 * address carries a replayed day (`?date=`, set by the map's, the domain page's, the graph's or the matrix's replay),
 * the embed's query carries it too. Pure: the dialog passes `location.search`.
 */
import { decodeViewState, encodeViewState } from '../view-state.ts';

/**
 * `query` (an embed's query, in the view state's keys) with the `date` of the page's `search` added, or replacing
 * its own; unchanged when the page shows no replayed day. Written in the view state's canonical order.
 */
export function embedQueryWithDate(query: string, search: string): string {
  const date = decodeViewState(search).date;
  if (date === undefined) return query;
  const state = decodeViewState(query);
  state.date = date;
  return encodeViewState(state);
}
