/**
 * Inside an embed: which domain or filters it shows (from the query, through decodeViewState) and the URL of the
 * same view on the full site, which the credit's links open in the host's window.
 */
import { decodeViewState, encodeViewState, type ViewState } from '../../lib/view-state.ts';
import { withBase } from '../../lib/url.ts';
import { domainPath } from '../../lib/views/paths.ts';

/** The embed's root element, carrying its view and the site's base. */
export const embedRoot = document.querySelector<HTMLElement>('[data-embed-root]');

/** The site's base path ("/" or "/atlas/"). */
export const embedBase = embedRoot?.dataset.base ?? '/';

/** Where the embed's language's pages live: the base, plus "cy/" in a Welsh embed. */
export const embedPageBase = embedRoot?.dataset.pageBase ?? embedBase;

/** The view state in this frame's query. */
export function embedState(): ViewState {
  return decodeViewState(location.search);
}

/** The domain a reach or timeline embed shows: the query's, else the page's default. */
export function embedDomain(): string | undefined {
  return embedState().domain ?? document.querySelector<HTMLElement>('[data-default-domain]')?.dataset.defaultDomain;
}

/** True when the embed's address asked for the full table below its view (`&table=1`), as it was loaded (table-flag.ts). */
export function embedWantsTable(): boolean {
  return document.documentElement.hasAttribute('data-embed-table-asked') || new URLSearchParams(location.search).get('table') === '1';
}

/** The full view's URL for this embed. */
export function fullViewUrl(): string {
  const view = embedRoot?.dataset.embedView;
  const query = encodeViewState(embedState());
  const domain = embedDomain();
  const { date: day, confirmed } = embedState();
  const dayQuery = encodeViewState({ ...(day ? { date: day } : {}), ...(confirmed !== undefined ? { confirmed } : {}) });
  const date = view === 'reach' && dayQuery ? `?${dayQuery}` : '';
  if ((view === 'reach' || view === 'timeline') && domain) return withBase(embedPageBase, `${domainPath(domain)}${date}#${view === 'reach' ? 'now' : 'timeline'}`);
  if (view === 'matrix') return withBase(embedPageBase, `graph/matrix/${query ? `?${query}` : ''}`);
  return withBase(embedPageBase, query ? `?${query}` : '');
}
