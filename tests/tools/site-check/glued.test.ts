import { describe, expect, it } from 'vitest';
import { gluedWords } from '../../../tools/site-check/glued.ts';
import { parsePage } from '../../../tools/site-check/html.ts';

const where = (html: string) => gluedWords(html).map((g) => g.where);

describe('gluedWords', () => {
  it('finds a word running into a link, and a link running into a word', () => {
    expect(where('<p>Read the graph<a href="/g/">can</a> help.</p>')).toEqual(['Read the graph|can']);
    expect(where('<p>People from<a href="/">Fediverse</a> Near Me</p>')).toEqual(['People from|Fediverse']);
    expect(where('<p>See <a href="/">the list</a>for more.</p>')).toEqual(['the list|for more.']);
  });
  it('reads a page parsed once as it reads its text, and never the list a <noscript> holds', () => {
    const page = '<main><p>Read the graph<a href="/g/">can</a> help.</p><noscript><table><tr><td>from<a href="/">Wales</a></td></tr></table></noscript></main>';
    expect(where(page)).toEqual(['Read the graph|can']);
    expect(gluedWords(parsePage(page)).map((g) => g.where)).toEqual(['Read the graph|can']);
  });
  it('counts a sentence mark before a link as the end of a word', () => {
    expect(where('<p>Checked every day.<a href="/">How</a> it works</p>')).toEqual(['Checked every day.|How']);
  });
  it('looks inside inline elements on either side', () => {
    expect(where('<p><span>from</span><a href="/"><span>Wales</span></a></p>')).toEqual(['from|Wales']);
    expect(where('<p><strong>See<a href="/">this</a></strong></p>')).toEqual(['See|this']);
  });
  it('accepts spaces, punctuation that opens or closes, and block neighbours', () => {
    expect(where('<p>Read the <a href="/">graph</a>, then (<a href="/">this</a>) and <a href="/">that</a>.</p>')).toEqual([]);
    expect(where('<ul><li>one</li><li><a href="/">two</a></li></ul>')).toEqual([]);
    expect(where('<table><tr><td>one</td><td><a href="/">two</a></td></tr></table>')).toEqual([]);
    expect(where('<p>a<br><a href="/">b</a></p>')).toEqual([]);
  });
  it('finds a middle-dot separator that lost a space, beside a link or inside a text', () => {
    expect(where('<p><a href="/">Atlas</a>: curated and cited ·data as of <time>1 June</time></p>')).toEqual(['curated and cited ·|data as of']);
    expect(where('<p>version 1 ·<a href="/">open the full view</a></p>')).toEqual(['version 1 ·|open the full view']);
    expect(where('<p><a href="/">open</a>· data</p>')).toEqual(['open|· data']);
    expect(where('<p>one · two · <a href="/">three</a> · four</p>')).toEqual([]);
    // A server's own words, with no link in their line, are not the site's separators.
    expect(where('<p>Kunst ·Musik</p>')).toEqual([]);
  });
  it('ignores text that is not prose, and text next to no link', () => {
    expect(where('<p>x<script>y</script><a href="/">z</a></p>')).toEqual([]);
    expect(where('<p><span>one</span><span>two</span></p>')).toEqual([]);
    expect(where('<select><option>a</option></select>')).toEqual([]);
  });
});
