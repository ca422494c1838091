/**
 * A long table's filter and pages, as pure logic: which rows a text and a state keep, and which of those one page
 * shows. The browser side (src/client/table-pager.ts) reads the rows from the built table and hides the others;
 * the table itself stays complete in the HTML.
 */

/** How many rows a page shows. */
export const PAGE_SIZE = 50;

/** What the filter reads of one row. */
export interface PagerRow {
  /** The row's searchable text (its domain, in Unicode and as stored). */
  text: string;
  /** The row's state code ("suspends", "limits", …), or "" when it has none. */
  state: string;
}

/** What the reader asked for. */
export interface PagerQuery {
  /** Text a row's text must contain, in any case; "" keeps every row. */
  text: string;
  /** The state a row must have; "" keeps every row. */
  state: string;
  /** The page asked for, from 0; brought back into range when the filter leaves fewer pages. */
  page: number;
}

/** What one page shows. */
export interface PagerView {
  /** The indices (in the rows given) of the rows shown, in order. */
  shown: number[];
  /** How many rows the filter keeps. */
  matched: number;
  /** How many rows there are. */
  total: number;
  /** The page shown, from 0. */
  page: number;
  /** How many pages the kept rows fill (at least 1). */
  pages: number;
  /** The first row shown, counted from 1 among the kept rows (0 when none is kept). */
  from: number;
  /** The last row shown, counted from 1 among the kept rows (0 when none is kept). */
  to: number;
}

/** Text folded for matching: lower case, compatibility-normalised, trimmed. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** True when `row` passes the query's text and state. */
export function rowMatches(row: PagerRow, query: Pick<PagerQuery, 'text' | 'state'>): boolean {
  const needle = foldText(query.text);
  if (query.state !== '' && row.state !== query.state) return false;
  return needle === '' || foldText(row.text).includes(needle);
}

/** The page `query` asks for of `rows`, `size` rows a page (at least 1). */
export function pageView(rows: readonly PagerRow[], query: PagerQuery, size: number = PAGE_SIZE): PagerView {
  const per = Math.max(1, Math.floor(size));
  const kept: number[] = [];
  rows.forEach((row, i) => {
    if (rowMatches(row, query)) kept.push(i);
  });
  const pages = Math.max(1, Math.ceil(kept.length / per));
  const page = Math.min(Math.max(0, Math.floor(query.page) || 0), pages - 1);
  const shown = kept.slice(page * per, page * per + per);
  return {
    shown,
    matched: kept.length,
    total: rows.length,
    page,
    pages,
    from: shown.length > 0 ? page * per + 1 : 0,
    to: page * per + shown.length,
  };
}
