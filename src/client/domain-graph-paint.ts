/**
 * A domain's focused graph (the domain page's, or the reach embed's copy of it) recoloured for a replayed day.
 */
import type { ReachState } from '../lib/reach/state.ts';

/**
 * The page's focused graph on the day shown: an edge of a community that suspends or limits the domain that day
 * takes that state's colour, dash and arrow; any other edge fades (class `edge-off`) and says so in its title.
 * The graph holds the communities acting on the domain now: one that acted only in the past is in the replay's
 * table, not in the graph.
 */
export function paintGraph(states: ReadonlyMap<string, ReachState>): void {
  for (const path of document.querySelectorAll<SVGPathElement>('svg[data-subgraph="domain-graph"] path.edge[data-source]')) {
    const state = states.get(path.dataset.source ?? '') ?? 'unknown';
    const acting = state === 'suspends' || state === 'limits';
    path.classList.remove('edge-suspends', 'edge-limits', 'edge-off');
    path.classList.add(acting ? `edge-${state}` : 'edge-off');
    const arrow = path.getAttribute('marker-end')?.replace(/arrow-(suspends|limits|reaches)\)/, `arrow-${acting ? state : 'reaches'})`);
    if (arrow) path.setAttribute('marker-end', arrow);
    path.dataset.shownState = state;
  }
}
