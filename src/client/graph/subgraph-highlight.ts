/**
 * Highlights a node of a focused graph and its neighbours while it is hovered or focused: the rest of the SVG
 * fades, and the rows of the table beside it that touch the node are outlined. Reads the graph from the SVG's
 * own `data-*` attributes; does nothing else, so without it the SVG and the table work as they are.
 */

function enhance(svg: SVGSVGElement): void {
  const id = svg.dataset.subgraph ?? '';
  const edges = [...svg.querySelectorAll<SVGPathElement>('.edge')];
  const nodes = [...svg.querySelectorAll<SVGAElement>('[data-node]')];
  const rows = [...document.querySelectorAll<HTMLTableRowElement>(`table[data-edge-table="${CSS.escape(id)}"] tbody tr[data-source]`)];
  const near = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!near.has(a)) near.set(a, new Set([a]));
    near.get(a)!.add(b);
  };
  for (const e of edges) {
    const s = e.dataset.source ?? '';
    const t = e.dataset.target ?? '';
    link(s, t);
    link(t, s);
  }

  const clear = () => {
    svg.classList.remove('is-highlighting');
    for (const el of svg.querySelectorAll('.is-near, .is-active')) el.classList.remove('is-near', 'is-active');
    for (const r of rows) r.classList.remove('is-near');
  };
  const show = (nodeId: string) => {
    clear();
    const group = near.get(nodeId) ?? new Set([nodeId]);
    svg.classList.add('is-highlighting');
    for (const n of nodes) {
      const nid = n.dataset.node ?? '';
      n.classList.toggle('is-near', group.has(nid));
      n.classList.toggle('is-active', nid === nodeId);
    }
    for (const e of edges) e.classList.toggle('is-near', e.dataset.source === nodeId || e.dataset.target === nodeId);
    for (const r of rows) r.classList.toggle('is-near', r.dataset.source === nodeId || r.dataset.target === nodeId);
  };

  for (const n of nodes) {
    const nodeId = n.dataset.node ?? '';
    n.addEventListener('mouseenter', () => show(nodeId));
    n.addEventListener('focus', () => show(nodeId));
    n.addEventListener('mouseleave', clear);
    n.addEventListener('blur', clear);
  }
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-subgraph]')) enhance(svg);
