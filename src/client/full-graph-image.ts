/**
 * The /graph/ page's downloadable image: once the canvas has its graph (GRAPH_READY), the Download menu can draw
 * the whole graph as SVG (src/lib/press/graph-figure.ts) from the nodes and edges the canvas holds, which are the
 * replayed day's when a day is chosen (`data-shown-day`, set by graph-replay.ts), else the payload's day.
 */
import { STATE_GLYPHS } from '../lib/map/reach-shard.ts';
import { EDGE_DASHES, graphFigure, GRAPH_COLOURS } from '../lib/press/graph-figure.ts';
import type { LegendItem } from '../lib/press/print-frame.ts';
import { GRAPH_READY, type GraphReady } from './graph/graph-events.ts';
import { setImageSource } from './image-source.ts';
import { t } from './page-words.ts';

/** The figure's width in pixels (the PNG is twice that). */
const WIDTH = 1000;

const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-full-graph]');
canvas?.addEventListener(
  GRAPH_READY,
  (e) => {
    const { view, payload } = (e as CustomEvent<GraphReady>).detail;
    const built = (payload as { day?: unknown } | null)?.day;
    setImageSource(canvas, async () => {
      const drawn = graphFigure(view.nodes, view.edges, WIDTH);
      const states = (['suspends', 'limits', 'reaches'] as const).filter((s) => view.edges.some((edge) => edge.state === s));
      const legend: LegendItem[] = [
        ...states.map((s): LegendItem => ({ word: `${STATE_GLYPHS[s]} ${t(s === 'reaches' ? 'graph.state.reaches' : `graph.legend.${s}`)}`, swatch: { kind: 'line', colour: GRAPH_COLOURS[s], dash: EDGE_DASHES[s] } })),
        { word: t('graph.legend.community'), swatch: { kind: 'disc', colour: GRAPH_COLOURS.community } },
        { word: t('graph.legend.domain'), swatch: { kind: 'disc', colour: GRAPH_COLOURS.domain } },
      ];
      return {
        figure: { width: drawn.width, height: drawn.height, svg: drawn.svg },
        legend,
        day: canvas.dataset.shownDay ?? (typeof built === 'string' ? built : ''),
        suffix: '',
        dropped: drawn.dropped,
      };
    });
  },
  { once: true },
);
