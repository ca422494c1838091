/**
 * A domain page (`/domains/<domain>/`) written as one string: everything between the layout's header and footer, and
 * the words of its head. The page's template hands this markup to Astro, and beyond 200 paged domains the
 * build writes every domain page but the first from it without Astro (src/components/domain-pages-after-build.ts):
 * the same function writes both, so the two can never differ. What the page shows is the atlas's
 * `domainPageParts(domain)` (src/lib/views/domain-page.ts): the reach model's answers on the atlas's day, its replay,
 * timeline and focused graph; this module only puts words and markup on it. Rules for writing markup here: ./README.md.
 */
import type { PageI18n } from '../../i18n.ts';
import { domainDisplay } from '../../lib/domain.ts';
import { listStatusWords } from '../../lib/labels.ts';
import { shardPath, STATE_GLYPHS } from '../../lib/map/reach-shard.ts';
import { domainFeedPath, domainOgPath } from '../../lib/press/urls.ts';
import type { ReachState } from '../../lib/reach/state.ts';
import { PAGE_SIZE } from '../../lib/table-page.ts';
import type { DomainPageParts, DomainStateSection } from '../../lib/views/domain-page.ts';
import { glossaryPath } from '../../lib/views/glossary.ts';
import { serverPath, UNPUBLISHED_PATH } from '../../lib/views/paths.ts';
import type { PageHeadProps } from '../../lib/html/page-head.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';
import { dateReplayMarkup } from './date-replay-markup.ts';
import { datedItems, stateRows, type StateTable } from './domain-rows.ts';
import { focusedGraphMarkup } from './focused-graph-markup.ts';
import { peopleCutOffMarkup } from './people-cut-off-markup.ts';
import { pressToolsMarkup } from './press-tools-markup.ts';
import { badgeWriter, domainName, fold } from './row-words.ts';
import { tablePager } from './table-pager-markup.ts';
import { timelineChartMarkup } from './timeline-chart-markup.ts';

/** The page's words and addresses in its language, and the site's base path (the press tools' embed snippets). */
export type DomainPageWords = Pick<PageI18n, 't' | 'page' | 'asset' | 'date' | 'num' | 'percent' | 'locale' | 'dataLang'> & {
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base: string;
};

/** A state's table longer than this starts folded (<details>), so the timeline and graph stay near the top. */
export const COLLAPSE_ABOVE = 25;

/** What a domain page's head says (the layout's `title`, `description`, `image`, `imageAlt` and `feed`). */
export function domainPageHead(parts: Pick<DomainPageParts, 'domain' | 'model' | 'day'>, w: Pick<PageI18n, 't' | 'date'>): PageHeadProps & { title: string } {
  const { domain, model, day } = parts;
  const { t, date } = w;
  const shown = domainDisplay(domain).text;
  const { counts } = model.now;
  return {
    title: t('domain.title', { domain: shown }),
    description: t('domain.description', { domain: shown }),
    image: model.hasCard ? domainOgPath(domain) : undefined,
    imageAlt: model.hasCard ? t('domain.image-alt', { domain: shown, suspends: counts.suspends, limits: counts.limits, reaches: counts.reaches, unknown: counts.unknown, day: date(day) }) : undefined,
    feed: { path: domainFeedPath(domain), title: t('domain.feed-title', { domain: shown }) },
  };
}

/** The top of the page: where it is, its heading, its lede, and what the domain is when it is a curated server. */
function intro(parts: DomainPageParts, shown: string, w: DomainPageWords): Markup {
  const { domain, model } = parts;
  const { self, now } = model;
  const { t, page } = w;
  const selfLine =
    self &&
    html`<p>${t('domain.self.before', { domain: shown })} <a${attr('href', page(serverPath(domain)))} translate="no">${self.name}</a>${t('domain.self.after', { status: listStatusWords(t)[self.blocklist.status].label.toLowerCase() })}</p>`;
  const name = domainName(domain);
  return html`<p class="crumbs"><a${attr('href', page('domains/'))}>${t('common.nav.domains')}</a> › ${name}</p><h1>${name}</h1><p class="lede">${t('domain.lede', { communities: t('reach.curated-communities', { count: now.communities.length }), domain: shown })} <a class="glossary-link"${attr('href', page(glossaryPath()))}>${t('glossary.link')}</a></p>${selfLine}`;
}

/** The bar of embeds and downloads: the graph and the timeline as images, the rows of the day shown, two embeds. */
function press(domain: string, shown: string, w: DomainPageWords): Markup {
  const { t } = w;
  return pressToolsMarkup(
    {
      id: 'domain-press',
      name: `${domain}-reach`,
      images: [
        { selector: "svg[data-subgraph='domain-graph']", title: t('press.print.domain-graph-title', { domain: shown }), legend: 'graph' },
        {
          selector: 'svg.timeline-chart',
          title: t('press.print.timeline-title', { domain: shown }),
          legend: 'timeline',
          day: 'latest',
          file: '-timeline',
          labels: { svg: t('press.download.timeline-svg'), png: t('press.download.timeline-png') },
        },
      ],
      shard: { domain },
      embeds: [
        { view: 'reach', label: t('domain.embed.reach-label', { domain: shown }), query: `domain=${domain}`, title: t('domain.embed.reach-title', { domain: shown }) },
        { view: 'timeline', label: t('domain.embed.timeline-label', { domain: shown }), query: `domain=${domain}`, title: t('domain.embed.timeline-title', { domain: shown }) },
      ],
    },
    w,
  );
}

/** What every state's section of a page shares, made once per page. */
interface Sections {
  /** What the page shows. */
  parts: DomainPageParts;
  /** The domain in sentences (Unicode). */
  shown: string;
  /** Each state's heading. */
  headings: Record<ReachState, string>;
  /** Each state's badge. */
  badge: (state: ReachState) => Markup;
  /** What each state's table shows besides its rows. */
  table: StateTable;
}

/** What every state's section of `parts.domain`'s page shares. */
function sectionsOf(parts: DomainPageParts, shown: string, w: DomainPageWords): Sections {
  const { t } = w;
  const headings: Record<ReachState, string> = {
    suspends: t('domain.heading.suspends', { domain: shown }),
    limits: t('domain.heading.limits', { domain: shown }),
    reaches: t('domain.heading.reaches', { domain: shown }),
    unknown: t('domain.heading.unknown'),
  };
  return { parts, shown, headings, badge: badgeWriter(w), table: { domain: parts.domain, shown, self: parts.model.self !== undefined } };
}

/** One state's section: its heading and count, its note, and its table (folded when long, paged when longer). */
function stateSection(section: DomainStateSection, page: Sections, w: DomainPageWords): Markup {
  const { state, count, rows, listed } = section;
  const { parts, shown, headings, badge, table } = page;
  const { domain, model } = parts;
  const { self, summarised } = model;
  const { t, asset, num } = w;
  const acting = state === 'suspends' || state === 'limits';
  const paged = listed.length > PAGE_SIZE;
  const note = state === 'reaches' && rows > 0 && html`<p class="note">${t('domain.reaches-note', { domain: shown })}</p>`;
  const summary =
    state === 'unknown' &&
    summarised.length > 0 &&
    html`<p data-unknown-summary${attr('data-count', summarised.length)}>${t('domain.summary.before', { count: summarised.length, domain: shown })} <a${attr('href', w.page(UNPUBLISHED_PATH))}>${t('domain.summary.link')}</a>${t('domain.summary.after')}${
      self && ` ${t('domain.summary.back', { domain: shown })}`
    }</p>`;
  const head = html`<tr><th scope="col">${t('domain.col.community')}</th>${
    acting && html`<th scope="col">${t('domain.col.since')}</th><th scope="col">${t('domain.col.until')}</th><th scope="col">${t('domain.col.evidence')}</th>`
  }${state !== 'unknown' && html`<th scope="col">${t('domain.col.confirmed')}</th>`}${state === 'unknown' && html`<th scope="col">${t('domain.col.why')}</th>`}${
    self && html`<th scope="col">${t('domain.col.back', { domain: shown })}</th>`
  }</tr>`;
  const firstN =
    listed.length < rows &&
    html`<p class="note">${t('domain.first-n.before', { n: listed.length, count: rows })} <a${attr('href', asset(shardPath(domain)))}>${t('domain.first-n.link', { domain: shown })}</a> (JSON).</p>`;
  const body =
    count === 0
      ? html`<p class="none">${t('domain.none')}</p>`
      : rows === 0
        ? undefined
        : fold(
            rows > COLLAPSE_ABOVE,
            t('domain.show-all', { count: rows }),
            html`${paged && tablePager(`reach-${state}`, [], t)}<div class="table-scroll" role="region"${attr('aria-labelledby', `state-${state}`)} tabindex="0"><table class="stack-table"${attr('data-reach-table', state)}${attr(
              'data-pager',
              paged ? `reach-${state}` : undefined,
            )}><thead>${head}</thead><tbody>${stateRows({ state, listed }, table, w)}</tbody></table></div>${firstN}`,
          );
  return html`<section class="state-section"${attr('aria-labelledby', `state-${state}`)}${attr('data-state-section', state)}><h3${attr('id', `state-${state}`)}>${badge(state)} ${headings[state]}: ${num(count)}</h3>${note}${summary}${body}</section>`;
}

/**
 * The markup of `parts.domain`'s page between the layout's header and footer: its heading, the replay, the press
 * tools, the community-by-community tables, the people cut off, the timeline and dated decisions, the focused graph.
 * Every name and word from the data is text or an attribute's value, escaped as Astro escapes it.
 */
export function domainPageMarkup(parts: DomainPageParts, w: DomainPageWords): Markup {
  const { domain, model, day, replay, silence, timeline, graph } = parts;
  const { t, page, asset, date } = w;
  const shown = domainDisplay(domain).text;
  const { sections, events } = model;
  const shared = sectionsOf(parts, shown, w);
  return html`${intro(parts, shown, w)}${dateReplayMarkup({ replay, silence, shown }, w)}${press(domain, shown, w)}<p class="note"><a${attr('href', asset(domainFeedPath(domain)))}>${t('domain.feed-link', { domain: shown })}</a> (Atom).</p><h2 id="now">${t('domain.now')} <span class="secondary inline" data-as-of-inline>${t('replay.tables-as-of', { day: date(day) })}</span></h2><div data-reach-tables-day hidden></div><div data-reach-tables>${sections.map((section) => stateSection(section, shared, w))}</div><p class="note" data-today-only-note hidden></p><div data-today-only>${peopleCutOffMarkup({ domain, day, people: model.people }, w)}</div><h2 id="timeline">${t('domain.timeline')}</h2>${timelineChartMarkup({ timeline, id: 'timeline-chart' }, w)}<h3>${t('domain.dated-heading', { domain: shown })}</h3><ol class="dated-list" data-dated-list>${datedItems(events, shown, w)}</ol>${
    events.length === 0 && html`<p class="none">${t('domain.no-events')}</p>`
  }<p class="note">${t('domain.severity-note', { suspend: t('labels.severity.suspend'), limit: t('labels.severity.limit') })}</p><h2 id="graph">${t('domain.graph')}</h2>${focusedGraphMarkup(
    {
      graph: graph.graph,
      layout: graph.layout,
      id: 'domain-graph',
      elsewhere: { href: '#now', text: t('domain.graph-elsewhere') },
      title: t('domain.graph-title', { domain: shown, communities: t('reach.communities', { count: graph.graph.edges.length }), day: date(day) }),
    },
    w,
  )}<p class="note">${t('domain.footer.servers', { count: parts.servers })} ${t('domain.footer.see')} <a${attr('href', page('graph/'))}>${t('domain.footer.full-graph')}</a> ${t('domain.footer.and')} <a${attr('href', page('methodology/'))}>${t('domain.footer.methodology')}</a>. ${STATE_GLYPHS.unknown} ${t('domain.footer.unknown')}</p>`;
}
