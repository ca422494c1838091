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

/** Every element of `html`, in document order (template contents included). */
export function elementsOf(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: Node[] = [parse(html, { scriptingEnabled: false }) as unknown as Node];
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
