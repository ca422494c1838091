/**
 * The rows of a server page's two long tables (`/servers/<domain>/`: its decisions, and who acts on it), written as
 * one string each with `html` (src/lib/html/markup.ts): the markup the page's template wrote row by row, byte for
 * byte, at a fraction of the cost (at 30,000 servers these two tables are four million rows across both languages).
 * The page keeps the tables' heads, captions and pagers; it words the rows through `RowWords`, as it words the rest.
 */
import type { Translate } from '../../lib/i18n/translate.ts';
import { STATE_GLYPHS } from '../../lib/map/reach-shard.ts';
import type { ServerActedOnRow, ServerActionRow } from '../../lib/views/server-page.ts';
import { domainPath, serverPath } from '../../lib/views/paths.ts';
import { actionStatusWords, sinceKey, sinceText } from '../../lib/views/words.ts';
import { attr, html, joinMarkup, type Markup } from '../../lib/html/markup.ts';
import { badgeWriter, evidenceWriter, type RowWords } from './row-words.ts';

/** The page's words and addresses, in its language (./row-words.ts). */
export type { RowWords } from './row-words.ts';

/** The labels each cell carries for the narrow layout (`data-label`), in the page's language. */
function columnWords(t: Translate) {
  return {
    action: t('server.col.action'),
    since: t('server.col.since'),
    until: t('server.col.until'),
    now: t('server.col.now'),
    evidence: t('server.col.evidence'),
    does: t('server.col.does'),
  };
}

/** The rows of the server's decisions table: domain, action, since, until, where it stands now, evidence. */
export function decisionRows(rows: readonly ServerActionRow[], w: RowWords): Markup {
  const { t, date, page, dataLang } = w;
  const col = columnWords(t);
  const status = actionStatusWords(t);
  const severity = { suspend: t('labels.severity.suspend'), silence: t('labels.severity.limit') } as const;
  const hidden = t('server.hidden-target');
  const none = t('server.none-recorded');
  const lifted = t('server.lifted-evidence');
  const evidence = evidenceWriter(w);
  return joinMarkup(
    rows.map(({ action: a, state, evidence: ev, linked, liftedEvidence, shown }) => {
      const d = a.decision;
      const name =
        linked !== undefined
          ? html`<a${attr('href', page(domainPath(linked)))} translate="no"${attr('title', shown.title)}>${shown.text}</a>`
          : html`<span translate="no"${attr('title', shown.title)}>${shown.text}</span>`;
      const target = html`<th scope="row" class="domain-cell">${name} ${a.domain === undefined && html`<span class="secondary">${hidden}</span>`}</th>`;
      const original = d.original && html`<span class="secondary">${t('server.original', { original: d.original })}</span>`;
      const comment = d.comment && html`<blockquote class="comment"${attr('lang', dataLang)}>“${d.comment}”</blockquote>`;
      const action = html`<td${attr('class', `state-text state-text-${state}`)}${attr('data-label', col.action)}><b aria-hidden="true">${STATE_GLYPHS[state]}</b> ${severity[d.severity]} ${original}${comment}</td>`;
      const since = html`<td class="nowrap"${attr('data-sort', sinceKey(d.since))}${attr('data-label', col.since)}>${sinceText(d.since, t, date)}</td>`;
      const until = html`<td class="nowrap"${attr('data-sort', d.until ?? '')}${attr('data-label', col.until)}>${d.until ? date(d.until) : '—'}</td>`;
      const now = html`<td class="status-cell"${attr('data-label', col.now)}>${status[a.status]}</td>`;
      const liftedBy = liftedEvidence && html`<span class="lifted-evidence" data-lifted-evidence> ${lifted} ${evidence(liftedEvidence)}</span>`;
      const source = html`<td${attr('data-label', col.evidence)}>${ev ? evidence(ev) : none}${liftedBy}</td>`;
      return html`<tr${attr('data-state', state)}>${target}${action}${since}${until}${now}${source}</tr>`;
    }),
  );
}

/** The rows of the table of communities acting on the server: community, what it does, since when, evidence. */
export function actedOnRows(rows: readonly ServerActedOnRow[], w: RowWords): Markup {
  const { t, date, page } = w;
  const col = columnWords(t);
  const badge = badgeWriter(w);
  const none = t('server.none-recorded');
  const evidence = evidenceWriter(w);
  return joinMarkup(
    rows.map(({ entry: c, evidence: ev, shown }) => {
      const d = c.reach.decision;
      const state = c.reach.state;
      const community = html`<th scope="row" class="domain-cell"><a${attr('href', page(serverPath(c.community)))} translate="no"${attr('title', shown.title)}>${shown.text}</a></th>`;
      const until = d?.until && html`<span class="secondary">${t('server.until', { date: date(d.until) })}</span>`;
      const since = html`<td class="nowrap"${attr('data-label', col.since)}>${d ? sinceText(d.since, t, date) : '—'} ${until}</td>`;
      return html`<tr${attr('data-state', state)}>${community}<td${attr('data-label', col.does)}>${badge(state)}</td>${since}<td${attr('data-label', col.evidence)}>${ev ? evidence(ev) : none}</td></tr>`;
    }),
  );
}
