/**
 * The dataset's version and how to cite it. The version is the git commit the site was built from: the build
 * reads it (src/node/dataset-version.ts), an environment variable may override it, and it is "unknown" outside a
 * git checkout. Pure: the choice and the words; no process, no clock.
 */

/** The version shown when neither the override nor git gives one. */
export const UNKNOWN_VERSION = 'unknown';

/**
 * The dataset version: `override` when it is set (trimmed, non-empty), else the git commit when it looks like one
 * (7 to 64 hex digits; shortened to 12), else "unknown".
 */
export function resolveVersion(override: string | undefined, gitCommit: string | undefined): string {
  const o = override?.trim();
  if (o) return o;
  const g = gitCommit?.trim().toLowerCase();
  if (g && /^[0-9a-f]{7,64}$/.test(g)) return g.slice(0, 12);
  return UNKNOWN_VERSION;
}

/** What a citation names. */
export interface CitationInput {
  /** The dataset version (`resolveVersion`). */
  version: string;
  /** The data's date, "YYYY-MM-DD" (the atlas's as-of day). */
  day: string;
  /** The absolute URL of the /data/ page. */
  url: string;
}

/** A one-paragraph citation, as plain text. */
export function citationText({ version, day, url }: CitationInput): string {
  return `Federation Atlas curators (${day.slice(0, 4)}). Federation Atlas: community and language servers of the fediverse and their federation decisions [data set], version ${version}, data as of ${day}. Open Database License (ODbL) 1.0; server places from Fediverse Near Me by Jaz-Michael King (ODbL). ${url}`;
}

/** The same citation as a BibTeX @misc entry (braces in values are removed so the entry stays well formed). */
export function citationBibtex({ version, day, url }: CitationInput): string {
  const clean = (s: string) => s.replace(/[{}\\]/g, '');
  return [
    `@misc{federation_atlas_${day.replace(/-/g, '')},`,
    '  author = {{Federation Atlas curators}},',
    '  title = {Federation Atlas: community and language servers of the fediverse and their federation decisions},',
    `  year = {${day.slice(0, 4)}},`,
    `  version = {${clean(version)}},`,
    `  note = {Data as of ${day}. ODbL 1.0; server places from Fediverse Near Me (ODbL)},`,
    `  url = {${clean(url)}}`,
    '}',
  ].join('\n');
}
