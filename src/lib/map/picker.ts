/** The domains offered by the map's "reach of a domain" picker, in the order offered. */
import type { Translate } from '../i18n/translate.ts';
import type { ActedOn } from '../reach/index.ts';

/** Domains offered first when some curated server acts on them: the questions readers come with. */
export const FEATURED_DOMAINS: readonly string[] = ['threads.net'];

/**
 * The picker's domains: the featured ones some server acts on (in `featured` order), then the rest as the reach
 * model orders them (most acted on first, then by domain).
 */
export function pickerDomains(actedOn: readonly ActedOn[], featured: readonly string[] = FEATURED_DOMAINS): ActedOn[] {
  const first = featured.flatMap((domain) => actedOn.filter((a) => a.domain === domain));
  return [...first, ...actedOn.filter((a) => !featured.includes(a.domain))];
}

/**
 * The option's words in the interface language of `t`: "threads.net (suspended by 1, limited by 2)",
 * "example.com (no decision in force)".
 */
export function pickerLabel(a: ActedOn, t: Translate): string {
  const parts = [a.suspends > 0 ? t('map.picker.suspended-by', { count: a.suspends }) : '', a.limits > 0 ? t('map.picker.limited-by', { count: a.limits }) : '']
    .filter(Boolean)
    .join(', ');
  return t('map.picker.option', { domain: a.domain, parts: parts || t('map.picker.no-decision') });
}
