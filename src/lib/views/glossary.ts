/**
 * The glossary's terms, in the order the page lists them: each is a key of the `glossary` catalogue
 * (`glossary.term.<id>`, `glossary.def.<id>`) and the id of its entry on `/glossary/`, so pages can link to one.
 */

/** Every term of the glossary, in reading order (from the network down to the words of a single row). */
export const GLOSSARY_TERMS = ['fediverse', 'server', 'community', 'block-list', 'suspend', 'limit', 'reach', 'unknown', 'domain', 'evidence', 'on-or-before'] as const;

/** A term of the glossary. */
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** The glossary page's path (language-free, for `page()`), at one term's entry when `term` is given. */
export function glossaryPath(term?: GlossaryTerm): string {
  return term ? `glossary/#${term}` : 'glossary/';
}
