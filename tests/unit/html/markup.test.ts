/**
 * Markup written as a string (src/lib/html/markup.ts) escapes every value exactly as Astro does: text as Astro's
 * `escapeHTML`, attributes as Astro's `addAttribute`, checked against Astro's own functions over the Big List of
 * Naughty Strings, so a table written either way is the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { addAttribute } from 'astro/runtime/server/render/util.js';
import { NAUGHTY_STRINGS } from '../../hostile/strings.ts';
import { attr, escapeAttribute, escapeText, html, joinMarkup, Markup } from '../../../src/lib/html/markup.ts';

const extra = ['', '&', '&amp;', '"', "'", '<', '>', '<script>alert(1)</script>', '\u202Eevil.example', 'а.example', '“quoted” & <b>bold</b>'];
const strings = [...NAUGHTY_STRINGS, ...extra];

describe('escaping as Astro escapes', () => {
  it('escapes text as Astro escapes an expression, string for string', () => {
    expect(strings.length).toBeGreaterThan(400);
    for (const s of strings) expect(escapeText(s), JSON.stringify(s)).toBe(String(escapeHTML(s)));
  });

  it('writes an attribute as Astro writes name={value}, for every string, a number, empty and absent', () => {
    for (const value of [...strings, undefined, null, 0, 12]) {
      for (const name of ['href', 'title', 'data-sort', 'data-label', 'lang', 'class']) {
        expect(attr(name, value).html, `${name}=${JSON.stringify(value)}`).toBe(String(addAttribute(value, name)));
      }
    }
  });

  it('escapes a class as Astro does, and the attribute escape keeps < and > as they are, as Astro does', () => {
    expect(attr('class', 'state state-"x"&').html).toBe(String(addAttribute('state state-"x"&', 'class')));
    expect(escapeAttribute('<a & "b">')).toBe('<a &amp; &quot;b&quot;>');
  });

  it('refuses an attribute name that could break out of the tag', () => {
    for (const name of ['on click', 'a"b', 'a>b', 'a/b', 'a=b', '']) expect(() => attr(name, 'x'), name).toThrow(TypeError);
  });
});

describe('html``', () => {
  it('escapes every string hole and keeps markup holes', () => {
    const bold = html`<b>${'<i>'}</b>`;
    expect(html`<p>${'<script>alert(1)</script>'} ${bold} ${3}</p>`.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; <b>&lt;i&gt;</b> 3</p>');
  });

  it('writes nothing for false, null and undefined, and joins lists of markup', () => {
    expect(html`<p>${false}${null}${undefined}${[html`<i>a</i>`, html`<i>b</i>`]}</p>`.html).toBe('<p><i>a</i><i>b</i></p>');
    expect(joinMarkup([html`<td>${'&'}</td>`, html`<td>${'<'}</td>`]).html).toBe('<td>&amp;</td><td>&lt;</td>');
  });

  it('refuses a list holding a string, and markup made anywhere else', () => {
    expect(() => html`${['<b>x</b>'] as unknown as Markup[]}`).toThrow(TypeError);
    expect(() => new Markup(Symbol('markup'), '<script>')).toThrow(TypeError);
  });

  it('refuses an object shaped like markup that it did not make', () => {
    const lookalike = { html: '<script>alert(1)</script>' } as unknown as Markup;
    expect(() => html`<p>${lookalike}</p>`).toThrow(TypeError);
  });
});
