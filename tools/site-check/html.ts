/**
 * Reading built HTML for the site checks: every element with its attributes, in document order, using parse5
 * (the WHATWG parsing algorithm browsers use, so what is found here is what a browser would build). Parsed as a
 * browser without script does, so the content of `<noscript>` (the map's list, src/components/ServerTable.astro)
 * is read as elements: a script puts the same markup in the page.
 */
import { parse } from 'parse5';

/** One element of a parsed page. */
export interface HtmlElement {
  /** The tag name, lower case (`a`, `img`, `meta`, `svg`…). */
  tag: string;
  /** Its attributes by name (lower case, as parsed). */
  attrs: Record<string, string>;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** A page parsed once (`parsePage`), for every check that reads it. */
export type ParsedPage = { readonly parsed: unknown };

/**
 * `html` parsed as a browser without script parses it: each check of a page reads this one tree (the curated site's
 * 9,600 pages, ~440 MB, parsed a second time for the glued-words check took the check from about 26 s to 42 s).
 */
export function parsePage(html: string): ParsedPage {
  return { parsed: parse(html, { scriptingEnabled: false }) };
}

/** The root node of a page, parsing it when it is still text. */
export function rootOf(page: string | ParsedPage): unknown {
  return (typeof page === 'string' ? parsePage(page) : page).parsed;
}

/** Every element of a page (its HTML, or the page parsed once), in document order (template contents included). */
export function elementsOf(page: string | ParsedPage): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: Node[] = [rootOf(page) as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tagName) {
      const attrs: Record<string, string> = {};
      for (const a of node.attrs ?? []) attrs[a.name] = a.value;
      out.push({ tag: node.tagName, attrs });
    }
    const children = [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
