/**
 * The site's paths for each kind of page, relative to the base (pass them through `withBase`). One place, so a
 * link and the page it points at never disagree.
 */
import type { GraphNode } from '../graph/types.ts';

/**
 * The page whose list holds every server's row (`#server-…`), as other pages link to it: the list's own page when
 * the home page does not hold the list (`list/`), else the home page. The tray's own page links there, and the home
 * page's script points those links back at its rows: one answer, so the two never disagree.
 */
export function rowsPagePath(listInPage: boolean): string {
  return listInPage ? '/' : listPath();
}

/** Every server with no pin on a page of its own, when the home page's tray holds only the first (lib/map/tray-page.ts): `tray/`. */
export function trayPath(): string {
  return 'tray/';
}

/** A curated server's page: `servers/toot.wales/`. */
export function serverPath(domain: string): string {
  return `servers/${domain}/`;
}

/** Every curated server's row on a page of its own, when the home page's list is too long to hold (lib/map/list-page.ts): `list/`. */
export function listPath(): string {
  return 'list/';
}

/** The page of a domain some community acts on: `domains/threads.net/`. */
export function domainPath(domain: string): string {
  return `domains/${domain}/`;
}

/** A language's page: `languages/cy/`. */
export function languagePath(tag: string): string {
  return `languages/${tag}/`;
}

/** A country's or subdivision's page: `regions/GB/`, `regions/GB-WLS/`. */
export function regionPath(code: string): string {
  return `regions/${code}/`;
}

/** The full graph with at least `n` communities acting on each domain shown: `graph/` for the default, else `graph/min-2/`. */
export function fullGraphPath(n: number, defaultN: number): string {
  return n === defaultN ? 'graph/' : `graph/min-${n}/`;
}

/** The tables of a full-graph variant, on a page of their own: `graph/tables/` for the default, else `graph/min-2/tables/`. */
export function fullGraphTablesPath(n: number, defaultN: number): string {
  return `${fullGraphPath(n, defaultN)}tables/`;
}

/** The data file of a full-graph variant: `data/graph/min-1.json`. */
export function fullGraphDataPath(n: number): string {
  return `data/graph/min-${n}.json`;
}

/** The edges' spans over time of a full-graph variant, for its as-of replay: `data/graph/spans/min-1.json`. */
export function fullGraphSpansPath(n: number): string {
  return `data/graph/spans/min-${n}.json`;
}

/** The page a graph node links to: a curated community's server page, or the page of a domain acted on. */
export function nodePath(node: Pick<GraphNode, 'id' | 'kind'>): string {
  return node.kind === 'community' ? serverPath(node.id) : domainPath(node.id);
}

/**
 * The one page listing the communities unknown towards every domain they have no decision on (their block list is
 * unpublished or partial): `servers/unpublished/`. A curated server's domain always has a dot, so it never
 * clashes with `servers/<domain>/`.
 */
export const UNPUBLISHED_PATH = 'servers/unpublished/';

/** The language-free file of those communities (listed on `servers/unpublished/`). */
export const UNKNOWN_EVERYWHERE_DATA_PATH = 'data/unknown-everywhere.json';

/** The language-free file of every curated community's name by domain, which a domain page's download fetches. */
export const NAMES_DATA_PATH = 'data/names.json';

/** The matrix as built (`MatrixData`, src/lib/press/matrix-rows.ts) as a data file, under the site's root: the matrix embed draws from it. */
export const MATRIX_DATA_PATH = 'data/matrix.json';
