/**
 * A server's details in words, for the map's popups: name, domain, area, languages (names and tags), focus,
 * software, block-list status, its reach state when a domain is picked, and links to its page (when the site
 * has server pages) and to its row in the list. Built with textContent only.
 */
import { focusWords, listStatusWords, scaleWords, softwareName } from '../lib/labels.ts';
import { listRowId, type MapServer } from '../lib/map/map-data.ts';
import { backSentence, reachSentence, STATE_GLYPHS, type ReachShard, shownState } from '../lib/map/reach-shard.ts';
import type { MapPayload } from '../lib/map/payload.ts';
import { translator } from '../locales/index.ts';
import { h } from './dom.ts';
import { markSvg } from './marks.ts';

/** The reach shard of the picked domain, if one is picked and loaded. */
export type PickedReach = ReachShard | undefined;

/** The page's interface language's strings. */
const t = translator(document.documentElement.lang);
const LIST_STATUS = listStatusWords(t);
const SCALE = scaleWords(t);
const FOCUS = focusWords(t);

const unconfirmed = (s: MapServer, fact: string) => (s.unconfirmed.includes(fact) ? h('span', { class: 'unconfirmed' }, t('map.details.unconfirmed')) : null);

/** The reach state of a server in words, with its glyph, as one element; null when no domain is picked. */
export function reachLine(server: MapServer, shard: PickedReach, tag: 'p' | 'span' = 'span'): HTMLElement | null {
  if (!shard) return null;
  const state = shownState(shard, server.domain) ?? 'unknown';
  const entry = shard.servers[server.domain];
  const back = backSentence(shard.domain, entry, t);
  return h(
    tag,
    { class: `reach-words reach-${state}` },
    h('span', { class: 'reach-glyph', 'aria-hidden': 'true' }, STATE_GLYPHS[state]),
    ' ',
    reachSentence(shard.domain, state === 'self' ? undefined : entry, t),
    back ? `; ${back}` : '',
  );
}

/** One server's details block. `headingLevel` is the level of its name's heading. */
export function serverDetails(server: MapServer, payload: MapPayload, shard: PickedReach): HTMLElement {
  const status = LIST_STATUS[server.status];
  const area = server.area
    ? [h('span', { lang: server.areaLang }, server.area), ` (${server.scale ? SCALE[server.scale] : t('map.details.no-scale')})`]
    : [t('map.details.none-given')];
  const rows: [string, (Node | string | null)[]][] = [
    [t('map.details.area'), [...area, unconfirmed(server, 'area')]],
    [t('map.details.languages'), [server.languages.map((tag) => payload.languageLabels[tag] ?? tag).join(', '), unconfirmed(server, 'languages')]],
    [t('map.details.focus'), [server.focus.map((f) => FOCUS[f].toLowerCase()).join(', '), unconfirmed(server, 'focus')]],
    [t('map.details.software'), [softwareName(server.software, t), unconfirmed(server, 'software')]],
    [t('map.details.list'), [h('span', { class: `status status-${server.status}` }, h('span', { 'aria-hidden': 'true' }, status.mark), ` ${status.label}`)]],
  ];
  const reach = reachLine(server, shard);
  if (shard && reach) rows.push([t('map.details.reach-of', { domain: shard.domain }), [reach]]);
  const dl = h('dl', { class: 'details-list' });
  for (const [term, values] of rows) dl.append(h('dt', {}, term), h('dd', {}, ...values));
  const links = h('p', { class: 'details-links' });
  if (payload.serverPageBase) links.append(h('a', { href: `${payload.serverPageBase}${server.domain}/` }, t('map.details.server-page')), ' · ');
  links.append(h('a', { href: `#${listRowId(server.domain)}` }, t('map.details.in-list')));
  return h(
    'div',
    { class: 'server-details', 'data-domain': server.domain },
    h('h3', { class: 'details-name', tabindex: '-1' }, h('span', { translate: 'no' }, server.name), unconfirmed(server, 'name')),
    h('p', { class: 'details-domain', translate: 'no' }, server.domain),
    dl,
    links,
  );
}

/** The details of several servers at one spot (a cluster that no zoom can split), each with its mark. */
export function clusterDetails(servers: readonly MapServer[], payload: MapPayload, shard: PickedReach, shapeOf: (s: MapServer) => Parameters<typeof markSvg>[0]): HTMLElement {
  return h(
    'div',
    { class: 'cluster-details' },
    h('p', { class: 'details-count', tabindex: '-1' }, t('map.cluster.at-spot', { count: servers.length })),
    ...servers.map((s) => {
      const block = serverDetails(s, payload, shard);
      block.querySelector('h3')?.removeAttribute('tabindex');
      block.prepend(markSvg(shapeOf(s), shard ? (shownState(shard, s.domain) ?? 'unknown') : undefined));
      return block;
    }),
  );
}
