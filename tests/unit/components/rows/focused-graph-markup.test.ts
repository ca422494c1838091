/**
 * A focused graph written as one string (src/components/rows/focused-graph-markup.ts, FocusedGraph.astro's markup),
 * read back with parse5 (the parsing algorithm browsers use): one link per node, one path and one row per edge, the
 * note that replaces a graph too large to draw, and nothing from the data (ids, names, `via`) ever becoming an
 * element or leaving its attribute. Every graph and layout here is synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { focusedGraphMarkup, type FocusedGraphProps, type GraphWords } from '../../../../src/components/rows/focused-graph-markup.ts';
import { translator } from '../../../../src/locales/index.ts';
import { ringLayout } from '../../../../src/lib/graph/layout.ts';
import type { Graph, GraphEdge, GraphNode } from '../../../../src/lib/graph/types.ts';
import { stateWords } from '../../../../src/lib/map/reach-shard.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const words: GraphWords = { t, date: (iso) => `day ${iso}`, page: (path) => `/cy/${path}` };
const DAY = '2025-06-01';

/** A synthetic node. */
const node = (id: string, kind: GraphNode['kind'], acting: number, name?: string): GraphNode => ({ id, kind, acting, size: 4 + acting, ...(name === undefined ? {} : { name }) });

/** A synthetic graph in focus on `focus`, with a ring layout (pure arithmetic: the same on every machine). */
function props(nodes: GraphNode[], edges: GraphEdge[], focus: string, rest: Partial<FocusedGraphProps> = {}): FocusedGraphProps {
  const graph = { day: DAY, nodes, edges, focus };
  return { graph, layout: ringLayout(graph), id: 'g', title: 'A synthetic graph', ...rest };
}

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const RTL = 'gro.\u202Eevil.example';

describe('focusedGraphMarkup: a graph small enough to draw', () => {
  // Synthetic: two communities (one named with markup) acting on a focused domain, one of them through a parent
  // domain whose words are markup, and a third community whose domain has a right-to-left override.
  const nodes = [
    node(BREAKOUT, 'community', 0, SCRIPT),
    node('home.example', 'community', 0, 'Home'),
    node(RTL, 'community', 1, RTL),
    node(SCRIPT, 'domain', 2),
  ];
  const edges: GraphEdge[] = [
    { source: BREAKOUT, target: SCRIPT, state: 'suspends', since: '2024-01-01', via: SCRIPT },
    { source: 'home.example', target: RTL, state: 'limits', since: { on_or_before: '2024-03-03' }, until: '2025-09-09', via: BREAKOUT },
    { source: RTL, target: SCRIPT, state: 'limits' },
  ];
  const p = props(nodes, edges, SCRIPT);
  const page = bodyOf(focusedGraphMarkup(p, words).html);
  const svg = all(page, 'svg')[0]!;
  const rows = all(all(page, 'tbody')[0]!, 'tr');

  it('makes no element of the data: no script, no img, and only the elements the graph writes', () => {
    expect(all(page, 'script')).toEqual([]);
    expect(all(page, 'img')).toEqual([]);
    const tags = new Set<string>();
    const walk = (el: El) => {
      tags.add(el.tag);
      el.children.forEach(walk);
    };
    walk(page);
    expect([...tags].sort()).toEqual(
      ['a', 'body', 'caption', 'circle', 'defs', 'div', 'figcaption', 'figure', 'g', 'li', 'line', 'marker', 'path', 'span', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr', 'ul'].sort(),
    );
  });

  it('gives back every id as the same attribute value and text, the right-to-left override included', () => {
    const links = all(all(svg, 'g')[1]!, 'a');
    expect(links.map((a) => a.attrs['data-node'])).toEqual(nodes.map((n) => n.id));
    expect(links.map((a) => all(a, 'text')[0]!.text)).toEqual(nodes.map((n) => n.id));
    expect(all(svg, 'path').filter((x) => x.attrs['data-source'] !== undefined).map((x) => [x.attrs['data-source'], x.attrs['data-target']])).toEqual(edges.map((e) => [e.source, e.target]));
    expect(rows.map((r) => r.children[0]!.text)).toEqual(edges.map((e) => e.source));
    expect(rows.map((r) => all(r.children[2]!, 'a')[0]!.text)).toEqual(edges.map((e) => e.target));
  });

  it('writes one link per node, to its page in the page language, with its words as its aria-label', () => {
    const links = all(all(svg, 'g')[1]!, 'a');
    expect(links).toHaveLength(nodes.length);
    expect(links.map((a) => a.attrs.href)).toEqual([`/cy/servers/${BREAKOUT}/`, '/cy/servers/home.example/', `/cy/servers/${RTL}/`, `/cy/domains/${SCRIPT}/`]);
    expect(links.map((a) => a.attrs['aria-label'])).toEqual([
      t('graph.node.open', { words: t('graph.node.words', { id: BREAKOUT, who: t('graph.node.community-named', { name: SCRIPT }), count: 0 }) }),
      t('graph.node.open', { words: t('graph.node.words', { id: 'home.example', who: t('graph.node.community-named', { name: 'Home' }), count: 0 }) }),
      // A name that is the id itself is not repeated.
      t('graph.node.open', { words: t('graph.node.words', { id: RTL, who: t('graph.node.community'), count: 1 }) }),
      t('graph.node.open', { words: t('graph.node.words', { id: SCRIPT, who: t('graph.kind.domain'), count: 2 }) }),
    ]);
    expect(links.map((a) => a.attrs.class)).toEqual(['node node-community', 'node node-community', 'node node-community', 'node node-domain node-focus']);
  });

  it('draws each edge with its state, its arrowhead and its words (the `via` as text)', () => {
    const paths = all(all(svg, 'g')[0]!, 'path');
    expect(paths.map((x) => [x.attrs.class, x.attrs['marker-end']])).toEqual([
      ['edge edge-suspends', 'url(#g-arrow-suspends)'],
      ['edge edge-limits', 'url(#g-arrow-limits)'],
      ['edge edge-limits', 'url(#g-arrow-limits)'],
    ]);
    expect(paths.map((x) => x.text)).toEqual([
      `${BREAKOUT} suspends ${SCRIPT} since day 2024-01-01 (by its decision on ${SCRIPT})`,
      `home.example limits ${RTL} since ${t('labels.since.on-or-before', { date: 'day 2024-03-03' })} until day 2025-09-09 (by its decision on ${BREAKOUT})`,
      `${RTL} limits ${SCRIPT}`,
    ]);
    expect(all(svg, 'marker').map((m) => m.attrs.id)).toEqual(['g-arrow-suspends', 'g-arrow-limits', 'g-arrow-reaches']);
    expect(svg.attrs).toMatchObject({ class: 'graph-svg', role: 'group', 'aria-labelledby': 'g-title', 'data-subgraph': 'g' });
    expect(all(svg, 'title')[0]).toMatchObject({ attrs: { id: 'g-title' }, text: 'A synthetic graph' });
  });

  it('tables each edge in a row carrying its source and target, with its badge, `via`, since and until', () => {
    expect(rows.map((r) => [r.attrs['data-source'], r.attrs['data-target']])).toEqual(edges.map((e) => [e.source, e.target]));
    expect(rows.map((r) => r.children.map((c) => c.attrs['data-label']))).toEqual(edges.map(() => ['From', 'Does', 'To', 'Since']));
    const badges = stateWords(t);
    expect(rows.map((r) => all(r.children[1]!, 'span')[0]!.attrs['data-state'])).toEqual(['suspends', 'limits', 'limits']);
    expect(rows.map((r) => r.children[1]!.text)).toEqual([badges.suspends.glyph + badges.suspends.label, badges.limits.glyph + badges.limits.label, badges.limits.glyph + badges.limits.label]);
    expect(rows.map((r) => all(r.children[0]!, 'a')[0]!.attrs.href)).toEqual([`/cy/servers/${BREAKOUT}/`, '/cy/servers/home.example/', `/cy/servers/${RTL}/`]);
    expect(rows.map((r) => all(r.children[2]!, 'a')[0]!.attrs.href)).toEqual([`/cy/domains/${SCRIPT}/`, `/cy/servers/${RTL}/`, `/cy/domains/${SCRIPT}/`]);
    expect(rows.map((r) => r.children[2]!.text)).toEqual([`${SCRIPT} by its decision on ${SCRIPT}`, `${RTL} by its decision on ${BREAKOUT}`, `${SCRIPT} `]);
    expect(rows.map((r) => r.children[3]!.text)).toEqual(['day 2024-01-01 ', `${t('labels.since.on-or-before', { date: 'day 2024-03-03' })} until day 2025-09-09`, '— ']);
    expect(all(page, 'caption')[0]).toMatchObject({ attrs: { id: 'g-caption' }, text: t('graph.table.caption', { count: 3, nodes: 4 }) });
    expect(all(page, 'tr').some((r) => 'data-empty' in r.attrs)).toBe(false);
  });

  it('writes the bytes Astro wrote for the template (compressHTML "jsx": no whitespace between tags, the `{" "}`s kept)', () => {
    const two = props([node('a.example', 'community', 0), node('b.example', 'domain', 1)], [{ source: 'a.example', target: 'b.example', state: 'suspends', since: '2024-01-01' }], 'b.example');
    const out = focusedGraphMarkup(two, words).html;
    expect(out.startsWith('<div class="graph-pair" data-graph-pair="g"><figure class="graph-figure"><svg class="graph-svg" viewBox="0 0 640 ')).toBe(true);
    expect(out).toContain(
      '<tbody><tr data-source="a.example" data-target="b.example"><td data-label="From"><a href="/cy/servers/a.example/" translate="no">a.example</a></td><td data-label="Does"><span class="state state-suspends" data-state="suspends"><span class="state-glyph" aria-hidden="true">✕</span>Suspends</span></td><td data-label="To"><a href="/cy/domains/b.example/" translate="no">b.example</a> </td><td data-label="Since" class="nowrap">day 2024-01-01 </td></tr></tbody></table></div></div>',
    );
    expect(out).toContain('</svg>✕ suspends (solid)</li>');
    expect(out).toContain('<figcaption class="note">A synthetic graph</figcaption><ul class="graph-svg-legend" aria-label="Legend">');
    expect(out).not.toMatch(/\n|> {2}|>\s+<(?!\/td>)/);
  });

  it('labels only the focus above 40 nodes (the SVG says so with a class)', () => {
    const many = Array.from({ length: 41 }, (_, i) => node(`n${String(i).padStart(2, '0')}.example`, 'domain', 0));
    const drawn = bodyOf(focusedGraphMarkup(props(many, [], 'n00.example'), words).html);
    expect(all(drawn, 'svg')[0]!.attrs.class).toBe('graph-svg graph-svg-many');
    expect(all(drawn, 'a').filter((a) => a.attrs['data-node'])).toHaveLength(41);
  });
});

describe('focusedGraphMarkup: a graph with no edges', () => {
  // Synthetic: the focus alone.
  const page = bodyOf(focusedGraphMarkup(props([node('alone.example', 'domain', 0)], [], 'alone.example'), words).html);

  it('draws its one node and tables one row saying there is no decision on the graph day', () => {
    expect(all(all(page, 'svg')[0]!, 'a').map((a) => a.attrs['data-node'])).toEqual(['alone.example']);
    const rows = all(all(page, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.attrs).toEqual({ 'data-empty': '' });
    expect(rows[0]!.children[0]).toMatchObject({ tag: 'td', attrs: { colspan: '4', class: 'none' }, text: t('graph.table.empty', { day: `day ${DAY}` }) });
  });
});

describe('focusedGraphMarkup: a graph larger than maxNodes', () => {
  // Synthetic: three nodes, two edges, drawn at most two nodes.
  const big = props(
    [node('a.example', 'community', 0), node('b.example', 'community', 0), node(SCRIPT, 'domain', 2)],
    [
      { source: 'a.example', target: SCRIPT, state: 'suspends' },
      { source: 'b.example', target: SCRIPT, state: 'limits', via: SCRIPT },
    ],
    SCRIPT,
    { maxNodes: 2, title: BREAKOUT },
  );
  const fullBefore = t('graph.too-large.full-before');
  const full = `${t('graph.too-large.full-link')}${t('graph.too-large.full-after')}`;
  const tooLarge = t('graph.too-large', { nodes: 3, edges: 2 });

  it('draws no SVG and no table, only the note: where the rows are, and the full graph', () => {
    const out = focusedGraphMarkup({ ...big, elsewhere: { href: '#now', text: SCRIPT } }, words).html;
    const page = bodyOf(out);
    expect(all(page, 'svg')).toEqual([]);
    expect(all(page, 'table')).toEqual([]);
    expect(all(page, 'ul')).toEqual([]);
    expect(all(page, 'script')).toEqual([]);
    const note = all(page, 'p')[0]!;
    expect(note.attrs).toEqual({ class: 'note', 'data-graph-too-large': '' });
    expect(all(note, 'a').map((a) => [a.attrs.href, a.text])).toEqual([
      ['#now', SCRIPT],
      ['/cy/graph/', t('graph.too-large.full-link')],
    ]);
    expect(note.text).toBe(`${tooLarge} ${t('graph.too-large.elsewhere')} ${SCRIPT}; ${fullBefore} ${full}`);
    expect(all(page, 'figcaption')[0]!.text).toBe(BREAKOUT);
    expect(out).toBe(
      `<div class="graph-pair" data-graph-pair="g"><figure class="graph-figure"><p class="note" data-graph-too-large>${tooLarge} ${t('graph.too-large.elsewhere')} <a href="#now">&lt;script&gt;alert(1)&lt;/script&gt;</a>; ${fullBefore} <a href="/cy/graph/">${t('graph.too-large.full-link')}</a>${t('graph.too-large.full-after')}</p><figcaption class="note">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</figcaption></figure></div>`,
    );
  });

  it('says nothing of where the rows are when the page gives no `elsewhere`', () => {
    const page = bodyOf(focusedGraphMarkup(big, words).html);
    const note = all(page, 'p')[0]!;
    expect(all(note, 'a').map((a) => a.attrs.href)).toEqual(['/cy/graph/']);
    expect(note.text).toBe(`${tooLarge} ${fullBefore} ${full}`);
    expect(note.text).not.toContain(t('graph.too-large.elsewhere'));
  });

  it('draws a graph of exactly maxNodes, and 200 by default', () => {
    const drawn = (p: FocusedGraphProps) => all(bodyOf(focusedGraphMarkup(p, words).html), 'svg').filter((svg) => svg.attrs['data-subgraph'] === 'g');
    expect(drawn({ ...big, maxNodes: 3 })).toHaveLength(1);
    const { maxNodes: _, ...byDefault } = big;
    expect(drawn(byDefault)).toHaveLength(1);
  });
});
