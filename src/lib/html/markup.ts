/**
 * Markup written as one string, for the rows of a page's long lists (src/components/rows/): a server acted on by
 * thousands of communities lists thousands of rows per language, and Astro's per-expression rendering of each row (a
 * template object, an attribute call and an escape per value, then a stream of chunks) costs more than the row itself.
 * `html` writes the same bytes Astro writes for the same markup: every value it is given is escaped as Astro escapes
 * it, text as text, `attr` values as attribute values, unless it is `Markup` written by `html` itself. A page hands
 * the result to Astro with `set:html={markup.html}`; no other string may go there (tests/unit/architecture.test.ts).
 */

/** Held only by this module: no other code can make `Markup` from a string of its own. */
const MADE_HERE = Symbol('markup');

/** Markup written by `html`: every piece of data in it was escaped as it was written. */
export class Markup {
  /** The markup. */
  readonly html: string;
  /** Only `html`, `attr` and `joinMarkup` make markup (they hold the module's token); anyone else gets a TypeError. */
  constructor(token: symbol, html: string) {
    if (token !== MADE_HERE) throw new TypeError('Markup is made by html``, attr() or joinMarkup() only');
    this.html = html;
  }
}

/** Markup from a string this module escaped or wrote itself. */
const trusted = (markup: string): Markup => new Markup(MADE_HERE, markup);

/** What `html` takes in its holes: text (escaped), markup (kept), a list of markup, or nothing. */
export type Hole = string | number | Markup | readonly Markup[] | false | null | undefined;

const TEXT_ESCAPABLE = /[&<>'"]/;
const TEXT_ESCAPABLE_ALL = /[&<>'"]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as markup, escaped as Astro escapes an expression's text: `& < > ' "`. */
export function escapeText(value: string): string {
  return TEXT_ESCAPABLE.test(value) ? value.replace(TEXT_ESCAPABLE_ALL, (c) => ENTITY[c]!) : value;
}

/** An attribute's value, escaped as Astro escapes one inside its double quotes: `&` and `"`. */
export function escapeAttribute(value: string): string {
  return value.includes('&') || value.includes('"') ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value;
}

/** A valid attribute name, as Astro accepts one: no space, quote, `>`, `/` or `=`. */
const ATTRIBUTE_NAME = /^[^\s"'>/=]+$/;

/**
 * An attribute as Astro writes `name={value}`: ` name="value"` escaped; ` name` alone for `''`; nothing for
 * `undefined` or `null`. Throws on a name Astro would refuse (names are the page's, never data).
 */
export function attr(name: string, value: string | number | null | undefined): Markup {
  if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`not an attribute name: ${JSON.stringify(name)}`);
  if (value === undefined || value === null) return EMPTY;
  if (value === '') return trusted(` ${name}`);
  return trusted(` ${name}="${escapeAttribute(String(value))}"`);
}

const EMPTY = trusted('');

function hole(value: Hole): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof Markup) return value.html;
  if (!Array.isArray(value)) throw new TypeError('html`` takes text, numbers, markup or lists of markup');
  let out = '';
  for (const part of value) {
    if (!(part instanceof Markup)) throw new TypeError('a list in html`` must hold markup only');
    out += part.html;
  }
  return out;
}

/**
 * Markup from a template: the template's own text is kept as written, each hole is escaped as text unless it is
 * `Markup` (or a list of it). Attributes with data go through `attr`: `html\`<a${attr('href', url)}>${name}</a>\``.
 */
export function html(strings: TemplateStringsArray, ...holes: Hole[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < holes.length; i++) out += hole(holes[i]) + strings[i + 1]!;
  return trusted(out);
}

/** Pieces of markup one after another, as one. */
export function joinMarkup(parts: Iterable<Markup>): Markup {
  let out = '';
  for (const part of parts) out += part.html;
  return trusted(out);
}
