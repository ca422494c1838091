/**
 * The full graph's downloadable figure as SVG text, from the nodes and edges the /graph/ page's canvas holds on the
 * day it shows (src/client/full-graph-image.ts): the whole graph fitted into `width`, edges coloured AND dashed by
 * state (suspends solid, limits dashed, reaches dotted; above DENSE_EDGES_ABOVE all solid hairlines, as on the
 * canvas), nodes as discs (curated communities and other domains in two colours), and labels for the nodes most
 * acted on first, each beside its node where it overlaps no other label and no node (src/lib/label-placement.ts);
 * the rest are left out and counted (every node is in the tables and the JSON). Pure; every string is escaped.
 */
import { placeLabels, spotsAround, textWidth, type Box, type LabelCandidate } from '../label-placement.ts';
import { DENSE_EDGES_ABOVE, type DrawEdge, type DrawNode } from '../views/graph-data.ts';
import { xmlEscape } from './xml.ts';

/** The figure's colours (the light scheme of src/styles/pages.css). */
export const GRAPH_COLOURS = { suspends: '#b91c1c', limits: '#b45309', reaches: '#15803d', community: '#0b5cad', domain: '#6b7280', text: '#1b1f24' } as const;

/** The dash of each edge state, as on the page's graphs. */
export const EDGE_DASHES = { suspends: undefined, limits: '7 4', reaches: '2 3' } as const;

const LABEL_SIZE = 11;
const MARGIN = 12;
const r1 = (n: number): number => Math.round(n * 10) / 10;

/** The figure's `<svg>` element, its size, and how many labels were left out. */
export function graphFigure(nodes: readonly DrawNode[], edges: readonly DrawEdge[], width: number): { svg: string; width: number; height: number; dropped: number } {
  let [minX, maxX, minY, maxY] = nodes.length ? [Infinity, -Infinity, Infinity, -Infinity] : [0, 1, 0, 1];
  for (const n of nodes) [minX, maxX, minY, maxY] = [Math.min(minX, n.x), Math.max(maxX, n.x), Math.min(minY, n.y), Math.max(maxY, n.y)];
  const spanX = Math.max(1, maxX - minX);
  const spanY = Math.max(1, maxY - minY);
  const scale = (width - 2 * MARGIN) / spanX;
  const height = Math.ceil(spanY * scale + 2 * MARGIN);
  const px = (n: DrawNode) => MARGIN + (n.x - minX) * scale;
  const py = (n: DrawNode) => MARGIN + (n.y - minY) * scale;
  const radius = (n: DrawNode) => Math.max(1.5, Math.min(14, n.r * Math.min(1, scale * 1.5)));
  const dense = edges.length > DENSE_EDGES_ABOVE;

  const byState = new Map<DrawEdge['state'], string[]>();
  for (const e of edges) {
    const a = nodes[e.source];
    const b = nodes[e.target];
    if (!a || !b) continue;
    const list = byState.get(e.state) ?? [];
    list.push(`M${r1(px(a))} ${r1(py(a))}L${r1(px(b))} ${r1(py(b))}`);
    byState.set(e.state, list);
  }
  const edgeSvg = (['reaches', 'limits', 'suspends'] as const)
    .filter((s) => byState.has(s))
    .map((s) => {
      const dash = !dense && EDGE_DASHES[s] ? ` stroke-dasharray="${EDGE_DASHES[s]}"` : '';
      return `<path data-edge-state="${s}" d="${byState.get(s)!.join('')}" fill="none" stroke="${GRAPH_COLOURS[s]}" stroke-width="${dense ? 0.4 : 1}" stroke-opacity="${dense ? 0.5 : 0.8}"${dash}/>`;
    });

  const obstacles: Box[] = [];
  const labels: LabelCandidate[] = [];
  const nodeSvg = nodes.map((n, i) => {
    const [x, y, r] = [px(n), py(n), radius(n)];
    obstacles.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    labels.push({ id: String(i), priority: n.acting, width: textWidth(n.id, LABEL_SIZE), size: LABEL_SIZE, spots: spotsAround(x, y, r, LABEL_SIZE) });
    return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${n.community ? GRAPH_COLOURS.community : GRAPH_COLOURS.domain}" stroke="#ffffff" stroke-width="0.8"/>`;
  });
  const { placed, dropped } = placeLabels(labels, obstacles, { x0: 0, y0: 0, x1: width, y1: height });
  const labelSvg = [...placed]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([id, s]) => `<text x="${r1(s.x)}" y="${r1(s.y)}" text-anchor="${s.anchor}" font-size="${LABEL_SIZE}" fill="${GRAPH_COLOURS.text}" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${xmlEscape(nodes[Number(id)]!.id)}</text>`);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-print-graph="">`,
    `<g data-print-edges="">${edgeSvg.join('')}</g>`,
    `<g data-print-nodes="">${nodeSvg.join('')}</g>`,
    `<g data-print-labels="">${labelSvg.join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height, dropped: dropped.length };
}
