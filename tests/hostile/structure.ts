/**
 * A page's structure: the multiset of its elements (tag and attribute names), so that two builds of the same
 * pages from different text can be compared. Data rendered as text never changes a page's structure; data that
 * got in as markup adds an element or an attribute.
 */
import { elementsOf } from '../../tools/site-check/html.ts';

/** Each element as `tag[attr,attr…]` (attribute names sorted), counted. */
export function structureOf(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { tag, attrs } of elementsOf(html)) {
    const key = `${tag}[${Object.keys(attrs).sort().join(',')}]`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** How two structures differ, as "key: a → b" lines (empty when they are the same). */
export function structureDiff(a: Map<string, number>, b: Map<string, number>): string[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => (a.get(k) ?? 0) !== (b.get(k) ?? 0)).map((k) => `${k}: ${a.get(k) ?? 0} → ${b.get(k) ?? 0}`);
}
