/**
 * The atlas's Atom feeds of federation changes: one for the whole atlas (the latest `ATLAS_FEED_LIMIT` changes)
 * and one per domain acted on (every change covering it). Entries are dated by `since` and `until` as the data
 * gives them (src/lib/press/changes.ts); a feed's `updated` is its newest entry's date, or the data's date when
 * it has none, never the build's clock.
 */
import { atomXml, dayToDateTime, type AtomEntry } from './atom.ts';
import { domainFeedPath } from './urls.ts';
import { domainPath, serverPath } from '../views/paths.ts';
import { changeKey, changeSummary, changeTitle, federationChanges, type CommunityDecision, type FederationChange } from './changes.ts';

/** The most entries the whole-atlas feed carries (the newest). */
export const ATLAS_FEED_LIMIT = 500;

/** The site's absolute addresses a feed links to. */
export interface FeedUrls {
  /** The feed's own absolute URL. */
  self: string;
  /** The page it belongs to. */
  alternate: string;
  /** The absolute URL of a domain's page, when the domain has one (else undefined). */
  domainPage(domain: string): string | undefined;
  /** The absolute URL of a curated server's page. */
  serverPage(domain: string): string;
}

/** What a feed is about. */
export interface FeedInput {
  /** The feed's title. */
  title: string;
  /** Its subtitle. */
  subtitle: string;
  /** The decisions whose changes it reports. */
  decisions: readonly CommunityDecision[];
  /** At most this many entries (the newest); all when absent. */
  limit?: number;
  /** The data's date, "YYYY-MM-DD": `updated` when there are no entries. */
  day: string;
  /** Where things are. */
  urls: FeedUrls;
}

function entry(c: FederationChange, urls: FeedUrls): AtomEntry {
  const link = (!c.obfuscated && urls.domainPage(c.target)) || urls.serverPage(c.community);
  const categories = [c.kind, c.severity, ...(c.precision === 'exact' ? [] : [c.precision]), ...(c.date.length === 10 ? [] : [c.date.length === 7 ? 'month-only' : 'year-only'])];
  return {
    id: `${urls.serverPage(c.community)}#change/${changeKey(c)}`,
    title: changeTitle(c) + (c.precision === 'on-or-before' ? ` (on or before ${c.date})` : c.precision === 'between' ? ` (by ${c.date})` : c.date.length < 10 ? ` (in ${c.date})` : ''),
    updated: dayToDateTime(c.day),
    link,
    summary: changeSummary(c),
    categories,
  };
}

/** A feed as Atom XML. */
export function changesFeed({ title, subtitle, decisions, limit, day, urls }: FeedInput): string {
  const changes = federationChanges(decisions);
  const shown = limit === undefined ? changes : changes.slice(0, limit);
  const entries = shown.map((c) => entry(c, urls));
  return atomXml({
    id: urls.self,
    title,
    subtitle,
    updated: entries[0]?.updated ?? dayToDateTime(day),
    self: urls.self,
    alternate: urls.alternate,
    author: 'Federation Atlas curators',
    rights: 'Data: Open Database License (ODbL) 1.0; server places from Fediverse Near Me by Jaz-Michael King (ODbL).',
    entries,
  });
}

/** What a domain's feed is made from: the views' decisions on it, the day, and which domains have a page. */
export interface DomainFeedViews {
  /** Every decision covering `domain` (on it or a parent), as its page's dated list has them. */
  domainDecisions(domain: string): readonly CommunityDecision[];
  /** Whether `domain` has a page. */
  hasPage(domain: string): boolean;
  /** The data's day. */
  day: string;
}

/**
 * `/feeds/domains/<domain>.xml`: every change covering one domain, newest first, linking to domain pages that exist
 * and to server pages; `abs` makes a site path absolute.
 */
export function domainFeed(views: DomainFeedViews, domain: string, abs: (path: string) => string): string {
  return changesFeed({
    title: `Federation Atlas: changes for ${domain}`,
    subtitle: `Curated communities' decisions on ${domain} (or a parent domain), begun and lifted, newest first.`,
    decisions: views.domainDecisions(domain),
    day: views.day,
    urls: {
      self: abs(domainFeedPath(domain)),
      alternate: abs(domainPath(domain)),
      domainPage: (d) => (views.hasPage(d) ? abs(domainPath(d)) : undefined),
      serverPage: (d) => abs(serverPath(d)),
    },
  });
}
