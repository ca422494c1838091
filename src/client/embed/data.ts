/**
 * Inside an embed: the data files it draws from, fetched from this site (never an HTML page): the silence segments (`/data/as-of.json`), the communities' names
 * (`/data/names.json`), and for the matrix `/data/matrix.json` and `/data/matrix-as-of.json`.
 */
import { withBase } from '../../lib/url.ts';
import { embedBase } from './view-url.ts';

/** A data file under the site's base, parsed; undefined when the site has no such file (HTTP 404). Throws on any other failure. */
export async function fetchData<T>(path: string): Promise<T | undefined> {
  const url = withBase(embedBase, path);
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A data file that must exist. */
export async function fetchRequired<T>(path: string): Promise<T> {
  const value = await fetchData<T>(path);
  if (value === undefined) throw new Error(`${path}: not found`);
  return value;
}
