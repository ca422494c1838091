/**
 * The map's marks as SVG text for the downloaded figures (the map's image and the legends of src/lib/press/print-frame.ts):
 * the same shapes and glyphs as the page's marks (src/lib/map/shapes.ts, drawn in the browser by
 * src/client/marks.ts) with the page's colours written in, since a file has no style sheet. Unknown is hollow and
 * dashed, limits has a thick rim: a pattern and a glyph, never colour alone.
 */
import { SHAPES, STATE_GLYPHS, type MarkerShape } from '../map/shapes.ts';
import type { ShownState } from '../map/reach-shard.ts';

/** A mark's fill for each state, and with no domain picked (`none`), as in src/styles/map.css (light scheme). */
export const MARK_COLOURS: Readonly<Record<ShownState | 'none', string>> = {
  none: '#0b5cad',
  suspends: '#b91c1c',
  limits: '#b45309',
  reaches: '#15803d',
  unknown: '#4b5563',
  self: '#6d28d9',
};

const r2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * A mark of `shape` in `state` (none: no domain picked) whose anchor (a pin's tip, a square's centre) sits at
 * (x, y), scaled by `scale`, as one SVG `<g>`.
 */
export function markAt(shape: MarkerShape, state: ShownState | undefined, x: number, y: number, scale = 1): string {
  const g = SHAPES[shape];
  const fill = MARK_COLOURS[state ?? 'none'];
  const unknown = state === 'unknown';
  const body = unknown
    ? `<path d="${g.path}" fill="#ffffff" stroke="${fill}" stroke-width="2" stroke-dasharray="3 2"/>`
    : `<path d="${g.path}" fill="${fill}" stroke="#ffffff" stroke-width="${state === 'limits' ? 2.5 : 1.5}"/>`;
  const detail = g.detail ? `<path d="${g.detail}" fill="none" stroke="${fill}" stroke-width="2.5" stroke-linecap="round"/>` : '';
  const glyph = state
    ? `<path transform="translate(${g.glyph[0]} ${g.glyph[1]})" d="${STATE_GLYPHS[state]}" fill="none" stroke="${unknown ? '#1f2937' : '#ffffff'}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`
    : '';
  return `<g transform="translate(${r2(x - g.anchor[0] * scale)} ${r2(y - g.anchor[1] * scale)})${scale === 1 ? '' : ` scale(${scale})`}">${body}${detail}${glyph}</g>`;
}

/** The box a mark takes with its anchor at (x, y), for keeping labels off it. */
export function markBox(shape: MarkerShape, x: number, y: number, scale = 1): { x0: number; y0: number; x1: number; y1: number } {
  const g = SHAPES[shape];
  const x0 = x - g.anchor[0] * scale;
  const y0 = y - g.anchor[1] * scale;
  return { x0, y0, x1: x0 + g.width * scale, y1: y0 + g.height * scale };
}
