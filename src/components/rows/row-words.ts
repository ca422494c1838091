/**
 * What the rows written as strings (./server-rows.ts, ./domain-rows.ts) share: the page's words and addresses, and
 * the markup they all write: an evidence link, a state's badge (`components/StateBadge.astro` is `stateBadge`'s markup).
 */
import type { Translate } from '../../lib/i18n/translate.ts';
import { stateWords, type ShownState } from '../../lib/map/reach-shard.ts';
import type { ReachState } from '../../lib/reach/state.ts';
import type { Evidence } from '../../lib/schema/evidence.ts';
import { evidenceWords, httpsUrl } from '../../lib/views/words.ts';
import { domainDisplay } from '../../lib/domain.ts';
import { listStatusWords, type ListStatus } from '../../lib/labels.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';

/** The page's words and addresses, in its language. */
export interface RowWords {
  /** The page's translator. */
  t: Translate;
  /** A day ("2025-01-19") as the page writes it. */
  date: (iso: string) => string;
  /** A language-free site path as the page links it (its language's prefix, the site's base). */
  page: (path: string) => string;
  /** The language of the data's own words (comments), for their `lang`. */
  dataLang: string | undefined;
}

/**
 * An evidence link's markup: the words before it (`evidenceWords`), the link (or the URL as text when it is not
 * plain https), the words after it. Memoised per table: most rows of a long table share
 * their server's list as evidence.
 */
export function evidenceWriter(w: RowWords): (ev: Evidence & { fromList?: boolean }) => Markup {
  const made = new Map<string, Markup>();
  return (ev) => {
    const key = `${ev.fromList === true ? 1 : 0}${ev.kind ?? ''}\u0000${ev.retrieved}\u0000${ev.url}`;
    let markup = made.get(key);
    if (markup === undefined) {
      const words = evidenceWords(ev, w.t, w.date);
      const href = httpsUrl(ev.url);
      const link = href ? html`<a${attr('href', href)} rel="noopener">${words.text}</a>` : html`<span>${ev.url}</span>`;
      markup = html`<span class="evidence" data-evidence${attr('data-evidence-kind', ev.kind)}>${words.lead}${link} <span class="secondary">${words.trail}</span></span>`;
      made.set(key, markup);
    }
    return markup;
  };
}

/**
 * A state's badge (`components/StateBadge.astro` is this markup): its glyph (hidden from screen readers) and its
 * label, so colour is never the only signal.
 */
export function stateBadge(state: ShownState, words: { glyph: string; label: string }): Markup {
  return html`<span${attr('class', `state state-${state}`)}${attr('data-state', state)}><span class="state-glyph" aria-hidden="true">${words.glyph}</span>${words.label}</span>`;
}

/** Each state's badge, written once per table. */
export function badgeWriter(w: RowWords): (state: ReachState) => Markup {
  const words = stateWords(w.t);
  const made = new Map<ReachState, Markup>();
  return (state) => {
    let badge = made.get(state);
    if (badge === undefined) made.set(state, (badge = stateBadge(state, words[state])));
    return badge;
  };
}

/**
 * A domain as `components/DomainName.astro` writes it (that component is this function's markup): in Unicode, its
 * stored ASCII form in a title for hover, never translated; a link when `href` is given.
 */
export function domainName(domain: string, href?: string, rel?: string): Markup {
  const shown = domainDisplay(domain);
  return href
    ? html`<a${attr('href', href)}${attr('rel', rel)} translate="no"${attr('title', shown.title)}>${shown.text}</a>`
    : html`<span translate="no"${attr('title', shown.title)}>${shown.text}</span>`;
}

/** A block-list status as `components/ListStatusBadge.astro` writes it (its markup is this function's): a shape and a word. */
export function listStatusBadge(status: ListStatus, t: Translate): Markup {
  const words = listStatusWords(t)[status];
  return html`<span${attr('class', `status status-${status}`)}><span aria-hidden="true">${words.mark}</span>${words.label}</span>`;
}

/**
 * `inner` in a closed <details class="fold"> with `summary` when `when` is true, else as it is: how a server or domain
 * page folds a long table, so its facts, timeline and graph stay near the top (opened by a click, Enter, or
 * find-in-page).
 */
export function fold(when: boolean, summary: string, inner: Markup): Markup {
  return when ? html`<details class="fold"><summary>${summary}</summary>${inner}</details>` : inner;
}
