/**
 * A downloaded figure made ready to print or publish on its own: a standalone SVG with a title line, the figure, a
 * legend where every entry has a word and a shape or pattern (never colour alone), and a footer with the day the
 * figure shows, the credit, the data's licence and the page's address, every word as visible `<text>`.
 *
 * Every string is escaped (src/lib/press/xml.ts): data is text, never markup. Long titles wrap to two lines and
 * end with an ellipsis; long legend words and addresses are cut with one. Pure: the same words and figure give the
 * same SVG. Used by src/client/figure-image.ts for the domain page's graph and timeline, the full graph and the map.
 */
import { SHAPES, type MarkerShape } from '../map/shapes.ts';
import type { ShownState } from '../map/reach-shard.ts';
import { textWidth } from '../label-placement.ts';
import { markAt } from './print-marks.ts';
import { xmlEscape } from './xml.ts';

/**
 * How a legend entry is drawn beside its word: a line (colour and dash pattern), a map mark (shape and glyph), or
 * a disc (a graph's node, a map's cluster with its count as `text`).
 */
export type LegendSwatch =
  | { kind: 'line'; colour: string; dash?: string }
  | { kind: 'mark'; shape: MarkerShape; state?: ShownState }
  | { kind: 'disc'; colour: string; text?: string };

/** One legend entry: its word (with its glyph, "✕ Suspends") and how it is drawn. */
export interface LegendItem {
  word: string;
  swatch: LegendSwatch;
}

/** The colours the frame is drawn in. */
export interface PrintTheme {
  background: string;
  ink: string;
  muted: string;
}

/** The frame's inputs. */
export interface PrintFrameInput {
  /** The figure: a complete `<svg>` element (made by the atlas's own code, with its width and height), and its size. */
  figure: { width: number; height: number; svg: string };
  /** What the figure shows, in one line or two. */
  title: string;
  /** The day the figure shows, in words ("Data as of 31 December 2023"). */
  asOf: string;
  /** The legend's entries, in order. */
  legend: readonly LegendItem[];
  /** Who made it: "Federation Atlas". */
  credit: string;
  /** The data's licence, in words. */
  licence: string;
  /** The page the figure comes from. */
  url: string;
  /** A further line for the footer (what was left out), when there is one. */
  note?: string;
  /** Colours; light by default. */
  theme?: PrintTheme;
}

/** The light colours, for print. */
export const PRINT_LIGHT: PrintTheme = { background: '#ffffff', ink: '#1f2328', muted: '#4b5563' };

/** The font stack (system fonts; no web font is fetched). */
export const PRINT_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, Liberation Sans, Arial, sans-serif';

const PAD = 16;
const MIN_WIDTH = 520;
const TITLE_SIZE = 18;
const LEGEND_SIZE = 12;
const FOOT_SIZE = 11;
const SWATCH = 28;

/** Cuts `text` to at most `max` characters (not UTF-16 units), ending with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * `text` in lines of at most `perLine` characters, broken at spaces (a word longer than a line is cut into
 * pieces), at most `maxLines` of them, the last ending with an ellipsis when text is left over.
 */
export function wrapLines(text: string, perLine: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const pieces = words.flatMap((w) => {
    const chars = [...w];
    const out: string[] = [];
    for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
    return out;
  });
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < pieces.length; i++) {
    const next = line === '' ? pieces[i]! : `${line} ${pieces[i]}`;
    if ([...next].length <= perLine) {
      line = next;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) break;
    line = pieces[i]!;
  }
  if (lines.length < maxLines && line !== '') lines.push(line);
  if (i < pieces.length && lines.length === maxLines) lines[maxLines - 1] = clipText(`${lines[maxLines - 1]} ${pieces[i]}`, perLine);
  return lines;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

function text(x: number, y: number, size: number, fill: string, words: string, extra = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${size}" fill="${fill}"${extra}>${xmlEscape(words)}</text>`;
}

function swatchSvg(swatch: LegendSwatch, x: number, midY: number): string {
  if (swatch.kind === 'line') {
    const dash = swatch.dash ? ` stroke-dasharray="${xmlEscape(swatch.dash)}"` : '';
    return `<line x1="${r1(x)}" y1="${r1(midY)}" x2="${r1(x + SWATCH)}" y2="${r1(midY)}" stroke="${xmlEscape(swatch.colour)}" stroke-width="2.5"${dash}/>`;
  }
  if (swatch.kind === 'disc') {
    const cx = r1(x + SWATCH / 2);
    const label = swatch.text ? `<text x="${cx}" y="${r1(midY + 3.5)}" font-size="10" font-weight="bold" text-anchor="middle" fill="#ffffff">${xmlEscape(swatch.text)}</text>` : '';
    return `<circle cx="${cx}" cy="${r1(midY)}" r="${swatch.text ? 8 : 6}" fill="${xmlEscape(swatch.colour)}" stroke="#ffffff" stroke-width="1.5"/>${label}`;
  }
  // A mark scaled to the legend's line (18 px high at most), its box centred on the swatch's place.
  const g = SHAPES[swatch.shape];
  const scale = Math.min(0.8, 18 / g.height);
  const x0 = x + SWATCH / 2 - (g.width * scale) / 2;
  const y0 = midY - (g.height * scale) / 2;
  return markAt(swatch.shape, swatch.state, x0 + g.anchor[0] * scale, y0 + g.anchor[1] * scale, scale);
}

/** The legend laid out in rows across `width`: its SVG and its height. */
function legendSvg(items: readonly LegendItem[], x0: number, y0: number, width: number, ink: string): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const rowHeight = 20;
  const parts: string[] = [];
  let x = x0;
  let row = 0;
  for (const item of items) {
    const word = clipText(item.word, 60);
    const w = SWATCH + 6 + textWidth(word, LEGEND_SIZE) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      row++;
    }
    const mid = y0 + row * rowHeight + rowHeight / 2;
    parts.push(swatchSvg(item.swatch, x, mid), text(x + SWATCH + 6, mid + LEGEND_SIZE * 0.35, LEGEND_SIZE, ink, word));
    x += w;
  }
  return { svg: `<g data-print-legend="">${parts.join('')}</g>`, height: (row + 1) * rowHeight };
}

/** A framed figure: the standalone SVG file's text and its size. */
export interface PrintedFigure {
  svg: string;
  width: number;
  height: number;
}

/** The standalone SVG of a figure with its title, legend and footer (see the module's comment). */
export function printFrame(input: PrintFrameInput): PrintedFigure {
  const theme = input.theme ?? PRINT_LIGHT;
  const { figure } = input;
  const width = Math.ceil(Math.max(MIN_WIDTH, figure.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const perLine = (size: number) => Math.max(8, Math.floor(inner / (size * 0.6)));

  const body: string[] = [];
  let y = PAD;
  const titleLines = wrapLines(input.title, perLine(TITLE_SIZE), 2);
  for (const line of titleLines) {
    y += TITLE_SIZE * 1.25;
    body.push(text(PAD, y, TITLE_SIZE, theme.ink, line, ' font-weight="bold" data-print-title=""'));
  }
  y += 10;
  const figureX = r1((width - figure.width) / 2);
  const svg = figure.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  body.push(`<g transform="translate(${figureX} ${r1(y)})">${svg}</g>`);
  y += figure.height + 10;
  const legend = legendSvg(input.legend, PAD, y, inner, theme.ink);
  body.push(legend.svg);
  y += legend.height + (legend.height > 0 ? 8 : 0);
  body.push(`<line x1="${PAD}" y1="${r1(y)}" x2="${width - PAD}" y2="${r1(y)}" stroke="${theme.muted}" stroke-width="0.5"/>`);
  const footer = [
    { words: input.asOf, attrs: ' font-weight="bold" data-print-as-of=""', fill: theme.ink },
    { words: `${input.credit} · ${input.licence}`, attrs: ' data-print-credit=""', fill: theme.muted },
    { words: input.url, attrs: ' data-print-url=""', fill: theme.muted },
    ...(input.note ? [{ words: input.note, attrs: ' data-print-note=""', fill: theme.muted }] : []),
  ];
  for (const line of footer) {
    y += FOOT_SIZE * 1.45;
    body.push(text(PAD, y, FOOT_SIZE, line.fill, clipText(line.words, perLine(FOOT_SIZE)), line.attrs));
  }
  const height = Math.ceil(y + PAD);
  const svgText = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PRINT_FONT}">`,
    `<title>${xmlEscape(`${input.title}. ${input.asOf}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="${xmlEscape(theme.background)}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
  return { svg: svgText, width, height };
}
