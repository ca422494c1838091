/**
 * Fetching a domain's reach shard in the browser for the readers without the map's records (the domain page's day,
 * its downloads, the embeds): the shard and the site-wide communities' list beside it (`communities.json` in the
 * shards' folder, fetched once per page), decoded by the one decoder (src/lib/map/shard-codec.ts).
 */
import { communitiesKey, COMMUNITIES_FILE, decodeShard, parseCommunities } from '../lib/map/shard-codec.ts';
import type { ReachShard } from '../lib/map/reach-shard.ts';

/** A communities' list and its `communitiesKey`. */
interface CommunitiesList {
  communities: string[];
  key: string;
}

const lists = new Map<string, Promise<CommunitiesList>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The communities' list in the folder of the shard at `shardUrl`, fetched once. */
function communitiesBeside(shardUrl: string): Promise<CommunitiesList> {
  const url = new URL(COMMUNITIES_FILE, new URL(shardUrl, location.href)).href;
  let list = lists.get(url);
  if (!list) {
    list = fetchJson(url).then((value) => {
      const communities = parseCommunities(value);
      return { communities, key: communitiesKey(communities) };
    });
    list.catch(() => lists.delete(url));
    lists.set(url, list);
  }
  return list;
}

/**
 * The shard at `url` (`/data/reach/<domain>.json`, with the site's base), decoded. With `missing` set, a shard the
 * site does not have (HTTP 404) gives undefined; any other failure throws.
 */
export async function fetchShard(url: string): Promise<ReachShard>;
export async function fetchShard(url: string, missing: 'undefined'): Promise<ReachShard | undefined>;
export async function fetchShard(url: string, missing?: 'undefined'): Promise<ReachShard | undefined> {
  const [response, list] = await Promise.all([fetch(url), communitiesBeside(url)]);
  if (response.status === 404 && missing) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeShard(await response.json(), list.communities, list.key);
}
