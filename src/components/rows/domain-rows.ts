/**
 * The long lists of a domain page (`/domains/<domain>/`) written as one string each with `html`
 * (src/lib/html/markup.ts): the rows of each state's table, the dated list of decisions, and the replay's table of
 * acting communities. The same bytes the page's template and its components wrote, element by element: a domain acted
 * on by thousands of communities lists thousands of rows per language. The page keeps everything around them and words
 * them through `RowWords`.
 */
import { reasonText } from '../../lib/map/reach-shard.ts';
import type { ReachState } from '../../lib/reach/state.ts';
import type { DomainEvent, DomainStateSection } from '../../lib/views/domain-page.ts';
import { serverPath } from '../../lib/views/paths.ts';
import { sinceText } from '../../lib/views/words.ts';
import { attr, html, joinMarkup, type Markup } from '../../lib/html/markup.ts';
import { badgeWriter, evidenceWriter, type RowWords } from './row-words.ts';

/** What a state's table shows besides its rows: the domain, and the domain as sentences name it. */
export interface StateTable {
  /** The page's domain, as stored. */
  domain: string;
  /** The domain in sentences (Unicode). */
  shown: string;
  /** True when the domain is itself a curated server: each row says what it does back. */
  self: boolean;
}

/**
 * The rows of one state's table: the community (and its name), for suspends and limits the decision's dates and
 * evidence, the day a source last confirmed a known answer, why an unknown one is unknown, and what the domain
 * does back when it is curated.
 */
export function stateRows(section: Pick<DomainStateSection, 'state' | 'listed'>, table: StateTable, w: RowWords): Markup {
  const { t, date, page, dataLang } = w;
  const { state } = section;
  const acting = state === 'suspends' || state === 'limits';
  const label = {
    since: t('domain.col.since'),
    until: t('domain.col.until'),
    evidence: t('domain.col.evidence'),
    confirmed: t('domain.col.confirmed'),
    why: t('domain.col.why'),
    back: t('domain.col.back', { domain: table.shown }),
  };
  const none = t('domain.none-recorded');
  const original = t('domain.original');
  const or = t('reach.sentence.or');
  const evidence = evidenceWriter(w);
  const badge = badgeWriter(w);
  return joinMarkup(
    section.listed.map(({ entry: c, server, shown: name, evidence: ev }) => {
      const d = c.reach.decision;
      const named = server && server.name !== c.community && html`<span class="secondary" translate="no">${server.name}</span>`;
      const community = html`<th scope="row" class="domain-cell"><a${attr('href', page(serverPath(c.community)))} translate="no"${attr('title', name.title)}>${name.text}</a> ${named}</th>`;
      let decision: Markup | undefined;
      if (acting && d) {
        const via = d.domain !== undefined && d.domain !== table.domain && html`<span class="secondary">${t('domain.by-decision-on', { domain: d.domain })}</span>`;
        const quoted = d.original && html`<span class="secondary"><span${attr('lang', dataLang)} translate="no">“${d.original}”</span> ${original}</span>`;
        const since = html`<td class="nowrap"${attr('data-label', label.since)}>${sinceText(d.since, t, date)} ${via} ${quoted}</td>`;
        const until = html`<td class="nowrap"${attr('data-label', label.until)}>${d.until ? date(d.until) : '—'}</td>`;
        decision = html`${since}${until}<td${attr('data-label', label.evidence)}>${ev ? evidence(ev) : none}</td>`;
      }
      const when = c.reach.confirmed;
      const confirmed = state !== 'unknown' && html`<td class="nowrap"${attr('data-confirmed', when)}${attr('data-label', label.confirmed)}>${when ? date(when) : '—'}</td>`;
      let why: Markup | undefined;
      if (state === 'unknown') {
        const depending = c.reach.possible.length < 3 && html`<span class="secondary">${t('domain.depending', { states: c.reach.possible.map((s) => t(`labels.state.${s}`).toLowerCase()).join(or) })}</span>`;
        why = html`<td${attr('data-label', label.why)}>${reasonText(c.reach.reason, t)}${depending}</td>`;
      }
      const back = table.self && html`<td${attr('data-label', label.back)}>${c.back ? badge(c.back.state) : '—'}</td>`;
      return html`<tr>${community}${decision}${confirmed}${why}${back}</tr>`;
    }),
  );
}

/**
 * The items of the dated list: the day, the community (and its name), what it did to the domain (or to a parent
 * domain, and so to this one), the decision's comment, and its evidence or, for a lift, the source of the lift.
 */
export function datedItems(events: readonly DomainEvent[], shown: string, w: RowWords): Markup {
  const { t, date, page, dataLang } = w;
  const verbs = {
    since: { suspend: t('domain.verb.suspends'), silence: t('domain.verb.limits') },
    until: { suspend: t('domain.verb.lifts-suspension'), silence: t('domain.verb.lifts-limit') },
  } as const;
  const lifted = t('domain.lifted-evidence');
  const evidence = evidenceWriter(w);
  return joinMarkup(
    events.map((e) => {
      const when = e.kind === 'since' ? sinceText(e.decision.since, t, date) : date(e.decision.until!);
      const source = e.liftedEvidence
        ? html` · <span data-lifted-evidence>${lifted} ${evidence(e.liftedEvidence)}</span>`
        : e.evidence && html` · ${evidence(e.evidence)}`;
      const named = e.name && html`<span translate="no"> (${e.name})</span>`;
      const what = e.on ? t('domain.and-so', { on: e.on, domain: shown }) : shown;
      const comment = e.kind === 'since' && e.decision.comment && html`<blockquote class="comment"${attr('lang', dataLang)}>“${e.decision.comment}”</blockquote>`;
      const who = html`<a${attr('href', page(serverPath(e.community)))} translate="no">${e.community}</a>`;
      return html`<li><strong class="nowrap">${when}</strong>: ${who}${named} ${verbs[e.kind][e.decision.severity]} ${what}${comment}${source}</li>`;
    }),
  );
}

/** The rows of the replay's table of acting communities: each one's server page and its state on the day shown. */
export function actingRows(acting: readonly { community: string; state: ReachState }[], w: RowWords): Markup {
  const badge = badgeWriter(w);
  return joinMarkup(
    acting.map(({ community: c, state }) => html`<tr${attr('data-as-of-row', c)}><th scope="row"><a${attr('href', w.page(serverPath(c)))} translate="no">${c}</a></th><td data-as-of-state>${badge(state)}</td></tr>`),
  );
}
