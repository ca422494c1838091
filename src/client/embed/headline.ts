/**
 * An embed's headline sentence (src/lib/press/embed-headline.ts) written into its heading: each state's clause in
 * its own element carrying the state and the count (`data-headline-state`, `data-count`). Text only.
 */
import { domainDisplay } from '../../lib/domain.ts';
import { reachHeadline } from '../../lib/press/embed-headline.ts';
import type { StateCounts } from '../../lib/reach/state.ts';
import { h, replaceChildren } from '../dom.ts';
import { dayWords, t } from '../page-words.ts';

/** The embed's heading, which the headline replaces. */
export const headlineElement = document.querySelector<HTMLElement>('[data-embed-headline]');

/** Writes what the curated communities do to `domain` on `day` into the heading, and the document's title. */
export function showReachHeadline(domain: string, day: string, counts: StateCounts): void {
  if (!headlineElement) return;
  const shown = domainDisplay(domain).text;
  const headline = reachHeadline(t, shown, dayWords(day), counts);
  replaceChildren(
    headlineElement,
    headline.start,
    ...headline.clauses.flatMap((c, i) => [headline.separators[i]!, h('span', { 'data-headline-state': c.state, 'data-count': c.count }, c.text)]),
    headline.end,
  );
  headlineElement.dataset.day = day;
  document.title = `${headlineElement.textContent ?? shown} · ${t('common.site-name')}`;
}

/** Writes a plain sentence into the heading (a view with no domain). */
export function showHeadlineText(text: string): void {
  if (headlineElement) headlineElement.textContent = text;
}
