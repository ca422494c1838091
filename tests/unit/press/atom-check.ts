/**
 * Checks an Atom document against RFC 4287's requirements with a real XML parser (sax, strict, with namespaces):
 * well-formed XML; root `feed` in the Atom namespace; the feed's id, title and updated (exactly one each); each
 * entry's id, title, updated and a link (with href); every date an RFC 3339 date-time; an author on the feed or
 * on every entry. Returns the problems found (none for a valid feed) and what was read. Shared by the unit
 * tests and the end-to-end tests of the built feeds.
 */
import sax from 'sax';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** What the check read from a feed. */
export interface AtomRead {
  problems: string[];
  feed: { id?: string; title?: string; updated?: string; author: boolean };
  entries: { id?: string; title?: string; updated?: string; links: string[]; author: boolean }[];
}

/** Parses and checks `xml`. */
export function checkAtom(xml: string): AtomRead {
  const problems: string[] = [];
  const read: AtomRead = { problems, feed: { author: false }, entries: [] };
  const parser = sax.parser(true, { xmlns: true });
  const stack: string[] = [];
  const counts = new Map<string, number>();
  let text = '';
  let entryCounts = new Map<string, number>();
  parser.onerror = (e) => {
    problems.push(`not well-formed XML: ${e.message.split('\n')[0]}`);
    (parser as { error: Error | null }).error = null;
    parser.resume();
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    if (stack.length === 0 && (tag.local !== 'feed' || tag.uri !== ATOM)) problems.push(`root is {${tag.uri}}${tag.local}, not an Atom feed`);
    const depth = stack.length;
    if (tag.uri === ATOM) {
      if (depth === 1) {
        counts.set(tag.local, (counts.get(tag.local) ?? 0) + 1);
        if (tag.local === 'entry') {
          read.entries.push({ links: [], author: false });
          entryCounts = new Map();
        }
        if (tag.local === 'author') read.feed.author = true;
      } else if (depth === 2 && stack[1] === 'entry') {
        entryCounts.set(tag.local, (entryCounts.get(tag.local) ?? 0) + 1);
        const e = read.entries.at(-1)!;
        if (tag.local === 'link') {
          const href = tag.attributes.href?.value;
          if (!href) problems.push(`entry ${read.entries.length}: a link without href`);
          else e.links.push(href);
        }
        if (tag.local === 'author') e.author = true;
      }
    }
    stack.push(tag.local);
    text = '';
  };
  parser.ontext = (t) => (text += t);
  parser.oncdata = (t) => (text += t);
  parser.onclosetag = () => {
    const local = stack.pop();
    const depth = stack.length;
    const value = text.trim();
    if (depth === 1 && (local === 'id' || local === 'title' || local === 'updated')) read.feed[local] = value;
    if (depth === 2 && stack[1] === 'entry' && (local === 'id' || local === 'title' || local === 'updated')) read.entries.at(-1)![local] = value;
    if ((local === 'updated' || local === 'published') && !RFC3339.test(value)) problems.push(`${local} "${value}" is not an RFC 3339 date-time`);
    if (depth === 1 && local === 'entry') {
      const n = read.entries.length;
      for (const need of ['id', 'title', 'updated']) if ((entryCounts.get(need) ?? 0) !== 1) problems.push(`entry ${n}: needs exactly one ${need}, has ${entryCounts.get(need) ?? 0}`);
      if ((entryCounts.get('link') ?? 0) === 0 && (entryCounts.get('content') ?? 0) === 0) problems.push(`entry ${n}: needs a link (or content)`);
    }
    text = '';
  };
  parser.write(xml).close();
  for (const need of ['id', 'title', 'updated']) if ((counts.get(need) ?? 0) !== 1) problems.push(`feed: needs exactly one ${need}, has ${counts.get(need) ?? 0}`);
  if (!read.feed.author && read.entries.some((e) => !e.author)) problems.push('feed: no author on the feed, and an entry without one');
  const ids = read.entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push('entry ids are not unique');
  return read;
}
