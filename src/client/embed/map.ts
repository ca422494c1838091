/**
 * The map embed's headline and table: for a domain (`?domain=`), what the curated communities do to it on the day
 * shown, from its data files (src/client/embed/domain-day.ts, the domain page's look-up); the list view below the
 * map only when the address asks for it (`&table=1`). The map itself is src/client/atlas-map.ts.
 */
import { t } from '../page-words.ts';
import { loadDomainDay } from './domain-day.ts';
import { showReachHeadline } from './headline.ts';
import { ready, say } from './status.ts';
import { embedState, embedWantsTable } from './view-url.ts';

async function run(): Promise<void> {
  const table = document.querySelector<HTMLElement>('[data-embed-table]');
  if (table && embedWantsTable()) table.hidden = false;
  const domain = embedState().domain;
  if (domain) {
    const data = await loadDomainDay(domain);
    if (data) showReachHeadline(domain, data.day, data.counts);
  }
  ready();
}

run().catch((error: unknown) => {
  say(t('embed.failed'));
  console.error(error);
});
