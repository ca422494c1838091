/**
 * A focused graph's markup (`components/FocusedGraph.astro`, the small graph around one domain or one community),
 * written as one string with `html` (src/lib/html/markup.ts): the inline SVG, its legend and the table of the same
 * edges, byte for byte as the component's template wrote them (Astro's `compressHTML: 'jsx'` drops the template's
 * whitespace-only text between tags and expressions, so the only spaces written are the template's own `{' '}` and
 * the spaces inside a line of text). The component is this function's markup, so a page written as one string
 * outside Astro writes the same graph. A graph larger than `maxNodes` is neither drawn nor tabled: a note says where
 * its rows already are and links to the full graph.
 */
import type { Graph } from '../../lib/graph/types.ts';
import type { Layout } from '../../lib/graph/layout.ts';
import { STATE_GLYPHS, stateWords } from '../../lib/map/reach-shard.ts';
import { placeGraph } from '../../lib/views/graph-svg.ts';
import { nodePath } from '../../lib/views/paths.ts';
import { sinceText } from '../../lib/views/words.ts';
import { attr, html, joinMarkup, type Markup } from '../../lib/html/markup.ts';
import { domainName, stateBadge, type RowWords } from './row-words.ts';

/** Props of the focused graph. */
export interface FocusedGraphProps {
  /** The graph, with the domain or community in focus. */
  graph: Graph & { focus: string };
  /** Its build-time layout. */
  layout: Layout;
  /** A unique prefix for ids on the page. */
  id: string;
  /** What the graph shows, in one sentence (the SVG's title and the figure's caption). */
  title: string;
  /** The most nodes drawn; above it neither the SVG nor its table is shown. Default 200. */
  maxNodes?: number;
  /** Where the page already lists the same rows, for a graph too large to draw (a fragment link and its words). */
  elsewhere?: { href: string; text: string };
}

/** The page's words and addresses the graph needs: its translator, its date format, its links in its language. */
export type GraphWords = Pick<RowWords, 't' | 'page' | 'date'>;

/** Above this many nodes only the focus is labelled; a node's label shows when it is hovered or focused. */
const LABELS_UP_TO = 40;

/** The three drawn states, each with its arrowhead marker. */
const STATES = ['suspends', 'limits', 'reaches'] as const;

/**
 * The focused graph's markup: the figure (the SVG with its title, arrowheads, edges and node links, its caption and
 * its legend) and the table of its edges; or, for a graph of more than `maxNodes` nodes, the note that replaces both.
 * Every node, edge and name from the data is text or an attribute's value, escaped as Astro escapes it.
 */
export function focusedGraphMarkup(props: FocusedGraphProps, w: GraphWords): Markup {
  const { graph, layout, id, title, maxNodes = 200, elsewhere } = props;
  const { t, page, date } = w;
  const placed = graph.nodes.length <= maxNodes ? placeGraph(graph, layout) : undefined;
  const verb = { suspends: t('graph.state.suspends'), limits: t('graph.state.limits'), reaches: t('graph.state.reaches') } as const;
  const names = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeWords = (nodeId: string): string => {
    const n = names.get(nodeId);
    if (!n) return nodeId;
    const who = n.kind === 'community' ? (n.name && n.name !== n.id ? t('graph.node.community-named', { name: n.name }) : t('graph.node.community')) : t('graph.kind.domain');
    return t('graph.node.words', { id: n.id, who, count: n.acting });
  };
  const edgeWords = (e: Graph['edges'][number]): string =>
    t('graph.edge.words', { source: e.source, verb: verb[e.state], target: e.target }) +
    (e.since ? t('graph.edge.since', { date: sinceText(e.since, t, date) }) : '') +
    (e.until ? t('graph.edge.until', { date: date(e.until) }) : '') +
    (e.via ? t('graph.edge.via', { via: e.via }) : '');
  const captionId = `${id}-caption`;

  let figure: Markup;
  if (placed) {
    const markers = joinMarkup(
      STATES.map(
        (s) =>
          html`<marker${attr('id', `${id}-arrow-${s}`)} viewBox="0 0 10 10" refX="1" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path${attr('class', `arrow-${s}`)} d="M0,0L10,5L0,10z"></path></marker>`,
      ),
    );
    const edges = joinMarkup(
      placed.edges.map(
        ({ edge, d }) =>
          html`<path${attr('class', `edge edge-${edge.state}`)}${attr('d', d)}${attr('marker-end', `url(#${id}-arrow-${edge.state})`)}${attr('data-source', edge.source)}${attr('data-target', edge.target)}><title>${edgeWords(edge)}</title></path>`,
      ),
    );
    const nodes = joinMarkup(
      placed.nodes.map(
        (p) =>
          html`<a${attr('href', page(nodePath(p.node)))}${attr('class', `node node-${p.node.kind}${p.node.id === graph.focus ? ' node-focus' : ''}`)}${attr('data-node', p.node.id)}${attr('aria-label', t('graph.node.open', { words: nodeWords(p.node.id) }))}><circle${attr('cx', p.x)}${attr('cy', p.y)}${attr('r', p.r)}></circle><text${attr('x', p.label.x)}${attr('y', p.label.y)}${attr('text-anchor', p.label.anchor)}>${p.node.id}</text></a>`,
      ),
    );
    figure = html`<svg${attr('class', `graph-svg${placed.nodes.length > LABELS_UP_TO ? ' graph-svg-many' : ''}`)}${attr('viewBox', `0 0 ${placed.width} ${placed.height}`)}${attr('width', placed.width)}${attr('height', placed.height)} role="group"${attr('aria-labelledby', `${id}-title`)}${attr('data-subgraph', id)}><title${attr('id', `${id}-title`)}>${title}</title><defs>${markers}</defs><g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`;
  } else {
    const where = elsewhere && html` ${t('graph.too-large.elsewhere')} <a${attr('href', elsewhere.href)}>${elsewhere.text}</a>;`;
    figure = html`<p class="note" data-graph-too-large>${t('graph.too-large', { nodes: graph.nodes.length, edges: graph.edges.length })}${where} ${t('graph.too-large.full-before')} <a${attr('href', page('graph/'))}>${t('graph.too-large.full-link')}</a>${t('graph.too-large.full-after')}</p>`;
  }

  const legend =
    placed &&
    html`<ul class="graph-svg-legend"${attr('aria-label', t('graph.legend'))}><li><svg width="34" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5" stroke="var(--st-suspends)" stroke-width="2.5"></line></svg>${STATE_GLYPHS.suspends} ${t('graph.legend.suspends')}</li><li><svg width="34" height="10" aria-hidden="true"><line x1="0" y1="5" x2="34" y2="5" stroke="var(--st-limits)" stroke-width="2" stroke-dasharray="7 4"></line></svg>${STATE_GLYPHS.limits} ${t('graph.legend.limits')}</li><li><span class="swatch-node" aria-hidden="true"></span>${t('graph.legend.community')}</li><li><span class="swatch-node swatch-node-domain" aria-hidden="true"></span>${t('graph.legend.domain')}</li></ul>`;

  const table = placed && edgeTable(graph, id, captionId, names, w);
  return html`<div class="graph-pair"${attr('data-graph-pair', id)}><figure class="graph-figure">${figure}<figcaption class="note">${title}</figcaption>${legend}</figure>${table}</div>`;
}

/** The table of the graph's edges (from, does, to, since), or its one row saying there are none on the graph's day. */
function edgeTable(graph: Graph, id: string, captionId: string, names: ReadonlyMap<string, Graph['nodes'][number]>, w: GraphWords): Markup {
  const { t, page, date } = w;
  const col = { from: t('graph.col.from'), does: t('graph.col.does'), to: t('graph.col.to'), since: t('graph.col.since') };
  const badges = stateWords(t);
  const rows = joinMarkup(
    graph.edges.map((e) => {
      const from = html`<td${attr('data-label', col.from)}><a${attr('href', page(nodePath(names.get(e.source) ?? { id: e.source, kind: 'community' })))} translate="no">${e.source}</a></td>`;
      const does = html`<td${attr('data-label', col.does)}>${stateBadge(e.state, badges[e.state])}</td>`;
      const via = e.via && html`<span class="secondary">${t('graph.via', { via: e.via })}</span>`;
      const to = html`<td${attr('data-label', col.to)}>${domainName(e.target, page(nodePath(names.get(e.target) ?? { id: e.target, kind: 'domain' })))} ${via}</td>`;
      const until = e.until && html`<span class="secondary">${t('graph.until', { date: date(e.until) })}</span>`;
      const since = html`<td${attr('data-label', col.since)} class="nowrap">${e.since ? sinceText(e.since, t, date) : '—'} ${until}</td>`;
      return html`<tr${attr('data-source', e.source)}${attr('data-target', e.target)}>${from}${does}${to}${since}</tr>`;
    }),
  );
  const empty = graph.edges.length === 0 && html`<tr data-empty><td colspan="4" class="none">${t('graph.table.empty', { day: date(graph.day) })}</td></tr>`;
  return html`<div class="table-scroll" role="region"${attr('aria-labelledby', captionId)} tabindex="0"><table class="stack-table"${attr('data-edge-table', id)}><caption${attr('id', captionId)}>${t('graph.table.caption', { count: graph.edges.length, nodes: graph.nodes.length })}</caption><thead><tr><th scope="col">${col.from}</th><th scope="col">${col.does}</th><th scope="col">${col.to}</th><th scope="col">${col.since}</th></tr></thead><tbody>${rows}${empty}</tbody></table></div>`;
}
