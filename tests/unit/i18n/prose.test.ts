import { describe, expect, it } from 'vitest';
import { headingLevels, parseInline, parseProse } from '../../../src/lib/i18n/prose.ts';

describe('the prose subset', () => {
  it('reads headings with ids, paragraphs joined across lines, lists with continued items, and definitions', () => {
    const blocks = parseProse(['# Title', '', 'One', 'two.', '', '## Part {#part}', '', '- a', '  b', '- c', '', 'term', ': first', '  more', 'other', ': second'].join('\n'));
    expect(blocks).toEqual([
      { type: 'heading', level: 1, inlines: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'One two.' }] },
      { type: 'heading', level: 2, id: 'part', inlines: [{ type: 'text', text: 'Part' }] },
      { type: 'list', items: [[{ type: 'text', text: 'a b' }], [{ type: 'text', text: 'c' }]] },
      { type: 'definitions', items: [{ term: 'term', definition: [{ type: 'text', text: 'first more' }] }, { term: 'other', definition: [{ type: 'text', text: 'second' }] }] },
    ]);
    expect(headingLevels('# A\n\n## B\n\n## C {#c}\n')).toEqual([1, 2, 2]);
  });

  it('reads code and links, and fills placeholders in text and addresses, never in code', () => {
    expect(parseInline('See [the {what}]({url}) and `{raw}`; {n} left.', { what: 'guide', url: 'https://example.org/', n: 3 })).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', text: 'the guide', href: 'https://example.org/' },
      { type: 'text', text: ' and ' },
      { type: 'code', text: '{raw}' },
      { type: 'text', text: '; 3 left.' },
    ]);
  });

  it('keeps markup in values as text: a value is never parsed', () => {
    const [p] = parseProse('Hello {name}.', { name: '<b>[x](javascript:alert(1))</b>' });
    expect(p).toEqual({ type: 'paragraph', inlines: [{ type: 'text', text: 'Hello <b>[x](javascript:alert(1))</b>.' }] });
  });
});
