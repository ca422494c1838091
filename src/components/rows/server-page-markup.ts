/**
 * A server page (`/servers/<domain>/`) written as one string: everything between the layout's header and footer, and
 * the words of its head. The page's template hands this markup to Astro, and at a very large size the build writes
 * most server pages from it without Astro (src/node/pages-after-build.ts): the same function writes both, so the
 * two can never differ. What the page lists is `views.serverPage(domain)` (src/lib/views/server-page.ts) with its
 * focused graph and its most aligned communities, gathered by the atlas (`serverPageParts`); this module only puts
 * words and markup on it. Rules for writing markup here: ./README.md.
 */
import { CORRECTIONS_URL, NEW_ISSUE_URL } from '../../lib/site.ts';
import { focusWords, languageLabel, listStatusWords, scaleWords, softwareName } from '../../lib/labels.ts';
import { localText } from '../../lib/views/local-text.ts';
import { domainPath, languagePath, regionPath, serverPath } from '../../lib/views/paths.ts';
import { regionLabel } from '../../lib/views/place-names.ts';
import { httpsUrl, sourceName } from '../../lib/views/words.ts';
import { serverOgPath } from '../../lib/press/urls.ts';
import { PAGE_SIZE } from '../../lib/table-page.ts';
import type { ServerPageParts } from '../../lib/views/server-page.ts';
import type { ServerFact } from '../../lib/schema/evidence.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { attr, html, joinMarkup, type Markup } from '../../lib/html/markup.ts';
import { actedOnRows, decisionRows } from './server-rows.ts';
import { domainName, evidenceWriter, fold, listStatusBadge, type RowWords } from './row-words.ts';
import { focusedGraphMarkup } from './focused-graph-markup.ts';
import { tablePager } from './table-pager-markup.ts';

/** The page's words and addresses in its language: the rows' (`RowWords`) and the language's code. */
export interface PageWords extends RowWords {
  /** The page's language code ("cy"), for names of languages and regions. */
  locale: string;
  /** The language of the data's own words (summaries, notes, comments). */
  dataLang: string;
}

/** What a server page's head says (the layout's `title`, `description`, `image` and `imageAlt`). */
export interface ServerPageHead {
  /** The page's own title: the server's name and domain (the domain alone when they are the same). */
  title: string;
  /** Its one-sentence description. */
  description: string;
  /** Its Open Graph card, when the server has one. */
  image: string | undefined;
  /** The card's text alternative, when it has one. */
  imageAlt: string | undefined;
}

/**
 * A table longer than this starts folded (<details>, opened by a click, Enter, or find-in-page): laying out and
 * painting a thousand-row table at load blocks a phone for seconds, and most readers come for the facts above it.
 */
export const FOLD_ABOVE = 100;

/** Whether a table of `rows` rows gets a filter and pages (src/client/table-pager.ts); its HTML stays complete. */
function paged(rows: number): boolean {
  return rows > PAGE_SIZE;
}

/** The head of a server page: its title, description and card, in the page's language. */
export function serverPageHead(parts: Pick<ServerPageParts, 'domain' | 'model'>, t: Translate): ServerPageHead {
  const { domain, model } = parts;
  const { name } = model.server;
  return {
    title: name === domain ? domain : `${name} (${domain})`,
    description: t('server.description', { name }),
    image: model.hasCard ? serverOgPath(domain) : undefined,
    imageAlt: model.hasCard ? t('server.image-alt', { name, domain }) : undefined,
  };
}

/** The facts list: area, languages, focus, software, block list, other links. */
function facts(parts: ServerPageParts, w: PageWords): Markup {
  const { server, links } = parts.model;
  const { t, page, date, locale, dataLang } = w;
  const unconfirmed = (fact: ServerFact) => parts.model.unconfirmed.has(fact) && html`<span class="unconfirmed"> ${t('server.unconfirmed')}</span>`;
  const local = localText(server, locale, dataLang);
  const scales = scaleWords(t);
  const focuses = focusWords(t);
  const codes = server.area?.iso3166 ?? [];
  const area = server.area
    ? html`<span${attr('lang', local.area?.lang)} data-server-area>${local.area?.text}</span> <span class="secondary inline">(${scales[server.area.scale]})</span>${
        codes.length > 0 &&
        html` · <ul class="inline-list">${codes.map((code) => html`<li><a${attr('href', page(regionPath(code.toUpperCase())))}>${regionLabel(code, locale)}</a> <code>${code}</code></li>`)}</ul>`
      }`
    : t('server.none-given');
  const languages = server.languages.map(
    (tag, i) => html`<li><a${attr('href', page(languagePath(tag)))}>${languageLabel(tag, locale)}</a>${i === 0 && server.languages.length > 1 && html`<span class="secondary inline"> ${t('server.primary')}</span>`}</li>`,
  );
  const listEvidence = server.blocklist.evidence;
  const evidence = evidenceWriter(w);
  const list = html`${listStatusBadge(server.blocklist.status, t)} ${listStatusWords(t)[server.blocklist.status].meaning}. ${
    listEvidence && html`<span class="secondary">${listEvidence.kind !== 'observation' && `${t('server.read-at')} `}${evidence(listEvidence)}</span>`
  } ${server.blocklist.note && html`<span class="secondary"${attr('lang', dataLang)}>${server.blocklist.note}</span>`}`;
  const other =
    links.length > 0 &&
    html`<dt>${t('server.links')}</dt><dd><ul class="inline-list">${links.map(({ kind, url }) => html`<li><a${attr('href', url)} rel="noopener">${t(`server.link.${kind}`)}</a></li>`)}</ul></dd>`;
  return html`<dl class="facts"><dt>${t('server.area')}</dt><dd>${area}${unconfirmed('area')}</dd><dt>${t('server.languages')}</dt><dd><ul class="inline-list">${languages}</ul>${unconfirmed('languages')}</dd><dt>${t('server.focus')}</dt><dd>${server.focus.map((f) => focuses[f].toLocaleLowerCase(locale)).join(', ')}${unconfirmed('focus')}</dd><dt>${t('server.software')}</dt><dd>${softwareName(server.software, t)}${unconfirmed('software')}</dd><dt>${t('server.block-list')}</dt><dd>${list}</dd>${other}</dl>`;
}

/** The sources list: each source, its kind, the day it was read and the facts it is cited for. */
function sources(parts: ServerPageParts, w: PageWords): Markup {
  const { t, date, dataLang } = w;
  return html`<h2 id="sources">${t('server.sources')}</h2><ul data-sources>${parts.model.server.sources.map((source) => {
    const url = httpsUrl(source.url);
    const name = url ? html`<a${attr('href', url)} rel="noopener">${sourceName(source, t, date)}</a>` : html`<span translate="no">${source.url}</span>`;
    return html`<li>${name}<span class="secondary inline"> · ${source.kind ? `${t(`server.kind.${source.kind}`)}, ` : ''}${t('server.source.read', { date: date(source.retrieved) })}</span> · ${t('server.source.for')} ${source.covers.map((f) => t(`server.fact.${f}`)).join(', ')} ${
      source.note && html`<span class="secondary"${attr('lang', dataLang)}>${source.note}</span>`
    }</li>`;
  })}</ul>`;
}

/** The server's decisions: a sortable table, folded and paged when long. */
function decisions(parts: ServerPageParts, w: PageWords): Markup {
  const { domain, model } = parts;
  const { actions, server } = model;
  const { t, date } = w;
  const heading = html`<h2 id="decisions">${t('server.decisions')}</h2>`;
  if (actions.length === 0) return html`${heading}<p class="none">${server.blocklist.status === 'unknown' ? t('server.decisions.unknown') : t('server.decisions.none')}</p>`;
  const isPaged = paged(actions.length);
  const table = html`${isPaged && tablePager('decisions', [...new Set(actions.map((a) => a.state))], t)}<div class="table-scroll" role="region" aria-labelledby="decisions-caption" tabindex="0"><table class="stack-table" data-sortable data-decisions-table${attr('data-pager', isPaged ? 'decisions' : undefined)}><caption id="decisions-caption">${t('server.decisions.caption', { count: actions.length, domain, day: date(parts.day) })}</caption><thead><tr><th scope="col" data-sort-kind="text">${t('server.col.domain')}</th><th scope="col" data-sort-kind="text">${t('server.col.action')}</th><th scope="col" data-sort-kind="date">${t('server.col.since')}</th><th scope="col" data-sort-kind="date">${t('server.col.until')}</th><th scope="col" data-sort-kind="text">${t('server.col.now')}</th><th scope="col">${t('server.col.evidence')}</th></tr></thead><tbody>${decisionRows(actions, w)}</tbody></table></div>`;
  return html`${heading}${fold(actions.length > FOLD_ABOVE, t('server.decisions.show-all', { count: actions.length }), table)}`;
}

/** The decisions on reserved names, listed apart as not counted. */
function reserved(parts: ServerPageParts, t: Translate): Markup | false {
  const rows = parts.model.reserved;
  return (
    rows.length > 0 &&
    html`<section class="reserved-names" aria-labelledby="reserved-heading" data-reserved-names><h3 id="reserved-heading">${t('server.reserved.heading')}</h3><p class="note">${t('server.reserved.note')}</p><ul>${rows.map(
      (r) => html`<li><span translate="no">${r.domain}</span> (${t(r.severity === 'suspend' ? 'labels.severity.suspend' : 'labels.severity.limit')}): <span class="secondary inline">${t(`server.reserved.reason.${r.reason}`)}</span></li>`,
    )}</ul></section>`
  );
}

/** Who acts on the server: a table, folded and paged when long. */
function actedOn(parts: ServerPageParts, w: PageWords): Markup {
  const { domain, model } = parts;
  const rows = model.actedOn;
  const { t, date } = w;
  const day = date(parts.day);
  const heading = html`<h2 id="acted-on">${t('server.acted-on')}</h2>`;
  if (rows.length === 0) return html`${heading}<p class="none">${t('server.acted-on.none', { domain, day })}</p>`;
  const isPaged = paged(rows.length);
  const table = html`${isPaged && tablePager('acted-on', [...new Set(rows.map((a) => a.entry.reach.state))], t)}<div class="table-scroll" role="region" aria-labelledby="acted-on-caption" tabindex="0"><table class="stack-table" data-acted-on-table${attr('data-pager', isPaged ? 'acted-on' : undefined)}><caption id="acted-on-caption">${t('server.acted-on.caption', { domain, day })}</caption><thead><tr><th scope="col">${t('server.col.community')}</th><th scope="col">${t('server.col.does')}</th><th scope="col">${t('server.col.since')}</th><th scope="col">${t('server.col.evidence')}</th></tr></thead><tbody>${actedOnRows(rows, w)}</tbody></table></div>`;
  return html`${heading}${fold(rows.length > FOLD_ABOVE, t('server.acted-on.show-all', { count: rows.length }), table)}`;
}

/** The communities whose borders are most like this one's (moderation alignment), or why it takes no part. */
function aligned(parts: ServerPageParts, w: PageWords): Markup {
  const { t, page, date } = w;
  const a = parts.aligned;
  const day = date(a.day);
  const col = { score: t('graph.alignment.col.score'), shared: t('graph.alignment.col.shared'), union: t('graph.alignment.col.union') };
  const body = !a.member
    ? html`<p class="none">${t(a.leftOutReason === 'list-partial' ? 'graph.aligned.partial' : 'graph.aligned.unknown', { members: a.members, left: a.leftOut })}</p>`
    : a.rows.length === 0
      ? html`<p class="none">${t('graph.aligned.none', { day })}</p>`
      : html`<div class="table-scroll" role="region" aria-labelledby="aligned-caption" tabindex="0"><table class="stack-table" data-aligned-table><caption id="aligned-caption">${t('graph.aligned.caption', { count: a.rows.length, domain: parts.domain, day })}</caption><thead><tr><th scope="col">${t('graph.alignment.col.community')}</th><th scope="col">${col.score}</th><th scope="col">${col.shared}</th><th scope="col">${col.union}</th></tr></thead><tbody>${a.rows.map(
          (r) =>
            html`<tr><th scope="row"><a${attr('href', page(serverPath(r.community)))} translate="no">${r.community}</a></th><td${attr('data-label', col.score)} class="num">${r.score.toFixed(2)}</td><td${attr('data-label', col.shared)} class="num">${r.shared}</td><td${attr('data-label', col.union)} class="num">${r.union}</td></tr>`,
        )}</tbody></table></div>`;
  return html`<h2 id="aligned">${t('graph.aligned.heading')}</h2>${body}<p><a${attr('href', page('graph/alignment/'))}>${t('graph.aligned.every')}</a>${t('graph.aligned.how')} <a${attr('href', page('methodology/#alignment'))}>${t('graph.aligned.methodology')}</a>.</p>`;
}

/** How a server's admins correct or remove its entry (the curator's guide). */
function correctionNote(domain: string, t: Translate): Markup {
  return html`<aside class="correction-note" aria-labelledby="correction-heading"><h2 id="correction-heading">${t('domain.correction.heading')}</h2><p><a${attr('href', CORRECTIONS_URL)} rel="noopener" data-correction-link>${t('domain.correction.link')}</a>${t('domain.correction.explains', { domain })} <a${attr('href', NEW_ISSUE_URL)} rel="noopener">${t('domain.correction.issue')}</a> ${t('domain.correction.rest', { domain })}</p></aside>`;
}

/**
 * Everything a server page shows between the layout's header and footer: its name and facts, its sources, its
 * decisions, who acts on it, its most aligned communities, its focused graph and the correction note. Scripts are
 * not here: the page's own script loads what its tables and graph need.
 */
export function serverPageMarkup(parts: ServerPageParts, w: PageWords): Markup {
  const { domain, model } = parts;
  const { server, home } = model;
  const { t, page, date, locale, dataLang } = w;
  const local = localText(server, locale, dataLang);
  const { graph, layout } = parts.graph;
  return joinMarkup([
    html`<p class="crumbs"><a${attr('href', page('/'))}>${t('common.nav.servers')}</a> › ${domainName(domain)}</p><h1><span translate="no">${server.name}</span>${
      model.unconfirmed.has('name') && html`<span class="unconfirmed"> ${t('server.unconfirmed')}</span>`
    }</h1><p class="page-sub">${domainName(domain, home, home ? 'noopener' : undefined)}</p>${
      local.summary && html`<p class="lede"${attr('lang', local.summary.lang)} data-server-summary>${local.summary.text}</p>`
    }`,
    facts(parts, w),
    html`${server.unconfirmed && server.unconfirmed.length > 0 && html`<p class="note">${t('server.unconfirmed-note')}</p>`}`,
    sources(parts, w),
    decisions(parts, w),
    html`${reserved(parts, t)}`,
    actedOn(parts, w),
    html`${model.hasDomainPage && html`<p><a${attr('href', page(domainPath(domain)))}>${t('server.domain-page', { domain })}</a>${t('server.domain-page.after')}</p>`}`,
    aligned(parts, w),
    html`<h2 id="graph">${t('server.graph')}</h2>`,
    focusedGraphMarkup(
      { graph, layout, id: 'server-graph', elsewhere: { href: '#decisions', text: t('server.graph.elsewhere') }, title: t('server.graph.title', { domain, count: graph.nodes.length - 1, day: date(parts.day) }) },
      w,
    ),
    correctionNote(domain, t),
  ]);
}
