/**
 * The days a published block list speaks for: from its earliest reading to its latest.
 *
 * A list read on day R shows the decisions in force on R. It cannot show a decision that began and was lifted
 * before R, so on a day before every reading of the list, "nothing listed" does not mean "nothing blocked". And
 * after R the community may have added decisions nobody has read yet. The list therefore speaks for the days
 * between its earliest and its latest reading, inclusive, and only there may the absence of a decision be called
 * `reaches`. (Between two readings the atlas assumes no decision came and went unseen: a documented limit.)
 */
import type { Community } from './state.ts';

/** The days a published list speaks for, inclusive. */
export interface ListWindow {
  /** The earliest day the list is known to have been read whole. */
  from: string;
  /** The latest day the list is known to have been read whole: `blocklist.evidence.retrieved`. */
  to: string;
}

/**
 * The days the list was read whole: `blocklist.evidence.retrieved` (where the whole list was read), and the
 * `retrieved` day of every decision's evidence of kind `block-list` (the list itself, read whole by an importer
 * on that day, as when an older reading was merged). Evidence of other kinds, an `archive` snapshot consulted to
 * date one entry included, does not count: it shows one decision, not the whole list. Sorted, without repeats.
 */
export function listReadings(community: Community): string[] {
  const days = new Set<string>();
  const list = community.blocklist.evidence;
  if (list) days.add(list.retrieved);
  for (const d of community.blocks) if (d.evidence?.kind === 'block-list') days.add(d.evidence.retrieved);
  return [...days].sort();
}

/**
 * The window a community's list speaks for, or undefined when it speaks for no day: its status is not
 * `published`, or it has no `blocklist.evidence` saying when it was read. Readings after the list-level one
 * do not extend the window's end: the list-level evidence is where the whole, latest list was read.
 */
export function listWindow(community: Community): ListWindow | undefined {
  const list = community.blocklist;
  if (list.status !== 'published' || list.evidence === undefined) return undefined;
  const to = list.evidence.retrieved;
  const from = listReadings(community).find((day) => day <= to) ?? to;
  return { from, to };
}
