import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { clipText, printFrame, wrapLines, type PrintFrameInput } from '../../../src/lib/press/print-frame.ts';
import { SHAPES, STATE_GLYPHS } from '../../../src/lib/map/shapes.ts';

/** The document's elements and the text of each visible `<text>` (not `<title>`), read with a strict XML parser (throws when malformed). */
function read(svg: string): { root: string; ns: string | undefined; texts: string[]; elements: string[] } {
  const parser = sax.parser(true, { xmlns: true });
  const elements: string[] = [];
  const texts: string[] = [];
  let inText = false;
  let root = '';
  let ns: string | undefined;
  parser.onopentag = (tag) => {
    const t = tag as sax.QualifiedTag;
    if (elements.length === 0) {
      root = t.local;
      ns = t.uri;
    }
    elements.push(t.local);
    if (t.local === 'text') {
      inText = true;
      texts.push('');
    }
  };
  parser.onclosetag = (name) => {
    if (name === 'text') inText = false;
  };
  parser.ontext = (value) => {
    if (inText) texts[texts.length - 1] += value;
  };
  parser.write(svg).close();
  return { root, ns, texts, elements };
}

const figure = { width: 300, height: 200, svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><circle cx="10" cy="10" r="5"/><text x="1" y="1">a.example</text></svg>' };
const base: PrintFrameInput = {
  figure,
  title: 'Who suspends, limits or reaches threads.net',
  asOf: 'Data as of 31 December 2023',
  legend: [
    { word: '✕ suspends', swatch: { kind: 'line', colour: '#b91c1c' } },
    { word: '− limits', swatch: { kind: 'line', colour: '#b45309', dash: '7 4' } },
    { word: '? Unknown', swatch: { kind: 'mark', shape: 'pin', state: 'unknown' } },
  ],
  credit: 'Federation Atlas',
  licence: 'Data licence: Open Database License (ODbL) 1.0',
  url: 'https://atlas.example/domains/threads.net/?date=2023-12-31',
};

describe('printFrame', () => {
  it('is a well-formed SVG document whose visible text has the title, the legend words, the day, the credit, the licence and the address', () => {
    const { svg, width, height } = printFrame(base);
    const doc = read(svg);
    expect(doc.root).toBe('svg');
    expect(doc.ns).toBe('http://www.w3.org/2000/svg');
    expect(doc.texts).toContain('Who suspends, limits or reaches threads.net');
    for (const word of ['✕ suspends', '− limits', '? Unknown', 'Data as of 31 December 2023', 'https://atlas.example/domains/threads.net/?date=2023-12-31']) expect(doc.texts).toContain(word);
    expect(doc.texts.some((t) => t.includes('Federation Atlas') && t.includes('Open Database License'))).toBe(true);
    // The figure is inside, unchanged.
    expect(doc.texts).toContain('a.example');
    expect(svg).toContain('<circle cx="10" cy="10" r="5"/>');
    expect(svg).toMatch(new RegExp(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`));
    expect(width).toBeGreaterThanOrEqual(300);
    expect(height).toBeGreaterThan(200);
  });

  it('gives every legend entry a word and a drawn shape or pattern beside it', () => {
    const { svg } = printFrame(base);
    const legend = /<g data-print-legend="">(.*?)<\/g>\n/s.exec(svg)![1]!;
    expect(legend.match(/<text /g)).toHaveLength(3);
    // Two lines, one of them dashed; one mark, hollow and dashed for unknown, with its glyph.
    expect(legend.match(/<line /g)).toHaveLength(2);
    expect(legend).toContain('stroke-dasharray="7 4"');
    expect(legend).toContain(`d="${STATE_GLYPHS.unknown}"`);
    expect(legend).toContain(`d="${SHAPES.pin.path}" fill="#ffffff"`);
    expect(legend).toContain('stroke-dasharray="3 2"');
  });

  it('escapes hostile strings everywhere: the document still parses and no markup from them appears', () => {
    const hostile = '</text><script>alert(1)</script><text>&amp; "\' ]]> <!-- \u0000\u0007';
    const { svg } = printFrame({ ...base, title: hostile, asOf: hostile, credit: hostile, licence: hostile, url: hostile, note: hostile, legend: [{ word: hostile, swatch: { kind: 'line', colour: '"/><script>x</script>', dash: '"><g' } }] });
    const doc = read(svg);
    expect(doc.elements).not.toContain('script');
    expect(svg).not.toContain('<script');
    expect(doc.texts.some((t) => t.includes('</text><script>'))).toBe(true);
  });

  it('wraps a long title to two lines ending with an ellipsis, within the frame', () => {
    const title = `threads.net ${'and many more words '.repeat(30)}`;
    const { svg, width } = printFrame({ ...base, title });
    const lines = read(svg).texts.filter((_, i, all) => i < 2 && all.length > 0);
    const titles = [...svg.matchAll(/<text [^>]*data-print-title="">([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(titles).toHaveLength(2);
    expect(lines[0]).toBe(titles[0]);
    expect(titles[1]!.endsWith('…')).toBe(true);
    for (const t of titles) expect([...t].length * 18 * 0.6).toBeLessThanOrEqual(width - 32);
  });

  it('cuts a long address with an ellipsis', () => {
    const { svg } = printFrame({ ...base, url: `https://atlas.example/${'x'.repeat(400)}` });
    const url = /data-print-url="">([^<]*)</.exec(svg)![1]!;
    expect(url.endsWith('…')).toBe(true);
    expect(url.length).toBeLessThan(400);
  });

  it('is the same for the same inputs', () => {
    expect(printFrame(base).svg).toBe(printFrame(base).svg);
  });
});

describe('wrapLines and clipText', () => {
  it('break at spaces, cut over-long words and mark what is left out', () => {
    expect(wrapLines('one two three', 7, 3)).toEqual(['one two', 'three']);
    expect(wrapLines('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapLines('aa bb cc dd ee', 5, 2)).toEqual(['aa bb', 'cc d…']);
    expect(wrapLines('', 5, 2)).toEqual([]);
    expect(clipText('abcdef', 4)).toBe('abc…');
    expect(clipText('abc', 4)).toBe('abc');
    expect(clipText('😀😀😀😀😀', 3)).toBe('😀😀…');
  });
});
