/**
 * The atlas, loaded once at build time. Every page and data file reads from here; none reads the
 * collection itself or recomputes what is derived here.
 */
import { getCollection } from 'astro:content';
import { compareText } from './lib/order.ts';
import type { Server } from './lib/schema/server.ts';

/** Counts over the whole dataset, as shown on the site. */
export interface AtlasStats {
  /** How many curated servers there are. */
  servers: number;
  /** How many federation decisions (block-list entries) they hold in all, lifted ones included. */
  decisions: number;
}

/** Everything the pages need, derived once. */
export interface Atlas {
  /** Every curated server, sorted by domain (code-point order). */
  servers: readonly Server[];
  /** Counts over the dataset. */
  stats: AtlasStats;
}

let atlas: Promise<Atlas> | undefined;

/** Loads the `servers` collection and derives the atlas. Memoised: the first call does the work. */
export function loadAtlas(): Promise<Atlas> {
  atlas ??= build();
  return atlas;
}

async function build(): Promise<Atlas> {
  const entries = await getCollection('servers');
  const servers = entries.map((entry) => entry.data).sort((a, b) => compareText(a.domain, b.domain));
  const decisions = servers.reduce((sum, server) => sum + server.blocks.length, 0);
  return { servers, stats: { servers: servers.length, decisions } };
}
