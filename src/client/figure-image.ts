/**
 * The Download menu's images, ready to print: the figure (an SVG on the page, copied with its styles, or drawn by
 * its view's script from the data it holds: src/client/image-source.ts) framed by src/lib/press/print-frame.ts
 * with a title, a legend of words and shapes, the day shown, the credit, the licence and the page's address.
 * Labels never overlap (src/lib/label-placement.ts): those that cannot be placed are left out of the image and
 * the footer says how many. The file is named with the day the figure shows.
 */
import { placeLabels, spotsAround, type Anchor, type Box, type LabelCandidate, type LabelSpot } from '../lib/label-placement.ts';
import { STATE_GLYPHS, stateWords } from '../lib/map/reach-shard.ts';
import { printFrame, PRINT_LIGHT, type LegendItem, type PrintTheme } from '../lib/press/print-frame.ts';
import { MARK_COLOURS } from '../lib/press/print-marks.ts';
import { saveImage, standaloneClone } from './download.ts';
import { imageSourceOf, type BuiltFigure } from './image-source.ts';
import { dayWords, t } from './page-words.ts';

/** What the Download button says about its image (its `data-image-*` attributes, set by PressTools). */
export interface ImageRequest {
  /** The element: an `<svg>`, or one whose script set an image source. */
  selector: string;
  /** The figure's title. */
  title: string;
  /** Which legend an SVG on the page gets: its edges' states, or the timeline's lines. */
  legend?: string;
  /** Which day an SVG on the page shows: the day the page shows (default), or the atlas's latest (`latest`). */
  day?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EDGE_DASH = { suspends: undefined, limits: '7 4', reaches: '2 3' } as const;

/** The day an SVG on the page shows: the as-of section's (`data-shown`, or its `data-day` for the latest). */
function pageDay(which: string | undefined): string | undefined {
  const asOf = document.querySelector<HTMLElement>('[data-as-of]');
  const day = which === 'latest' ? asOf?.dataset.day : (asOf?.dataset.shown ?? asOf?.dataset.day);
  return day !== undefined && DAY.test(day) ? day : undefined;
}

/** The legend of an SVG on the page: the edge states it draws (graph), or the timeline's two lines. */
function svgLegend(svg: SVGSVGElement, kind: string | undefined): LegendItem[] {
  const words = stateWords(t);
  const states = ['suspends', 'limits', 'reaches'] as const;
  const drawn = kind === 'timeline' ? states.filter((s) => svg.querySelector(`.series-${s}`)) : states.filter((s) => svg.querySelector(`path.edge-${s}`));
  const legend: LegendItem[] = drawn.map((s) => ({ word: `${STATE_GLYPHS[s]} ${words[s].label}`, swatch: { kind: 'line', colour: MARK_COLOURS[s], dash: EDGE_DASH[s] } }));
  // A replayed day fades the edges of communities not acting that day (src/client/domain-graph-paint.ts).
  if (kind !== 'timeline' && svg.querySelector('path.edge-off')) legend.push({ word: t('press.print.edge-off'), swatch: { kind: 'line', colour: '#9ca3af', dash: '1 4' } });
  return legend;
}

/**
 * Moves or leaves out the labels of `clone` (a copy of `live`) so that none overlaps another or a node: the most
 * important first (the focus, then bigger nodes), each at the place it was drawn or else around its node. Returns
 * how many were left out.
 */
function declutter(live: SVGSVGElement, clone: SVGSVGElement): number {
  const liveTexts = [...live.querySelectorAll<SVGTextElement>('text')];
  const cloneTexts = [...clone.querySelectorAll<SVGTextElement>('text')];
  const box = live.viewBox.baseVal;
  const bounds: Box = { x0: 0, y0: 0, x1: box?.width || live.clientWidth, y1: box?.height || live.clientHeight };
  const obstacles: Box[] = [...live.querySelectorAll<SVGCircleElement>('circle')].map((c) => {
    const [cx, cy, r] = [c.cx.baseVal.value, c.cy.baseVal.value, c.r.baseVal.value];
    return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
  });
  const labels: LabelCandidate[] = [];
  liveTexts.forEach((text, i) => {
    const cs = getComputedStyle(text);
    if (cs.display === 'none' || cs.visibility === 'hidden' || !text.textContent?.trim()) return;
    const size = parseFloat(cs.fontSize) || 12;
    const first: LabelSpot = { x: text.x.baseVal[0]?.value ?? 0, y: text.y.baseVal[0]?.value ?? 0, anchor: (text.getAttribute('text-anchor') ?? cs.textAnchor ?? 'start') as Anchor };
    const circle = text.parentElement?.querySelector<SVGCircleElement>('circle');
    const spots = circle ? spotsAround(circle.cx.baseVal.value, circle.cy.baseVal.value, circle.r.baseVal.value, size, first) : [first];
    const focus = text.closest('.node-focus') ? 1e6 : 0;
    labels.push({ id: String(i).padStart(6, '0'), priority: focus + (circle?.r.baseVal.value ?? 0), width: text.getComputedTextLength(), size, spots });
  });
  // Nodes are in every label's way; a label's spots are beside its own node, never on it.
  const { placed, dropped } = placeLabels(labels, obstacles, bounds);
  for (const [id, spot] of placed) {
    const copy = cloneTexts[Number(id)]!;
    copy.setAttribute('x', String(Math.round(spot.x * 10) / 10));
    copy.setAttribute('y', String(Math.round(spot.y * 10) / 10));
    copy.setAttribute('text-anchor', spot.anchor);
  }
  for (const id of dropped) cloneTexts[Number(id)]!.remove();
  return dropped.length;
}

/** The page's own colours, so a copied figure's text stays readable on the frame. */
function pageTheme(): PrintTheme {
  const cs = getComputedStyle(document.body);
  const background = cs.backgroundColor;
  if (!background || background === 'rgba(0, 0, 0, 0)' || background === 'transparent') return PRINT_LIGHT;
  return { background, ink: cs.color || PRINT_LIGHT.ink, muted: cs.color || PRINT_LIGHT.muted };
}

/** The figure of the request: drawn by its view's script, or copied from the SVG on the page. */
async function figureOf(request: ImageRequest): Promise<(BuiltFigure & { theme: PrintTheme }) | undefined> {
  const el = document.querySelector(request.selector);
  if (!el) return undefined;
  const source = imageSourceOf(el);
  if (source) return { ...(await source()), theme: PRINT_LIGHT };
  if (!(el instanceof SVGSVGElement)) return undefined;
  const clone = standaloneClone(el);
  const dropped = declutter(el, clone);
  const width = Number(clone.getAttribute('width'));
  const height = Number(clone.getAttribute('height'));
  return {
    figure: { width, height, svg: new XMLSerializer().serializeToString(clone) },
    legend: svgLegend(el, request.legend),
    day: pageDay(request.day) ?? '',
    suffix: '',
    dropped,
    theme: pageTheme(),
  };
}

/**
 * Saves the requested figure, framed for print, as `<name><suffix>-<day>.svg` or `.png` (the PNG at twice the
 * framed size). Rejects when the view's data cannot be read.
 */
export async function downloadFigure(request: ImageRequest, name: string, kind: 'svg' | 'png'): Promise<void> {
  const built = await figureOf(request);
  if (!built) return;
  const framed = printFrame({
    figure: built.figure,
    title: built.title ?? request.title,
    asOf: built.day ? t('press.print.as-of', { day: dayWords(built.day) }) : '',
    legend: built.legend,
    credit: built.sources ? `Federation Atlas · ${built.sources}` : 'Federation Atlas',
    licence: t('press.print.licence'),
    url: location.href,
    note: built.dropped > 0 ? t('press.print.dropped', { count: built.dropped }) : undefined,
    theme: built.theme,
  });
  await saveImage(framed.svg, framed.width, framed.height, `${name}${built.suffix}${built.day ? `-${built.day}` : ''}`, kind);
}
