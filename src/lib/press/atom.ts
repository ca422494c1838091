/**
 * Atom 1.0 (RFC 4287) documents from plain data: the feed's id, title, updated and links, and its entries, each
 * with id, title, updated, a link and a text summary. Every text is escaped (never markup: summaries are
 * `type="text"`), every date an RFC 3339 date-time. Pure: the build writes the feeds, a unit test reads them back.
 */
import { xmlEscape } from './xml.ts';

/** One entry of a feed. */
export interface AtomEntry {
  /** A permanent, unique IRI for the entry (never reused for another entry). */
  id: string;
  /** The entry's title, as plain text. */
  title: string;
  /** When the entry last changed, an RFC 3339 date-time ("2024-01-02T00:00:00Z"). */
  updated: string;
  /** When the event it reports happened, an RFC 3339 date-time, when known. */
  published?: string;
  /** The absolute URL of the page the entry is about. */
  link: string;
  /** A plain-text summary. */
  summary: string;
  /** Category terms (e.g. "suspend", "lifted"). */
  categories?: readonly string[];
}

/** A feed. */
export interface AtomFeed {
  /** A permanent, unique IRI for the feed (its own absolute URL is a good one). */
  id: string;
  /** The feed's title, as plain text. */
  title: string;
  /** A plain-text subtitle. */
  subtitle?: string;
  /** When the feed last changed, an RFC 3339 date-time. */
  updated: string;
  /** The feed's own absolute URL (rel="self"). */
  self: string;
  /** The absolute URL of the page it belongs to (rel="alternate"). */
  alternate: string;
  /** Who wrote it (feed-level author, so entries need none). */
  author: string;
  /** Licence and credit, as plain text. */
  rights?: string;
  /** The entries, in the order they are written (newest first, by convention). */
  entries: readonly AtomEntry[];
}

/** RFC 3339 date-time as RFC 4287 wants it (section 3.3): "YYYY-MM-DDThh:mm:ss" with a "Z" or a "+hh:mm" offset. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Midnight UTC of a "YYYY-MM-DD" day, as an RFC 3339 date-time. Throws a RangeError for anything else. */
export function dayToDateTime(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`expected a day "YYYY-MM-DD", got ${JSON.stringify(day)}`);
  return `${day}T00:00:00Z`;
}

function checkDate(what: string, value: string): string {
  if (!RFC3339.test(value)) throw new RangeError(`${what}: expected an RFC 3339 date-time, got ${JSON.stringify(value)}`);
  return value;
}

/** The feed as an Atom XML document (UTF-8, LF line ends). Throws a RangeError on a date that is not RFC 3339. */
export function atomXml(feed: AtomFeed): string {
  const t = (name: string, text: string, attrs = '') => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${t('id', feed.id)}`,
    `  ${t('title', feed.title, ' type="text"')}`,
  ];
  if (feed.subtitle) lines.push(`  ${t('subtitle', feed.subtitle, ' type="text"')}`);
  lines.push(
    `  ${t('updated', checkDate('feed updated', feed.updated))}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    `  <author>${t('name', feed.author)}</author>`,
  );
  if (feed.rights) lines.push(`  ${t('rights', feed.rights, ' type="text"')}`);
  for (const e of feed.entries) {
    lines.push('  <entry>', `    ${t('id', e.id)}`, `    ${t('title', e.title, ' type="text"')}`, `    ${t('updated', checkDate(`entry ${e.id} updated`, e.updated))}`);
    if (e.published) lines.push(`    ${t('published', checkDate(`entry ${e.id} published`, e.published))}`);
    lines.push(`    <link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`);
    for (const c of e.categories ?? []) lines.push(`    <category term="${xmlEscape(c)}"/>`);
    lines.push(`    ${t('summary', e.summary, ' type="text"')}`, '  </entry>');
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
