/**
 * The day a domain page shows, at its top, written as one string for the domain page's markup (./domain-page-markup.ts;
 * the script that moves the page is src/client/as-of-replay.ts, which the page loads).
 * Rules for writing markup here: ./README.md.
 */
import type { PageI18n } from '../../i18n.ts';
import type { SilenceHistory } from '../../lib/map/as-of-history.ts';
import { shardPath } from '../../lib/map/reach-shard.ts';
import { REACH_STATES } from '../../lib/reach/state.ts';
import type { DateReplayModel } from '../../lib/views/date-replay.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';
import { actingRows } from './domain-rows.ts';
import { fold } from './row-words.ts';
import { replayControls } from './replay-controls-markup.ts';
import { stateCounts } from './state-counts-markup.ts';

/** What the replay section shows. */
export interface DateReplayProps {
  /** What the section shows (src/lib/views/date-replay.ts, computed once per domain, with its shard). */
  replay: DateReplayModel;
  /** The site-wide silence segments and the replay's range. */
  silence: SilenceHistory;
  /** The domain as sentences show it (Unicode). */
  shown: string;
}

/** The page's words and addresses the section needs. */
export type DateReplayWords = Pick<PageI18n, 't' | 'page' | 'asset' | 'date' | 'num' | 'locale' | 'dataLang'>;

/** The folded table of the communities that ever acted on the domain, each with its state on the day. */
function actingTable(replay: DateReplayModel, shown: string, day: string, w: DateReplayWords): Markup {
  const { t, date } = w;
  const count = replay.acting.length;
  const rows = actingRows(replay.acting, w);
  return fold(
    true,
    t('replay.acted-summary', { count, domain: shown }),
    html`<div class="table-scroll" role="region" aria-labelledby="as-of-caption" tabindex="0"><table data-as-of-table><caption id="as-of-caption">${t('replay.caption', { count, domain: shown })} <span data-as-of-day>${date(day)}</span></caption><thead><tr><th scope="col">${t('replay.col.community')}</th><th scope="col">${t('replay.col.state')}</th></tr></thead><tbody>${rows}</tbody></table></div>`,
  );
}

/**
 * The `<section class="as-of">` of a domain page: "As of <day>", the replay's controls, the day's counts in a
 * sentence announced politely and as a list, how many answers rest on an old confirmation, a note on how a past day
 * is replayed, and, folded, the acting communities (only when some community ever acted). Its `data-*` attributes
 * tell src/client/as-of-replay.ts where the domain's shard and the silence segments are.
 */
export function dateReplayMarkup(props: DateReplayProps, w: DateReplayWords): Markup {
  const { replay, silence, shown } = props;
  const { domain, counts, stale } = replay;
  const { t, page, asset, date } = w;
  const day = silence.day;
  const sentence = t('replay.status', { day: date(day), counts: REACH_STATES.map((s) => t(`replay.count.${s}`, { count: counts[s] })).join(', ') });
  const heading = html`<h2 id="as-of-heading">${t('replay.as-of')} <time${attr('datetime', day)} data-as-of-words>${date(day)}</time> <span class="secondary inline" data-as-of-latest>${t('replay.latest')}</span></h2>`;
  const controls = replayControls({ id: 'as-of', from: silence.from, day }, w);
  const list = stateCounts({ counts, label: t('replay.counts-label', { domain: shown }) }, w);
  const note = html`<p class="note">${t('replay.note', { domain: shown })} <a${attr('href', page('methodology/#as-of'))}>${t('replay.note.link')}</a>.</p>`;
  const acting = replay.acting.length > 0 && actingTable(replay, shown, day, w);
  return html`<section class="as-of" id="as-of" aria-labelledby="as-of-heading" data-as-of${attr('data-domain', domain)}${attr('data-domain-shown', shown)}${attr('data-server-base', page('servers/'))}${attr('data-day', day)}${attr('data-from', silence.from)}${attr('data-shard-url', asset(shardPath(domain)))}${attr('data-silence-url', asset('data/as-of.json'))}>${heading}${controls}<p class="as-of-status" role="status" aria-live="polite" data-as-of-status>${sentence}</p>${list}<p class="note" data-as-of-stale${attr('data-count', stale)}>${t('replay.stale', { count: stale })}</p>${note}${acting}</section>`;
}
