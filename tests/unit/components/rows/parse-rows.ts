/**
 * Rows written as strings, read back as a browser reads them (parse5, the WHATWG parsing algorithm), for the tests
 * of src/lib/html/.
 */
import { parse } from 'parse5';

/** One element as parsed: its tag, attributes, child elements and text (its own and its descendants'). */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** The element `tag` of a page holding `markup`, as a browser builds it; text is each element's text. */
function parsedIn(markup: string, tag: string): El {
  type P5 = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: P5[] };
  const walk = (n: P5): El => {
    const children: El[] = [];
    let text = '';
    for (const c of n.childNodes ?? []) {
      if (c.nodeName === '#text') text += c.value;
      else if (c.tagName) {
        const el = walk(c);
        children.push(el);
        text += el.text;
      }
    }
    return { tag: n.tagName ?? n.nodeName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), children, text };
  };
  const find = (el: El, tag: string): El | undefined => (el.tag === tag ? el : el.children.map((c) => find(c, tag)).find(Boolean));
  return find(walk(parse(`<!doctype html>${markup}`) as unknown as P5), tag)!;
}

/** The rows `rows` in `<table><tbody>`, as a browser builds them. */
export const tbody = (rows: string): El => parsedIn(`<table><tbody>${rows}</tbody></table>`, 'tbody');

/** Markup in a page's body, as a browser builds it. */
export const bodyOf = (markup: string): El => parsedIn(`<body>${markup}</body>`, 'body');

/** The items `items` in `<ol>`, as a browser builds them. */
export const ol = (items: string): El => parsedIn(`<ol>${items}</ol>`, 'ol');

/** Every element `tag` in `el`, itself included, in document order. */
export const all = (el: El, tag: string): El[] => [...(el.tag === tag ? [el] : []), ...el.children.flatMap((c) => all(c, tag))];

/** A string as a browser shows it once parsed: CR LF and CR as LF, NUL as U+FFFD. */
export const shownText = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
