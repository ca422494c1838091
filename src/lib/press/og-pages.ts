/**
 * Which pages get an Open Graph card, and what a server's card says: every curated server (up to
 * `OG_TOP_SERVERS`, those with the longest lists: at tens of thousands of servers, drawing every card took
 * longer than the rest of the build), and the `OG_TOP_DOMAINS` domains the most communities act on now (ties by
 * domain, so the choice is reproducible). A page without a card of its own shares the atlas's.
 */
import { languageLabel, LIST_STATUS_WORDS } from '../labels.ts';
import type { ActedOn } from '../reach/acted-on.ts';
import type { Server } from '../schema/server.ts';
import type { ServerCard } from './og-svg.ts';

/** How many of the most acted-on domains get a card. */
export const OG_TOP_DOMAINS = 100;

/** How many servers get a card of their own: every curated one, until there are more than this. */
export const OG_TOP_SERVERS = 1000;

/**
 * The servers with a card: all of them when they are at most `top`, else the `top` with the most decisions, ties
 * by domain in code-point order.
 */
export function ogServers(servers: readonly Pick<Server, 'domain' | 'blocks'>[], top: number = OG_TOP_SERVERS): string[] {
  if (servers.length <= top) return servers.map((s) => s.domain);
  return [...servers]
    .sort((a, b) => b.blocks.length - a.blocks.length || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))
    .slice(0, top)
    .map((s) => s.domain);
}

/** `ogServers(servers)` as a set (every server page asks: build it once, as the atlas's views do). */
export function ogServerSet(servers: readonly Pick<Server, 'domain' | 'blocks'>[]): ReadonlySet<string> {
  return new Set(ogServers(servers));
}

/** The domains with a card: the most acted on now (then ever), ties by domain in code-point order. */
export function ogDomains(actedOn: readonly Pick<ActedOn, 'domain' | 'acting' | 'ever'>[], top: number = OG_TOP_DOMAINS): string[] {
  return [...actedOn]
    .sort((a, b) => b.acting - a.acting || b.ever - a.ever || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))
    .slice(0, top)
    .map((a) => a.domain);
}

/**
 * `ogDomains(actedOn, top)` as a set (every domain page asks whether it has a card: sorting tens of thousands of
 * domains for each page was quadratic, so build it once, as the atlas's views do).
 */
export function ogDomainSet(actedOn: readonly Pick<ActedOn, 'domain' | 'acting' | 'ever'>[], top: number = OG_TOP_DOMAINS): ReadonlySet<string> {
  return new Set(ogDomains(actedOn, top));
}

/** How many communities act on each domain of `actedOn` now (build it once, for every server's card). */
export function actingIndex(actedOn: readonly Pick<ActedOn, 'domain' | 'acting'>[]): ReadonlyMap<string, number> {
  return new Map(actedOn.map((a) => [a.domain, a.acting]));
}

/**
 * A server's card: its name, area, languages in words, list status, decisions, and how many act on it now
 * (`acting` is `actingIndex(actedOn)`).
 */
export function serverCard(server: Server, acting: ReadonlyMap<string, number>, day: string): ServerCard {
  return {
    domain: server.domain,
    name: server.name,
    ...(server.area ? { area: server.area.label } : {}),
    languages: server.languages.map((tag) => languageLabel(tag)).join(', '),
    list: LIST_STATUS_WORDS[server.blocklist.status].label.toLowerCase(),
    decisions: server.blocks.length,
    actedOnBy: acting.get(server.domain) ?? 0,
    day,
  };
}
