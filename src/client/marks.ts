/**
 * The map's marks built in the browser, from the same geometry as the legend (src/lib/map/shapes.ts):
 * a shape for the area's scale, and a glyph, a colour and an outline for the reach state.
 */
import { glyphTransform, SHAPES, STATE_GLYPHS, type MarkerShape } from '../lib/map/shapes.ts';
import type { ShownState } from '../lib/map/reach-shard.ts';
import { s } from './dom.ts';

/** The classes a state gives a mark or its container: `reach-suspends`, or `reach-none` with no domain chosen. */
export function stateClass(state: ShownState | undefined): string {
  return state ? `reach-${state}` : 'reach-none';
}

/** Every state class, to remove before setting another. */
export const STATE_CLASSES = ['reach-none', 'reach-suspends', 'reach-limits', 'reach-reaches', 'reach-unknown', 'reach-self'];

/** A mark as an SVG element (decorative: its container carries the accessible name). */
export function markSvg(shape: MarkerShape, state: ShownState | undefined): SVGSVGElement {
  const g = SHAPES[shape];
  return s(
    'svg',
    {
      class: `mark shape-${shape} ${stateClass(state)}`,
      width: g.width,
      height: g.height,
      viewBox: `0 0 ${g.width} ${g.height}`,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    s('path', { class: 'mark-body', d: g.path }),
    g.detail ? s('path', { class: 'mark-detail', d: g.detail }) : null,
    s('g', { class: 'mark-glyph', transform: glyphTransform(shape) }, s('path', { 'data-glyph': true, d: state ? STATE_GLYPHS[state] : '' })),
  );
}

/** Sets the state of an element holding marks (or a mark itself): its class and every glyph inside it. */
export function setMarkState(el: Element, state: ShownState | undefined): void {
  el.classList.remove(...STATE_CLASSES);
  el.classList.add(stateClass(state));
  for (const svg of el.matches('svg.mark') ? [el] : Array.from(el.querySelectorAll('svg.mark'))) {
    svg.classList.remove(...STATE_CLASSES);
    svg.classList.add(stateClass(state));
    svg.querySelector('[data-glyph]')?.setAttribute('d', state ? STATE_GLYPHS[state] : '');
  }
}
