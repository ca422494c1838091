/**
 * The Embed dialog and Download menu written as one string (src/components/rows/press-tools-markup.ts,
 * PressTools.astro's markup), read back with parse5 (the parsing algorithm browsers use): the Embed button and dialog
 * only with embeds, a hidden input for one and a select for several, two buttons per image, CSV and JSON only with
 * rows to give, and nothing from the page's values (titles, labels, a domain) becoming an element or leaving its
 * attribute. The bytes are held to Astro's own rendering by building the fixture site before and after the
 * component became a wrapper. Domains here are synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { pressToolsMarkup, type PressToolsProps, type PressWords } from '../../../../src/components/rows/press-tools-markup.ts';
import { translator } from '../../../../src/locales/index.ts';
import { REASON_CODES } from '../../../../src/lib/press/shard-rows.ts';
import { reasonText } from '../../../../src/lib/map/reach-shard.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const words: PressWords = { t, page: (path) => `/site/cy${path}`, asset: (path) => `/site/${path}`, base: '/site/' };

const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const AMP = 'a & b &amp; c';
const RTL = 'gro.\u202Eevil.example';

/** The bar as a browser builds it. */
const bar = (props: PressToolsProps): El => bodyOf(pressToolsMarkup(props, words).html).children[0]!;

/** What the Download menu's buttons download (`data-download`), in order. */
const downloads = (el: El): string[] => all(el, 'button').flatMap((b) => (b.attrs['data-download'] ? [b.attrs['data-download']] : []));

describe('pressToolsMarkup', () => {
  it('writes the bytes Astro wrote for a bar with one image and no embed (the full graph page)', () => {
    const markup = pressToolsMarkup({ id: 'graph-press', name: 'federation-atlas-graph', embeds: [], images: [{ selector: 'canvas[data-full-graph]', title: 'The graph' }] }, { ...words, page: () => '/', base: '/' });
    expect(markup.html).toBe(
      '<div class="press-tools" data-press-tools data-base="/" data-embed-base="/" data-copied="Copied." data-copy-fallback="Selected: press Ctrl+C (⌘C) to copy." data-preview-of="Preview: {title}" data-name="federation-atlas-graph" data-query-from="location" hidden><details class="download-menu" data-download-menu><summary class="press-button">Download</summary><ul><li><button type="button" data-download="svg" data-image-selector="canvas[data-full-graph]" data-image-title="The graph">SVG image of the view</button></li><li><button type="button" data-download="png" data-image-selector="canvas[data-full-graph]" data-image-title="The graph">PNG image (2×)</button></li></ul></details></div>',
    );
  });

  it('writes no Embed button and no dialog without embeds', () => {
    const el = bar({ id: 'p', name: 'n', embeds: [] });
    expect(all(el, 'dialog')).toEqual([]);
    expect(all(el, 'button').filter((b) => 'data-embed-open' in b.attrs)).toEqual([]);
    expect(el.attrs.hidden).toBe('');
  });

  it('gives one embed as a hidden input, with its query and title', () => {
    const el = bar({ id: 'p', name: 'n', embeds: [{ view: 'map', label: 'Map', title: 'The map', query: 'a=1&b=2' }] });
    const open = all(el, 'button').find((b) => 'data-embed-open' in b.attrs)!;
    expect(open.attrs['aria-controls']).toBe('p-embed');
    expect(all(el, 'dialog').map((d) => d.attrs.id)).toEqual(['p-embed']);
    expect(all(el, 'select')).toEqual([]);
    const inputs = all(el, 'input');
    expect(inputs.map((i) => i.attrs)).toEqual([{ type: 'hidden', 'data-embed-view': '', value: 'map', 'data-query': 'a=1&b=2', 'data-title': 'The map' }]);
  });

  it('gives several embeds as a labelled select, one option each, with hostile labels and titles as text and attribute values', () => {
    const embeds: PressToolsProps['embeds'] = [
      { view: 'reach', label: SCRIPT, title: BREAKOUT, query: `domain=${RTL}` },
      { view: 'timeline', label: AMP, title: RTL },
    ];
    const el = bar({ id: 'p', name: 'n', embeds });
    expect(all(el, 'script')).toEqual([]);
    expect(all(el, 'img')).toEqual([]);
    expect(all(el, 'input')).toEqual([]);
    const select = all(el, 'select')[0]!;
    expect(select.attrs.id).toBe('p-embed-view');
    expect(all(el, 'label').find((l) => l.attrs.for === 'p-embed-view')!.text).toBe(t('press.dialog.view'));
    expect(select.children.map((o) => [o.attrs.value, o.text, o.attrs['data-title'], o.attrs['data-query']])).toEqual([
      ['reach', SCRIPT, BREAKOUT, `domain=${RTL}`],
      ['timeline', AMP, RTL, undefined],
    ]);
  });

  it('gives two buttons (SVG, PNG) per image, with its custom labels and only the attributes it has', () => {
    const el = bar({
      id: 'p',
      name: 'n',
      embeds: [],
      images: [
        { selector: "svg[data-subgraph='g']", title: SCRIPT, legend: 'graph' },
        { selector: 'svg.timeline-chart', title: BREAKOUT, legend: 'timeline', day: 'latest', file: '-timeline', labels: { svg: AMP, png: RTL } },
      ],
    });
    expect(all(el, 'script')).toEqual([]);
    const buttons = all(el, 'button');
    expect(downloads(el)).toEqual(['svg', 'png', 'svg', 'png']);
    expect(buttons.map((b) => b.text)).toEqual([t('press.download.svg'), t('press.download.png'), AMP, RTL]);
    expect(buttons[0]!.attrs).toEqual({ type: 'button', 'data-download': 'svg', 'data-image-selector': "svg[data-subgraph='g']", 'data-image-title': SCRIPT, 'data-image-legend': 'graph' });
    expect(buttons[3]!.attrs).toMatchObject({ 'data-image-title': BREAKOUT, 'data-image-day': 'latest', 'data-image-file': '-timeline' });
  });

  it('offers CSV and JSON only with rows or a shard', () => {
    const image = { selector: '#m', title: 'M' };
    expect(downloads(bar({ id: 'p', name: 'n', embeds: [], images: [image] }))).toEqual(['svg', 'png']);
    expect(downloads(bar({ id: 'p', name: 'n', embeds: [], images: [image], rows: '#servers' }))).toEqual(['svg', 'png', 'csv', 'json']);
    expect(downloads(bar({ id: 'p', name: 'n', embeds: [], shard: { domain: 'a.example' } }))).toEqual(['csv', 'json']);
  });

  it("gives a domain's shard, names and reasons to the script, the reasons as JSON escaped in their attribute", () => {
    const markup = pressToolsMarkup({ id: 'p', name: `${RTL}-reach`, embeds: [], shard: { domain: 'a.example' }, queryFrom: 'form[data-x]' }, words).html;
    expect(markup).toContain('data-why="{&quot;');
    const el = bodyOf(markup).children[0]!;
    expect(el.attrs).toMatchObject({ 'data-base': '/site/', 'data-embed-base': '/site/cy/', 'data-name': `${RTL}-reach`, 'data-shard': '/site/data/reach/a.example.json', 'data-silence': '/site/data/as-of.json', 'data-names': '/site/data/names.json', 'data-query-from': 'form[data-x]' });
    expect(el.attrs['data-rows']).toBeUndefined();
    expect(JSON.parse(el.attrs['data-why']!)).toEqual(Object.fromEntries(REASON_CODES.map((r) => [r, reasonText(r, t)])));
  });

  it('keeps a hostile name and rows selector inside their attributes', () => {
    const el = bar({ id: 'p', name: BREAKOUT, rows: SCRIPT, embeds: [] });
    expect(all(el, 'img')).toEqual([]);
    expect(el.attrs).toMatchObject({ 'data-name': BREAKOUT, 'data-rows': SCRIPT });
  });
});
