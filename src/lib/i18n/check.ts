/**
 * Comparing a language's catalogue with the default's: every key the default has, with the same placeholders,
 * and plural forms where the default has them; no key the default does not have. Each problem names its key, so
 * the test command's failure says exactly what to add. Used by tests/unit/locales.test.ts.
 */
import { isPlural, placeholders, type Catalogue, type Entry } from './translate.ts';

/** One difference between a catalogue and the default's. */
export interface CatalogueProblem {
  /** The key concerned. */
  key: string;
  /** What is wrong, in words. */
  problem: 'missing' | 'extra' | 'empty' | 'placeholders differ' | 'plural forms expected' | 'plural forms unexpected';
  /** Details (which placeholders). */
  detail?: string;
}

function texts(entry: Entry): string[] {
  return isPlural(entry) ? Object.values(entry).filter((v): v is string => typeof v === 'string') : [entry];
}

function placeholderSet(entry: Entry): string[] {
  return [...new Set(texts(entry).flatMap(placeholders))].sort();
}

/**
 * The problems of `other` against `base`, sorted by key.
 *
 * @param base The default language's catalogue (the reference).
 * @param other Another language's catalogue.
 */
export function compareCatalogues(base: Catalogue, other: Catalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const key of Object.keys(base)) {
    const ref = base[key] as Entry;
    if (!Object.prototype.hasOwnProperty.call(other, key)) {
      problems.push({ key, problem: 'missing' });
      continue;
    }
    const entry = other[key] as Entry;
    if (isPlural(ref) !== isPlural(entry)) {
      problems.push({ key, problem: isPlural(ref) ? 'plural forms expected' : 'plural forms unexpected' });
      continue;
    }
    if (texts(entry).some((t) => t.trim() === '')) problems.push({ key, problem: 'empty' });
    const want = placeholderSet(ref).join(', ');
    const got = placeholderSet(entry).join(', ');
    // A language may leave {count} out of a form (Welsh "un gweinydd"), never add or lose another placeholder.
    const wantNoCount = placeholderSet(ref).filter((p) => !(isPlural(ref) && p === 'count')).join(', ');
    const gotNoCount = placeholderSet(entry).filter((p) => !(isPlural(ref) && p === 'count')).join(', ');
    if (wantNoCount !== gotNoCount) problems.push({ key, problem: 'placeholders differ', detail: `expected {${want}}, found {${got}}` });
  }
  for (const key of Object.keys(other)) {
    if (!Object.prototype.hasOwnProperty.call(base, key)) problems.push({ key, problem: 'extra' });
  }
  return problems.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
