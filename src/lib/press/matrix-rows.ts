/**
 * The matrix page's data in the browser and the rows of its download (CSV and JSON). The page embeds the matrix as
 * built in the table's `data-matrix-rows` attribute (`MatrixData`: each community's list status, languages, regions
 * and cells, one letter a cell), and the download is built from it, the language, region and published-list filters
 * and, for a
 * replayed day, the cells' segments (src/lib/graph/matrix-on-day.ts): never read back from the page's words. Types
 * and look-ups only, so it bundles to the browser on its own; it never decides a state.
 */
import { matrixOnDay, type MatrixHistory } from '../graph/matrix-on-day.ts';
import type { ReachMatrix } from '../graph/matrix.ts';
import { areaMatches, languageMatches } from '../map/filter.ts';
import type { StateSegments } from '../reach/segment-lookup.ts';
import type { ReachState } from '../reach/state.ts';
import type { ListStatus } from '../labels.ts';
import { ITSELF } from './map-rows.ts';

/** One community of the embedded matrix. */
export interface MatrixDataRow {
  /** Its domain. */
  community: string;
  /** Its block list's status. */
  list: ListStatus;
  /** Its language tags (BCP 47), for the language filter. */
  languages: string[];
  /** Its area's ISO 3166 codes, upper case, for the region filter. */
  regions: string[];
  /** Its cells, one letter each in the columns' order: see {@link CELL_LETTERS}, `-` for its own column. */
  cells: string;
}

/** The matrix as the page embeds it. */
export interface MatrixData {
  /** The day the matrix as built answers ("now"), "YYYY-MM-DD". */
  day: string;
  /** The columns. */
  domains: string[];
  /** The rows, in the matrix's order (by community): every community but those folded. */
  rows: MatrixDataRow[];
  /**
   * The communities folded into the summary row (unknown in every column on every day: src/lib/graph/matrix-fold.ts),
   * counted by their languages and regions so the filters can count them; absent when none is folded.
   */
  folded?: MatrixFoldedGroup[];
}

/** Folded communities that share their languages and regions, counted. */
export interface MatrixFoldedGroup {
  /** Their language tags. */
  languages: string[];
  /** Their area's ISO 3166 codes, upper case. */
  regions: string[];
  /** How many. */
  count: number;
}

/** Each state's letter in `MatrixDataRow.cells`. */
export const CELL_LETTERS: Readonly<Record<ReachState, string>> = { suspends: 's', limits: 'l', reaches: 'r', unknown: 'u' };

/** The letter of a community's own column. */
export const SELF_LETTER = '-';


const STATE_OF_LETTER: Readonly<Record<string, ReachState>> = Object.fromEntries(Object.entries(CELL_LETTERS).map(([state, letter]) => [letter, state as ReachState]));

/**
 * The embedded data of `matrix` (its rows as shown), given each community's list status, languages and area codes,
 * and the communities `folded` into the summary row (counted by languages and regions, in first-seen order).
 */
export function matrixData(
  matrix: ReachMatrix,
  info: (community: string) => { list: ListStatus; languages: readonly string[]; regions: readonly string[] },
  folded: readonly string[] = [],
): MatrixData {
  const data: MatrixData = {
    day: matrix.day,
    domains: [...matrix.domains],
    rows: matrix.communities.map((community, i) => {
      const { list, languages, regions } = info(community);
      const cells = (matrix.cells[i] ?? []).map((state) => (state === null ? SELF_LETTER : CELL_LETTERS[state])).join('');
      return { community, list, languages: [...languages], regions: regions.map((r) => r.toUpperCase()), cells };
    }),
  };
  if (folded.length === 0) return data;
  const groups = new Map<string, MatrixFoldedGroup>();
  for (const community of folded) {
    const { languages, regions } = info(community);
    const group = { languages: [...languages], regions: regions.map((r) => r.toUpperCase()) };
    const key = JSON.stringify(group);
    const seen = groups.get(key);
    if (seen) seen.count++;
    else groups.set(key, { ...group, count: 1 });
  }
  data.folded = [...groups.values()];
  return data;
}

/** How many folded communities the language and region filters keep (the summary row's count). */
export function matrixFoldedShown(data: Pick<MatrixData, 'folded'>, filters: MatrixFilters): number {
  let n = 0;
  for (const group of data.folded ?? []) if (placeShown(group, filters)) n += group.count;
  return n;
}

/** The matrix as built, from its embedded data. */
export function reachMatrixOf(data: MatrixData): ReachMatrix {
  return {
    day: data.day,
    domains: [...data.domains],
    communities: data.rows.map((r) => r.community),
    cells: data.rows.map((r) => [...r.cells].map((letter) => (letter === SELF_LETTER ? null : (STATE_OF_LETTER[letter] ?? 'unknown')))),
  };
}

/**
 * Reads the embedded data (the attribute's text). Throws an Error naming the first bad place, so a broken page
 * fails loudly rather than downloading wrong rows.
 */
export function parseMatrixData(text: string): MatrixData {
  const value: unknown = JSON.parse(text);
  const v = value as Partial<MatrixData> | null;
  if (!v || typeof v !== 'object' || typeof v.day !== 'string' || !Array.isArray(v.domains) || !Array.isArray(v.rows)) throw new Error('matrix data: expected "day", "domains" and "rows"');
  v.rows.forEach((r, i) => {
    if (typeof r?.community !== 'string' || typeof r.cells !== 'string' || r.cells.length !== v.domains!.length) throw new Error(`matrix data: rows[${i}]: expected a community and one cell a column`);
    if (!Array.isArray(r.languages) || !Array.isArray(r.regions)) throw new Error(`matrix data: rows[${i}]: expected languages and regions`);
  });
  return v as MatrixData;
}

/** The matrix's filters, as its form gives them (empty or absent: no filter). */
export interface MatrixFilters {
  /** A language tag: keeps communities with it or a more specific tag of it. */
  lang?: string;
  /** An ISO 3166 code: a country keeps its subdivisions too. */
  area?: string;
  /** True: only communities whose block list has been read (published or partial), the others folded away. */
  published?: boolean;
}

/** True when a community of the matrix passes the language and region filters (the rules of the map's filters). */
function placeShown(row: Pick<MatrixDataRow, 'languages' | 'regions'>, filters: MatrixFilters): boolean {
  return (!filters.lang || row.languages.some((t) => languageMatches(t, filters.lang!))) && (!filters.area || row.regions.some((c) => areaMatches(c, filters.area!)));
}

/** True when a community of the matrix passes the filters. */
export function matrixRowShown(row: Pick<MatrixDataRow, 'languages' | 'regions' | 'list'>, filters: MatrixFilters): boolean {
  return placeShown(row, filters) && !(filters.published && row.list === 'unknown');
}

/**
 * How the filters split the matrix's communities: `shown`, the rows listed; `folded`, those the language and region
 * filters keep but "published lists only" hides (their list is unknown), counted in one summary row.
 */
export function matrixRowSplit(rows: readonly Pick<MatrixDataRow, 'languages' | 'regions' | 'list'>[], filters: MatrixFilters): { shown: number; folded: number } {
  let shown = 0;
  let folded = 0;
  for (const row of rows) {
    if (matrixRowShown(row, filters)) shown++;
    else if (placeShown(row, filters)) folded++;
  }
  return { shown, folded };
}

/** The columns of the matrix's download: the community, its list status, then one column a domain. */
export function matrixRowColumns(data: Pick<MatrixData, 'domains'>): string[] {
  return ['community', 'list', ...data.domains];
}

/** What a day other than the matrix's own needs: the cells' segments and the site-wide silence segments. */
export interface MatrixReplaySegments {
  /** `/data/matrix-as-of.json`. */
  history: Pick<MatrixHistory, 'cells'>;
  /** `/data/as-of.json`. */
  silence: { communities: Readonly<Record<string, StateSegments>> };
}

/**
 * The download's rows for `day`: one per community the filters keep, in the matrix's order, each domain's column
 * its state that day (`suspends`, `limits`, `reaches`, `unknown`), `itself` in its own column. With `months` (the
 * reader's period), a state not confirmed within it is `unknown`, as the page shows it. Throws when `day` is not the
 * matrix's own, or a period is given, and no segments are, so a download never silently holds other states.
 */
export function matrixRows(data: MatrixData, filters: MatrixFilters, day: string, replay?: MatrixReplaySegments, months?: number): Record<string, string>[] {
  if ((day !== data.day || months !== undefined) && replay === undefined) throw new Error(`matrix rows: ${day} needs the matrix's segments`);
  const now = reachMatrixOf(data);
  const matrix = day === data.day && months === undefined ? now : matrixOnDay(now, replay!.history, replay!.silence, day, months);
  const out: Record<string, string>[] = [];
  data.rows.forEach((r, i) => {
    if (!matrixRowShown(r, filters)) return;
    const row: Record<string, string> = { community: r.community, list: r.list };
    data.domains.forEach((domain, j) => {
      const state = matrix.cells[i]?.[j];
      row[domain] = state === null ? ITSELF : (state ?? 'unknown');
    });
    out.push(row);
  });
  return out;
}
