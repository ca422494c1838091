/**
 * The reach embed's graph, drawn in the browser from the day's answers: the graph of src/lib/graph/day-graph.ts,
 * laid out by the build's own seeded layout (src/lib/graph/layout.ts) and placed by the domain page's placement
 * (src/lib/views/graph-svg.ts), written as the same SVG the domain page's FocusedGraph writes (its classes, arrows
 * and node links), with its legend. A graph larger than the page would draw is not drawn here either.
 */
import { domainDayGraph } from '../../lib/graph/day-graph.ts';
import { layoutGraph } from '../../lib/graph/layout.ts';
import type { Graph } from '../../lib/graph/types.ts';
import { STATE_GLYPHS } from '../../lib/map/reach-shard.ts';
import type { ReachState } from '../../lib/reach/state.ts';
import { withBase } from '../../lib/url.ts';
import { placeGraph } from '../../lib/views/graph-svg.ts';
import { nodePath } from '../../lib/views/paths.ts';
import { h, s } from '../dom.ts';
import { t } from '../page-words.ts';
import { embedPageBase } from './view-url.ts';

/** The most nodes drawn, as on the domain page (FocusedGraph's default). */
const MAX_NODES = 200;
/** Above this many nodes only the focus is labelled, as on the domain page. */
const LABELS_UP_TO = 40;
/**
 * The box the graph is placed in: the frame's width (the domain page's 640 at most, so labels keep their size in a
 * narrow frame rather than shrink with the whole drawing), with a lower ceiling so the embed stays article-sized.
 */
function box(width: number): { width: number; minHeight: number; maxHeight: number; padX: number } {
  const w = Math.round(Math.min(640, Math.max(320, width)));
  return { width: w, minHeight: 160, maxHeight: 400, padX: w < 500 ? 90 : 120 };
}

function legendLine(stroke: string, dash?: string): SVGSVGElement {
  return s('svg', { width: 34, height: 10, 'aria-hidden': 'true' }, s('line', { x1: 0, y1: 5, x2: 34, y2: 5, stroke, 'stroke-width': 2.5, 'stroke-dasharray': dash }));
}

function svgOf(graph: Graph & { focus: string }, title: string, width: number): SVGSVGElement {
  const id = 'embed-graph';
  const placed = placeGraph(graph, layoutGraph(graph), box(width));
  const verb: Record<string, string> = { suspends: t('graph.state.suspends'), limits: t('graph.state.limits'), reaches: t('graph.state.reaches') };
  const states = ['suspends', 'limits', 'reaches'] as const;
  return s(
    'svg',
    {
      class: `graph-svg${placed.nodes.length > LABELS_UP_TO ? ' graph-svg-many' : ''}`,
      viewBox: `0 0 ${placed.width} ${placed.height}`,
      width: placed.width,
      height: placed.height,
      role: 'group',
      'aria-labelledby': `${id}-title`,
      'data-subgraph': 'domain-graph',
    },
    s('title', { id: `${id}-title` }, title),
    s('defs', {}, ...states.map((st) => s('marker', { id: `${id}-arrow-${st}`, viewBox: '0 0 10 10', refX: 1, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' }, s('path', { class: `arrow-${st}`, d: 'M0,0L10,5L0,10z' })))),
    s(
      'g',
      { class: 'edges' },
      ...placed.edges.map(({ edge, d }) =>
        s('path', { class: `edge edge-${edge.state}`, d, 'marker-end': `url(#${id}-arrow-${edge.state})`, 'data-source': edge.source, 'data-target': edge.target, 'data-shown-state': edge.state }, s('title', {}, t('graph.edge.words', { source: edge.source, verb: verb[edge.state]!, target: edge.target }))),
      ),
    ),
    s(
      'g',
      { class: 'nodes' },
      ...placed.nodes.map((p) =>
        s(
          'a',
          { href: withBase(embedPageBase, nodePath(p.node)), target: '_top', class: `node node-${p.node.kind}${p.node.id === graph.focus ? ' node-focus' : ''}`, 'data-node': p.node.id },
          s('title', {}, p.node.name && p.node.name !== p.node.id ? `${p.node.id} (${p.node.name})` : p.node.id),
          s('circle', { cx: p.x, cy: p.y, r: p.r }),
          s('text', { x: p.label.x, y: p.label.y, 'text-anchor': p.label.anchor }, p.node.id),
        ),
      ),
    ),
  );
}

/**
 * The figure of `domain`'s graph on `day` from its answers, drawn `width` wide (the frame's): the SVG (or a note when
 * too large), its caption and legend.
 */
export function focusedGraphFigure(domain: string, day: string, answers: ReadonlyMap<string, { state: ReachState }>, names: Readonly<Record<string, string>>, self: boolean, title: string, width: number): HTMLElement {
  const graph = domainDayGraph(domain, day, answers, names, self);
  if (graph.nodes.length > MAX_NODES) {
    return h('figure', { class: 'graph-figure' }, h('p', { class: 'note', 'data-graph-too-large': true }, t('graph.too-large', { nodes: graph.nodes.length, edges: graph.edges.length })));
  }
  return h(
    'figure',
    { class: 'graph-figure' },
    svgOf(graph, title, width),
    h('figcaption', { class: 'visually-hidden' }, title),
    h(
      'ul',
      { class: 'graph-svg-legend', 'aria-label': t('graph.legend') },
      h('li', {}, legendLine('var(--st-suspends)'), ` ${STATE_GLYPHS.suspends} ${t('graph.legend.suspends')}`),
      h('li', {}, legendLine('var(--st-limits)', '7 4'), ` ${STATE_GLYPHS.limits} ${t('graph.legend.limits')}`),
    ),
  );
}
