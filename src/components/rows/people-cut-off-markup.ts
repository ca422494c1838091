/**
 * People cut off from a domain, written as one string for the domain page's markup (./domain-page-markup.ts). Rules for writing markup here: ./README.md.
 */
import type { PageI18n } from '../../i18n.ts';
import { stateWords } from '../../lib/map/reach-shard.ts';
import { PEOPLE_HEADLINE_MAX_AGE_DAYS, PEOPLE_HEADLINE_MIN_COVERAGE, type PeopleCutOff } from '../../lib/reach/people.ts';
import { serverPath } from '../../lib/views/paths.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';
import { stateBadge } from './row-words.ts';

/** What the section shows. */
export interface PeopleCutOffProps {
  /** The domain. */
  domain: string;
  /** The day the states are for. */
  day: string;
  /** The share of accounts cut off on the day, from every community's state and the sizes (`peopleCutOff`). */
  people: PeopleCutOff;
}

/** The page's words the section needs. */
export type PeopleWords = Pick<PageI18n, 't' | 'page' | 'num' | 'percent' | 'date'>;

/** The shares as a headline: the accounts counted, the share suspending and limiting in bold, the rest after. */
function headline(props: PeopleCutOffProps, span: string, w: PeopleWords): Markup {
  const { domain, day, people: r } = props;
  const { t, num, percent, date } = w;
  const { suspends, limits, reaches, unknown } = r.byState;
  const first = t('reach.people.summary-1', { accounts: num(r.accounts), communities: t('reach.curated-communities', { count: r.sized.length }) });
  const second = t('reach.people.summary-2', { accounts: num(suspends.accounts), domain });
  const third = t('reach.people.summary-3', { accounts: num(limits.accounts), day: date(day), reaches: percent(reaches.share), unknown: percent(unknown.share) });
  return html`<p data-people-summary data-people-show="headline">${first} <strong>${percent(suspends.share)}</strong> ${second} <strong>${percent(limits.share)}</strong> ${third} <span data-people-unknown>${t('reach.people.unknown', { count: r.unknownSize })}</span></p><p class="note">${t('reach.people.note', { span })}</p>`;
}

/** The shares inside a caveated note: on how many communities, from which sources and days they rest, and why. */
function note(props: PeopleCutOffProps, counted: string, w: PeopleWords): Markup {
  const { domain, day, people: r } = props;
  const { t, page, num, percent, date } = w;
  const { suspends, limits, reaches, unknown } = r.byState;
  const whyVars = { share: percent(r.communities === 0 ? 0 : r.sized.length / r.communities), days: num(PEOPLE_HEADLINE_MAX_AGE_DAYS), day: date(day) };
  const few = r.why.includes('few-sizes');
  const old = r.why.includes('old-sizes');
  const why = few && old ? t('reach.people.why.both', whyVars) : few ? t('reach.people.why.few-sizes', whyVars) : t('reach.people.why.old-sizes', whyVars);
  const basedOn = t('reach.people.based-on', {
    known: num(r.sized.length),
    communities: t('reach.curated-communities', { count: r.communities }),
    sources: r.sources.join(', '),
    counted,
    accounts: num(r.accounts),
    suspends: percent(suspends.share),
    limits: percent(limits.share),
    reaches: percent(reaches.share),
    unknown: percent(unknown.share),
    domain,
    day: date(day),
  });
  const caveat = t('reach.people.caveat', { why, min: percent(PEOPLE_HEADLINE_MIN_COVERAGE), days: num(PEOPLE_HEADLINE_MAX_AGE_DAYS) });
  return html`<p data-people-summary data-people-show="note">${basedOn} <span data-people-unknown>${t('reach.people.unknown', { count: r.unknownSize })}</span></p><p class="note"${attr('data-people-why', r.why.join(' '))}>${caveat} <a${attr('href', page('methodology/#people'))}>${t('reach.people.how')}</a>.</p>`;
}

/** The table of the communities of known size: each one's accounts, the day counted, the source and its state. */
function sizedTable(props: PeopleCutOffProps, w: PeopleWords): Markup {
  const { t, page, num, date } = w;
  const words = stateWords(t);
  const col = { accounts: t('reach.people.col.accounts'), counted: t('reach.people.col.counted'), source: t('reach.people.col.source'), does: t('reach.people.col.does') };
  const rows = props.people.sized.map(
    (s) =>
      html`<tr><th scope="row"><a${attr('href', page(serverPath(s.community)))} translate="no">${s.community}</a></th><td${attr('data-label', col.accounts)} class="num">${num(s.total)}</td><td${attr('data-label', col.counted)} class="nowrap">${date(s.counted)}</td><td${attr('data-label', col.source)}><a${attr('href', s.url)} rel="noopener" translate="no">${new URL(s.url).hostname}</a></td><td${attr('data-label', col.does)}>${stateBadge(s.state, words[s.state])}</td></tr>`,
  );
  return html`<div class="table-scroll" role="region" aria-labelledby="people-caption" tabindex="0"><table class="stack-table" data-people-table><caption id="people-caption">${t('reach.people.caption', { domain: props.domain })}</caption><thead><tr><th scope="col">${t('reach.people.col.community')}</th><th scope="col">${col.accounts}</th><th scope="col">${col.counted}</th><th scope="col">${col.source}</th><th scope="col">${col.does}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * The "People cut off" heading and what follows it: a sentence when no community's size is known; else the shares,
 * as a headline (in bold) when `people.show` allows it or inside a caveated note that says why not, and the table
 * of the communities of known size. The states are the page's "now".
 */
export function peopleCutOffMarkup(props: PeopleCutOffProps, w: PeopleWords): Markup {
  const { domain, people: r } = props;
  const { t, date } = w;
  const heading = html`<h2 id="people">${t('reach.people.heading')}</h2>`;
  if (r.sized.length === 0) return html`${heading}<p data-people-none>${t('reach.people.none', { domain, count: r.unknownSize })}</p>`;
  const from = date(r.countedFrom ?? '');
  const to = date(r.countedTo ?? '');
  const shares =
    r.show === 'headline'
      ? headline(props, r.countedFrom === r.countedTo ? from : t('reach.people.span', { from, to }), w)
      : note(props, r.countedFrom === r.countedTo ? t('reach.people.counted-on', { date: from }) : t('reach.people.counted-span', { from, to }), w);
  return html`${heading}${shares}${sizedTable(props, w)}`;
}
