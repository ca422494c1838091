/**
 * The domain look-up in words: what to do with a typed domain, and the plain sentence for a domain nobody acts
 * on. Pure, imports nothing heavy (it bundles to the browser): the reach answers come from the build.
 */
import { isWithin } from '../domain.ts';
import type { UnactedAnswer } from '../reach/absence-answer.ts';
import type { Translate } from '../i18n/translate.ts';

/** The index the look-up reads (`data/domains.json`). */
export interface DomainIndex {
  /** The day the atlas's answers are about. */
  day: string;
  /** Every domain a curated community's decision names (each has a page), sorted. */
  acted: string[];
  /** Every curated server's domain, sorted. */
  curated: string[];
  /**
   * Present only when some acted-on domains have no page (a very large dataset, see page-budget.ts): the ones
   * that have one, sorted.
   */
  paged?: string[];
  /** With `paged`: how many communities must act on a domain for it to have a page. */
  minActing?: number;
}

/** Where a typed (normalised) domain leads. */
export type LookupRoute =
  | { kind: 'page'; domain: string }
  | { kind: 'unpaged'; domain: string; curated: boolean; minActing: number }
  | { kind: 'parent'; domain: string; parent: string; curated: boolean; parentPage: boolean }
  | { kind: 'unacted'; domain: string; curated: boolean };

/**
 * Where `domain` leads: its own page when a decision names it (or, when it has no page in a very large dataset,
 * a sentence saying so); else, when a decision names a parent domain (which covers it), that parent; else the
 * plain answer for a domain nobody acts on.
 */
export function routeLookup(index: Pick<DomainIndex, 'acted' | 'curated' | 'paged' | 'minActing'>, domain: string): LookupRoute {
  const hasPage = (d: string) => index.paged === undefined || index.paged.includes(d);
  const curated = index.curated.includes(domain);
  if (index.acted.includes(domain)) return hasPage(domain) ? { kind: 'page', domain } : { kind: 'unpaged', domain, curated, minActing: index.minActing ?? 1 };
  let parent: string | undefined;
  for (const d of index.acted) if (d !== domain && isWithin(domain, d) && (parent === undefined || d.length > parent.length)) parent = d;
  return parent === undefined ? { kind: 'unacted', domain, curated } : { kind: 'parent', domain, parent, curated, parentPage: hasPage(parent) };
}

/** The sentence for an acted-on domain without a page of its own (a very large dataset), in the language of `t`. */
export function unpagedSentence(domain: string, minActing: number, t: Translate): string {
  return t('lookup.unpaged', { domain, count: minActing });
}

/**
 * The plain answer, in the language of `t`: "No curated community acts on example.org. 2 curated communities
 * publish their lists and reach it (as of 2026-11-26); 3 communities' lists are unknown or only partly known, so
 * the atlas cannot say for them."
 */
export function unactedSentence(answer: UnactedAnswer, t: Translate): string {
  const span = answer.confirmed;
  const asOf = span === undefined ? '' : span.from === span.to ? t('lookup.as-of', { date: span.to }) : t('lookup.as-of-span', { from: span.from, to: span.to });
  const reach = t('lookup.reach', { count: answer.reaches.length, asOf });
  const unknown = t('lookup.unknown', { count: answer.unknown.length });
  return t('lookup.unacted', { domain: answer.domain, reach, unknown });
}
