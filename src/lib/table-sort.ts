/**
 * Sorting a table's rows by one column, for the sortable tables' browser script (src/client/sortable-table.ts).
 * Each cell gives a sort key (its `data-sort` attribute, or its text); the column says how keys compare.
 */

/** Plain code-point comparison (as order.ts's compareText, which this module does not import: it bundles to the browser). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a column's keys compare: as text (code-point order, case-folded), as numbers, or as ISO dates (text order). */
export type SortKind = 'text' | 'number' | 'date';

/** A sort direction, as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Compares two keys of a column. Empty keys (no value) sort after every value in either direction, so rows
 * without a date stay at the bottom. Numbers that do not parse compare as empty.
 */
export function compareKeys(a: string, b: string, kind: SortKind): number {
  const ka = a.trim();
  const kb = b.trim();
  if (kind === 'number') {
    const na = ka === '' ? NaN : Number(ka);
    const nb = kb === '' ? NaN : Number(kb);
    if (Number.isNaN(na) || Number.isNaN(nb)) return Number.isNaN(na) ? (Number.isNaN(nb) ? 0 : 1) : -1;
    return na - nb;
  }
  if (ka === '' || kb === '') return ka === '' ? (kb === '' ? 0 : 1) : -1;
  return kind === 'date' ? compareText(ka, kb) : compareText(ka.toLowerCase(), kb.toLowerCase()) || compareText(ka, kb);
}

function isEmpty(key: string, kind: SortKind): boolean {
  return kind === 'number' ? key.trim() === '' || Number.isNaN(Number(key.trim())) : key.trim() === '';
}

/**
 * The order of rows sorted by their keys: a permutation of `0 … keys.length - 1`. Stable (equal keys keep their
 * original order, so the page's own order breaks ties), empty keys last in both directions.
 */
export function sortPermutation(keys: readonly string[], kind: SortKind, direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return keys
    .map((_, i) => i)
    .sort((i, j) => {
      const ei = isEmpty(keys[i]!, kind);
      const ej = isEmpty(keys[j]!, kind);
      if (ei || ej) return ei === ej ? i - j : ei ? 1 : -1;
      return sign * compareKeys(keys[i]!, keys[j]!, kind) || i - j;
    });
}

/** The direction after a click on a column's header: ascending first, then it flips. */
export function nextDirection(current: SortDirection | 'none' | null | undefined): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/** Reads a column's kind from its `data-sort-kind` attribute; text when missing or unknown. */
export function sortKindOf(value: string | null | undefined): SortKind {
  return value === 'number' || value === 'date' ? value : 'text';
}
