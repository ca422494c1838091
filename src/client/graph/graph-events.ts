/**
 * The events the /graph/ canvas (full-graph.ts) sends on its element, so other parts of the page (the as-of replay,
 * graph-replay.ts) can follow it without the canvas knowing them.
 */
import type { GraphCanvas } from './canvas-view.ts';

/** Sent once the graph is loaded and its first frame drawn: the view, and the payload as fetched (for its other keys). */
export const GRAPH_READY = 'atlas:graph-ready';

/**
 * The User Timing marks (`performance.mark`) of the canvas's start, in a browser's performance panel and read by
 * the bench (tools/bench/graph-speed.ts): the script began, the data was parsed, decoded, and the first frame drawn.
 */
export const GRAPH_MARKS = { start: 'atlas:graph-start', parsed: 'atlas:graph-parsed', decoded: 'atlas:graph-decoded', firstFrame: 'atlas:graph-first-frame' } as const;

/** Sent whenever a node is selected (index -1: none). */
export const GRAPH_SELECT = 'atlas:graph-select';

/** The detail of GRAPH_READY. */
export interface GraphReady {
  view: GraphCanvas;
  payload: unknown;
}

/** The detail of GRAPH_SELECT. */
export interface GraphSelect {
  index: number;
}
