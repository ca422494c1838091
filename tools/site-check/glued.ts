/**
 * Words glued to links: a page's text that runs straight into a link's text with no space between them
 * ("read the graphcan", "fromFediverse", "day.How"), or a middle-dot separator that lost the space on one side
 * ("cited ·data"), which happens when a template drops a line break. Pure: takes the page's HTML, or the page parsed
 * once (html.ts), and returns the glued pairs.
 */
import { rootOf, type ParsedPage } from './html.ts';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: Node[];
  content?: Node;
}

/** Elements that flow inside a line of text, whose words can run into a neighbouring link's. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
/** Elements whose text is not read as the page's prose. */
const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript', 'textarea', 'select', 'option', 'title', 'head']);

const WORD_END = /[\p{L}\p{N}.,;:!?·]$/u;
const WORD_START = /^[\p{L}\p{N}·]/u;
/** A middle-dot separator with a space on one side only ("cited ·data", "view· version"): a line break dropped. */
const LOPSIDED_DOT = /(?:\s·[\p{L}\p{N}]|[\p{L}\p{N}]·\s)/u;

/** One place where two words meet with no space: the end of the left text and the start of the right one. */
export interface GluedWords {
  /** Up to 20 characters before the join, then "|" , then up to 20 after it: "read the graph|can". */
  where: string;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName && SKIP.has(node.tagName)) return '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/** A sibling whose words sit in the same line as its neighbours: a text node or an inline element. */
function inlinePart(node: Node): boolean {
  return node.nodeName === '#text' || (node.tagName !== undefined && INLINE.has(node.tagName));
}

function containsLink(node: Node): boolean {
  if (node.tagName === 'a') return true;
  return node.tagName !== undefined && INLINE.has(node.tagName) && (node.childNodes ?? []).some(containsLink);
}

/**
 * Every place in `html` where a link's text and the text beside it meet with no space: a text (or inline element)
 * ending in a letter, digit, sentence mark or middle dot immediately followed by a link whose text starts with a
 * letter, digit or middle dot, and a link ending so immediately followed by such text; and, in a line that holds a
 * link, every text with a middle dot spaced on one side only.
 */
export function gluedWords(page: string | ParsedPage): GluedWords[] {
  const out: GluedWords[] = [];
  // Parsed as without script (`parsePage`): `<noscript>`'s content is then elements, not text, and is skipped all
  // the same (SKIP).
  const stack: Node[] = [rootOf(page) as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tagName && SKIP.has(node.tagName)) continue;
    const children = node.childNodes ?? [];
    // Separators are checked in the site's own lines of links (a credit, a footer), not in a server's words.
    for (const child of children.some(containsLink) ? children : []) {
      if (child.nodeName !== '#text') continue;
      const m = LOPSIDED_DOT.exec(child.value ?? '');
      if (m) {
        const text = child.value!;
        const dot = m.index + m[0].indexOf('·');
        out.push({ where: `${text.slice(Math.max(0, dot - 19), dot + 1).trimStart()}|${text.slice(dot + 1, dot + 21).trimEnd()}` });
      }
    }
    for (let i = 0; i + 1 < children.length; i++) {
      const left = children[i]!;
      const right = children[i + 1]!;
      if (!inlinePart(left) || !inlinePart(right) || !(containsLink(left) || containsLink(right))) continue;
      const a = textOf(left);
      const b = textOf(right);
      if (WORD_END.test(a) && WORD_START.test(b)) out.push({ where: `${a.slice(-20).trimStart()}|${b.slice(0, 20).trimEnd()}` });
    }
    const all = [...children, ...(node.content ? [node.content] : [])];
    for (let i = all.length - 1; i >= 0; i--) stack.push(all[i]!);
  }
  return out;
}
