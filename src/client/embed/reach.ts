/**
 * The reach embed (`/embed/reach/?domain=D&date=…&confirmed=…`): the headline sentence, the focused graph of the
 * day, and with `&table=1` every community's answer in tables (src/client/day-tables.ts, as the domain page writes
 * them for a day), all from the domain's data files (src/client/embed/domain-day.ts), never from a page.
 */
import { domainDisplay } from '../../lib/domain.ts';
import { dayTables } from '../day-tables.ts';
import { h, replaceChildren } from '../dom.ts';
import { dayWords, t } from '../page-words.ts';
import { loadDomainDay } from './domain-day.ts';
import { focusedGraphFigure } from './focused-graph.ts';
import { showReachHeadline } from './headline.ts';
import { linksToTop, ready, say } from './status.ts';
import { embedDomain, embedPageBase, embedWantsTable } from './view-url.ts';
import { withBase } from '../../lib/url.ts';

async function run(): Promise<void> {
  const domain = embedDomain();
  if (!domain) return say(t('embed.no-domain'));
  const data = await loadDomainDay(domain);
  if (!data) return say(t('embed.no-decisions', { domain }));
  const { shard, names, day, answers, counts } = data;
  const shown = domainDisplay(domain).text;
  showReachHeadline(domain, day, counts);
  const acting = counts.suspends + counts.limits;
  const title = t('embed.graph-title', { domain: shown, communities: t('reach.communities', { count: acting }), day: dayWords(day) });
  const view = document.querySelector<HTMLElement>('[data-embed-view-slot]');
  if (view) replaceChildren(view, focusedGraphFigure(domain, day, answers, names, shard.self !== undefined, title, view.clientWidth));
  const table = document.querySelector<HTMLElement>('[data-embed-table]');
  if (table && embedWantsTable()) {
    replaceChildren(table, h('h2', {}, t('embed.table.heading')), dayTables(answers, { domain: shown, serverBase: withBase(embedPageBase, 'servers/') }));
    linksToTop(table);
    table.hidden = false;
  }
  ready();
}

run().catch((error: unknown) => {
  say(t('embed.failed'));
  console.error(error);
});
