/**
 * Finding a node of a graph by what a reader types: its domain (as stored, or in Unicode) or its display name,
 * ignoring case, accents and extra spaces, so "Tŵt Cymru", "twt cymru" and "TOOT.WALES" all find toot.wales.
 * Pure: the /graph/ page's search box (src/client/graph/full-graph.ts) asks it and selects the first answer.
 */
import { toUnicode } from '../domain.ts';
import { foldText } from '../map/filter.ts';

/** What the search reads of a node: its domain, and its display name when it has one. */
export interface SearchableNode {
  /** The domain, as stored (ASCII, lower case). */
  id: string;
  /** A curated server's display name. */
  name?: string | undefined;
}

/** Text folded for matching: accents and case dropped, runs of whitespace made one space. */
export function searchKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
}

/** How well a node matches, best first: 0 the whole domain or name, 1 a start, 2 a word's start, 3 anywhere; undefined for no match. */
function rank(keys: readonly string[], needle: string): number | undefined {
  let best: number | undefined;
  for (const key of keys) {
    let r: number | undefined;
    if (key === needle) r = 0;
    else if (key.startsWith(needle)) r = 1;
    else if (new RegExp(`(?:^|[\\s.\\-_])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(key)) r = 2;
    else if (key.includes(needle)) r = 3;
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  return best;
}

/**
 * The indices of the nodes matching `query`, best match first (whole domain or name, then a start, then a word's
 * start, then anywhere; ties: fewer characters, then the order given). Empty for an empty query.
 */
export function searchNodes(nodes: readonly SearchableNode[], query: string): number[] {
  const needle = searchKey(query);
  if (needle === '') return [];
  const found: { i: number; rank: number; length: number }[] = [];
  nodes.forEach((n, i) => {
    const keys = [searchKey(n.id), searchKey(toUnicode(n.id))];
    if (n.name) keys.push(searchKey(n.name));
    const r = rank(keys, needle);
    if (r !== undefined) found.push({ i, rank: r, length: Math.min(...keys.map((k) => k.length)) });
  });
  found.sort((a, b) => a.rank - b.rank || a.length - b.length || a.i - b.i);
  return found.map((f) => f.i);
}
