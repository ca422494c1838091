/**
 * The domain look-up in words: what to do with a typed domain, and the plain sentence for a domain nobody acts
 * on. Pure, imports nothing heavy (it bundles to the browser): the reach answers come from the build.
 */
import { isWithin } from '../domain.ts';
import type { UnactedAnswer } from '../reach/absence-answer.ts';

/** The index the look-up reads (`data/domains.json`). */
export interface DomainIndex {
  /** The day the atlas's answers are about. */
  day: string;
  /** Every domain a curated community's decision names (each has a page), sorted. */
  acted: string[];
  /** Every curated server's domain, sorted. */
  curated: string[];
}

/** Where a typed (normalised) domain leads. */
export type LookupRoute =
  | { kind: 'page'; domain: string }
  | { kind: 'parent'; domain: string; parent: string; curated: boolean }
  | { kind: 'unacted'; domain: string; curated: boolean };

/**
 * Where `domain` leads: its own page when a decision names it; else, when a decision names a parent domain (which
 * covers it), that parent; else the plain answer for a domain nobody acts on.
 */
export function routeLookup(index: Pick<DomainIndex, 'acted' | 'curated'>, domain: string): LookupRoute {
  if (index.acted.includes(domain)) return { kind: 'page', domain };
  const curated = index.curated.includes(domain);
  let parent: string | undefined;
  for (const d of index.acted) if (d !== domain && isWithin(domain, d) && (parent === undefined || d.length > parent.length)) parent = d;
  return parent === undefined ? { kind: 'unacted', domain, curated } : { kind: 'parent', domain, parent, curated };
}

/**
 * The plain answer: "No curated community acts on example.org. 2 curated communities publish their lists and
 * reach it (as of 2026-11-26); 3 communities' lists are unknown or only partly known, so the atlas cannot say."
 */
export function unactedSentence(answer: UnactedAnswer): string {
  const n = answer.reaches.length;
  const m = answer.unknown.length;
  const span = answer.asOf;
  const asOf = span === undefined ? '' : span.from === span.to ? ` (as of ${span.to})` : ` (as of their lists' readings, ${span.from} to ${span.to})`;
  const reach = n === 1 ? `1 curated community publishes its list and reaches it${asOf}` : `${n} curated communities publish their lists and reach it${asOf}`;
  const unknown =
    m === 1 ? '1 community\'s list is unknown or only partly known, so the atlas cannot say for it' : `${m} communities' lists are unknown or only partly known, so the atlas cannot say for them`;
  return `No curated community acts on ${answer.domain}. ${reach}; ${unknown}.`;
}
