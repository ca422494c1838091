import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps } from '../../../src/lib/label-placement.ts';
import { mapFigure, type MapFigureInput } from '../../../src/lib/press/map-figure.ts';

const glyphs = { suspends: '✕', limits: '−', reaches: '✓', unknown: '?', self: '◎' } as const;
const input = (markers: MapFigureInput['markers']): MapFigureInput => ({ width: 400, height: 300, land: ['M0 0L100 0L100 100Z'], borders: ['M10 10L20 20'], offset: [5, -3], markers, glyphs });

/** The labels drawn: text, x, y, anchor. */
function labels(svg: string): { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] {
  const part = /<g data-print-labels="">(.*?)<\/g>/s.exec(svg)![1]!;
  return [...part.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3] as 'start', text: m[4]! }));
}

describe('mapFigure', () => {
  it('draws the basemap shifted into view, the marks in sight with their glyphs, and escaped labels; parses as XML', () => {
    const { svg, dropped } = mapFigure(
      input([
        { kind: 'point', x: 100, y: 100, shape: 'pin', state: 'suspends', label: '<b>&x.example' },
        { kind: 'point', x: 500, y: 100, shape: 'square', state: 'reaches', label: 'outside.example' },
        { kind: 'cluster', x: 300, y: 200, count: 12, states: { suspends: 3, unknown: 9 } },
      ]),
    );
    expect(() => sax.parser(true, {}).write(svg).close()).not.toThrow();
    expect(svg).toContain('<g transform="translate(5 -3)" fill="#f5f2ea"');
    expect(svg).toContain('<path d="M0 0L100 0L100 100Z"/>');
    expect(svg).toContain('#b91c1c');
    expect(svg).not.toContain('outside.example');
    expect(svg).not.toContain('<b>');
    expect(labels(svg).map((l) => l.text).sort()).toEqual(['&lt;b&gt;&amp;x.example', '✕3 ?9'].sort());
    expect(dropped).toBe(0);
  });

  it('keeps only numbers and path commands in basemap paths', () => {
    const { svg } = mapFigure({ ...input([]), land: ['M0 0"/><script>alert(1)</script><path d="L1 1'] });
    expect(svg).not.toContain('<script');
    expect(() => sax.parser(true, {}).write(svg).close()).not.toThrow();
  });

  it('leaves out labels that would overlap, and none it keeps overlaps another', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({ kind: 'point' as const, x: 150 + (i % 6) * 9, y: 120 + Math.floor(i / 6) * 7, shape: 'dot' as const, state: 'unknown' as const, label: `server-${i}.example` }));
    const { svg, dropped } = mapFigure(input(crowd));
    const drawn = labels(svg);
    expect(drawn.length + dropped).toBe(30);
    expect(dropped).toBeGreaterThan(0);
    const boxes = drawn.map((l) => labelBox(l, [...l.text].length * 11 * 0.6, 11));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('zoomed in, draws the region borders shifted into view and the names of places and regions, none over a server label or a mark', () => {
    const places = [
      { kind: 'place' as const, text: 'Caerdydd', rank: 0, x: 210, y: 150 },
      { kind: 'region' as const, text: 'Powys', x: 120, y: 30 },
      { kind: 'place' as const, text: 'Tref <&>', rank: 2, x: 300, y: 250 },
      // On the server's mark, and on its label: left out, and not counted among the labels left out.
      { kind: 'place' as const, text: 'Hidden', rank: 1, x: 112, y: 100 },
      { kind: 'place' as const, text: 'Covered', rank: 1, x: 150, y: 82 },
      { kind: 'place' as const, text: 'Far away', rank: 1, x: 900, y: 100 },
    ];
    const { svg, dropped } = mapFigure({
      ...input([{ kind: 'point', x: 100, y: 100, shape: 'pin', state: 'suspends', label: 'a-long-server-name.example' }]),
      regions: ['M0 0L50 50', 'M60 60L70 70'],
      places,
    });
    expect(() => sax.parser(true, {}).write(svg).close()).not.toThrow();
    const regions = /<g transform="translate\(5 -3\)"[^>]*data-print-regions="">(.*?)<\/g>/s.exec(svg);
    expect(regions?.[1]).toBe('<path d="M0 0L50 50"/><path d="M60 60L70 70"/>');
    const names = [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)" font-size="(\d+)"[^>]*data-print-(place|region)="">([^<]*)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      anchor: m[3] as 'start',
      size: Number(m[4]),
      text: m[6]!,
    }));
    expect(names.map((n) => n.text)).toEqual(['Caerdydd', 'POWYS', 'Tref &lt;&amp;&gt;']);
    expect(dropped).toBe(0);
    const server = labels(svg);
    expect(server.map((l) => l.text)).toEqual(['a-long-server-name.example']);
    const boxes = [
      ...server.map((l) => labelBox(l, [...l.text].length * 11 * 0.6, 11)),
      ...names.map((n) => labelBox(n, [...n.text.replace(/&\w+;/g, 'x')].length * n.size * 0.6 * (n.text === n.text.toUpperCase() ? 1.3 : 1), n.size)),
    ];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${i} ${j}`).toBe(false);
  });

  it('at the world view (no regions, no names) draws no region group', () => {
    const { svg } = mapFigure({ ...input([]), regions: [], places: [] });
    expect(svg).not.toContain('data-print-regions');
    expect(svg).not.toContain('data-print-places');
  });
});
