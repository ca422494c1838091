/**
 * Pages written from another page's markup. A page the build rendered (the template) is cut around its body: the
 * head, header and footer before and after it are kept, and a page of the same kind is written by putting its own
 * body between them, its own head words in the head (./page-head.ts) and its own address where the template's
 * was. The build writes the long tail of server pages so at a very large size (src/node/pages-after-build.ts,
 * src/lib/views/written-pages.ts); the template is checked by writing itself back first (`writePage` of its
 * own body and head must give its own bytes), so a layout that grows a per-page part this module does not know of
 * stops the build instead of writing wrong pages.
 */
import { attr, escapeText } from './markup.ts';
import type { PageHead } from './page-head.ts';

/** A rendered page cut around its body. */
export interface PageTemplate {
  /** The head, up to its end: the part that holds the page's own words. */
  head: string;
  /** From the head's end to the body: the header, the main landmark's start. */
  top: string;
  /** Everything after the body. */
  after: string;
  /** The part of the template's address that names it (`servers/alba.example/`), replaced in links to itself. */
  own: string;
  /** For each of `HEAD_PARTS`, whether the template's head has it: every page written from it must have the same. */
  present: readonly boolean[];
}

/**
 * The head's elements that carry a page's own words, each with what its words are (attributes as Astro writes them),
 * or undefined for a page without it. An `optional` element is in some kinds of page only: a domain page's own feed,
 * written by the layout after the site's feed (whose address ends `/feeds/atlas.xml`, which its pattern never matches).
 */
const HEAD_PARTS: readonly { name: string; pattern: RegExp; optional?: true; write: (head: PageHead) => string | undefined }[] = [
  { name: 'title', pattern: /<title>[^<]*<\/title>/g, write: (h) => `<title>${escapeText(h.fullTitle)}</title>` },
  { name: 'description', pattern: /<meta name="description" content(?:="[^"]*")?>/g, write: (h) => `<meta name="description"${attr('content', h.description).html}>` },
  { name: 'og:title', pattern: /<meta property="og:title" content(?:="[^"]*")?>/g, write: (h) => `<meta property="og:title"${attr('content', h.ogTitle).html}>` },
  { name: 'og:description', pattern: /<meta property="og:description" content(?:="[^"]*")?>/g, write: (h) => `<meta property="og:description"${attr('content', h.description).html}>` },
  { name: 'og:image', pattern: /<meta property="og:image" content(?:="[^"]*")?>/g, write: (h) => `<meta property="og:image"${attr('content', h.ogImage).html}>` },
  { name: 'og:image:alt', pattern: /<meta property="og:image:alt" content(?:="[^"]*")?>/g, write: (h) => `<meta property="og:image:alt"${attr('content', h.ogImageAlt).html}>` },
  {
    name: 'feed of its own',
    pattern: /<link rel="alternate" type="application\/atom\+xml" title(?:="[^"]*")? href="(?![^"]*\/feeds\/atlas\.xml")[^"]*">/g,
    optional: true,
    write: (h) => h.feed && `<link rel="alternate" type="application/atom+xml"${attr('title', h.feed.title).html}${attr('href', h.feed.href).html}>`,
  },
];

/** Where the head ends: its words are looked for before it only. */
const HEAD_END = '</head>';

/**
 * Cuts `page` (a rendered page's text) around `body` (the markup of its body, as the same writer gives it), which
 * must occur in it exactly once, after the head. `own` names the page in its addresses (`servers/alba.example/`).
 * Throws when the body is not found once, or when the head lacks one of the elements a page's words go in.
 */
export function pageTemplate(page: string, body: string, own: string): PageTemplate {
  const at = page.indexOf(body);
  if (body.length === 0 || at < 0 || page.indexOf(body, at + 1) >= 0) {
    throw new Error(`the template page does not hold its own body exactly once (${at < 0 ? 'not found' : 'found more than once'}): its layout or its writer changed`);
  }
  const before = page.slice(0, at);
  const headEnd = before.indexOf(HEAD_END);
  if (headEnd < 0) throw new Error('the template page has no </head> before its body');
  const head = before.slice(0, headEnd);
  const present = HEAD_PARTS.map(({ pattern, optional }) => {
    const found = head.match(pattern)?.length ?? 0;
    if (found > 1 || (found === 0 && !optional)) throw new Error(`the template page's head has ${found} elements matching ${pattern.source}, not ${optional ? 'one at most' : 'one'}`);
    return found === 1;
  });
  return { head, top: before.slice(headEnd), after: page.slice(at + body.length), own, present };
}

/** Every occurrence of `from` in `text` replaced by `to`. */
function replaceAll(text: string, from: string, to: string): string {
  return from === to ? text : text.split(from).join(to);
}

/**
 * A page written from `template`: its body `body`, its head's words `head` (with its own feed's link when it has one), and
 * `own` (`servers/other.example/`) wherever the template's address named the template (its canonical, alternates,
 * language links). Throws when the page has a feed of its own and the template has none, or the other way round.
 */
export function writePage(template: PageTemplate, own: string, head: PageHead, body: string): string {
  // The address first, then the words: a page's words that happen to hold the template's address stay as they are.
  let words = replaceAll(template.head, template.own, own);
  HEAD_PARTS.forEach(({ name, pattern, write }, i) => {
    const written = write(head);
    const has = template.present[i]!;
    if (has !== (written !== undefined)) throw new Error(`a page ${has ? 'without' : 'with'} a ${name} cannot be written from a template ${has ? 'with' : 'without'} one`);
    if (written !== undefined) words = words.replace(pattern, () => written);
  });
  return words + replaceAll(template.top, template.own, own) + body + replaceAll(template.after, template.own, own);
}
