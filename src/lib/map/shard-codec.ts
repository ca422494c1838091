/**
 * A reach shard as the build writes it (`/data/reach/<domain>.json`) and every reader reads it: compact state codes
 * in the communities' order instead of one keyed object per community. The communities' order is that of the map's
 * records (every curated server, sorted by domain, less the shard's own domain), written once for the whole site
 * beside the shards (`/data/reach/communities.json`, `COMMUNITIES_FILE`). Each community is one character naming its
 * kind (state, reason, the states still possible, what the domain does back); only the communities with more to say
 * (dates, evidence, histories, pasts: those acting on the domain, and those whose known answer rests on a list) are
 * in columns, by position. One encoder for the build, one decoder for every reader: `decodeShard(encodeShard(s))`
 * gives back `s`, field for field, so no view can answer differently.
 */
import type { KnownState, ReachReason, ReachState, StateCounts, StateSegments } from '../reach/index.ts';
import { shardEntry, toReachShard, type DomainAnswer, type ReachShard, type ShardEntry, type ShardExtras, type ShardPast, type ShownState } from './reach-shard.ts';
import { STATE_CODE, type ShownStates } from './shown-states.ts';

/** The format's version, written in every shard: a reader of another version fails loudly. */
export const SHARD_FORMAT = 2;

/** The name of the site-wide list of communities, in the shards' folder: `/data/reach/communities.json`. */
export const COMMUNITIES_FILE = 'communities.json';

/** The communities' list as written (`/data/reach/communities.json`). */
export interface ShardCommunities {
  /** Every curated community's domain, sorted by domain: a shard's codes follow it, less the shard's own domain. */
  communities: string[];
}

/** What the communities of one code share: their entry's fields that take few values. */
export interface ShardKind {
  state: ReachState;
  reason: ReachReason;
  possible?: KnownState[];
  onOrBefore?: true;
  back?: ReachState;
}

/**
 * A short fingerprint of a communities' list (FNV-1a, 32 bits, over the domains in order): a shard carries the one
 * of the list it was written for, so a reader holding another list (a browser or proxy cache keeping one file of an
 * older build) fails loudly instead of giving one community's answer to another. Pass it to `encodeShard` and
 * `decodeShard` when decoding many shards against one list, so the list is not hashed again each time.
 */
export function communitiesKey(communities: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const domain of communities) {
    for (let i = 0; i < domain.length; i++) {
      h ^= domain.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x0a; // a separator no domain contains
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + communities.length;
}

/** The shard as written. */
export interface EncodedShard {
  /** `SHARD_FORMAT`. */
  format: number;
  /** `communitiesKey` of the communities' list it was written for (`/data/reach/communities.json`). */
  list: string;
  domain: string;
  day: string;
  self?: string;
  counts: StateCounts;
  /** The kinds the codes name, by index. */
  kinds: ShardKind[];
  /** One character per community, in the communities' order: its kind's index as `codeOf` writes it. */
  codes: string;
  /** The positions (in `codes`) of the communities with more than their kind, ascending. */
  at: number[];
  /** One entry per position of `at` in each column; a column is left out when no entry has the field. */
  via?: string[];
  since?: string[];
  until?: string[];
  confirmed?: string[];
  evidence?: string[];
  history?: (StateSegments | 0)[];
  past?: (ShardPast | 0)[];
}

/** The text columns, in the order an entry's fields are written. Absent field: "". */
const TEXT_COLUMNS = ['via', 'since', 'until', 'confirmed', 'evidence'] as const;

/** The character of kind `index`: printable ASCII from "0" (the backslash skipped: it would be escaped), then beyond. */
export function codeOf(index: number): string {
  const ascii = 0x7e - 0x30; // "0".."~" less "\": 78 codes
  if (index < ascii) return String.fromCharCode(0x30 + index + (0x30 + index >= 0x5c ? 1 : 0));
  return String.fromCharCode(0xa1 + index - ascii);
}

/** The kind index of a code character (`codeOf`'s inverse). */
export function indexOf(code: number): number {
  if (code >= 0xa1) return code - 0xa1 + (0x7e - 0x30);
  return code - 0x30 - (code > 0x5c ? 1 : 0);
}

/** The communities a shard lists, in order: every curated community but the shard's own server. */
export function shardOrder(communities: readonly string[], self: string | undefined): readonly string[] {
  return self === undefined ? communities : communities.filter((c) => c !== self);
}

function kindOf(entry: ShardEntry): ShardKind {
  const kind: ShardKind = { state: entry.state, reason: entry.reason };
  if (entry.possible) kind.possible = [...entry.possible];
  if (entry.onOrBefore) kind.onOrBefore = true;
  if (entry.back !== undefined) kind.back = entry.back;
  return kind;
}

/**
 * The shard as written, its entries in the order of `communities` (every curated community's domain, sorted, as
 * `/data/reach/communities.json` lists them). Throws when the shard's communities are not exactly those.
 */
export function encodeShard(shard: ReachShard, communities: readonly string[], key: string = communitiesKey(communities)): EncodedShard {
  const order = shardOrder(communities, shard.self);
  const count = Object.keys(shard.servers).length;
  const misfit = () => new Error(`reach shard of ${shard.domain}: its ${count} communities are not the ${order.length} listed`);
  if (count !== order.length) throw misfit();
  const writer = shardWriter();
  for (let i = 0; i < order.length; i++) {
    const entry = shard.servers[order[i]!];
    if (entry === undefined) throw misfit();
    writer.add(i, entry);
  }
  return writer.finish({ format: SHARD_FORMAT, list: key, domain: shard.domain, day: shard.day, counts: { ...shard.counts } }, shard.self);
}

/**
 * The shard as written, straight from the reach model's answer (`toReachShard`'s arguments): what
 * `encodeShard(toReachShard(answer, communities, histories, extras), communities)` gives, field for field
 * (tests/unit/map/shard-codec.test.ts compares the two on every shard of its communities), each community's entry
 * (`shardEntry`) written as it is made, with no object keyed by every community: the build writes a shard for every
 * domain with a page, each listing every community, and at 30,000 communities that object and its look-ups were most
 * of a shard's cost. An answer whose communities are not the list's, in its order, takes that longer road.
 */
export function encodeAnswer(answer: DomainAnswer, communities: readonly string[], key: string = communitiesKey(communities), histories?: ReadonlyMap<string, StateSegments>, extras: ShardExtras = {}): EncodedShard {
  const self = communities.includes(answer.domain) ? answer.domain : undefined;
  const order = shardOrder(communities, self);
  const listed = answer.communities;
  if (listed.length !== order.length || listed.some((c, i) => c.community !== order[i])) return encodeShard(toReachShard(answer, communities, histories, extras), communities, key);
  const writer = shardWriter();
  for (let i = 0; i < listed.length; i++) writer.add(i, shardEntry(answer.domain, listed[i]!, histories, extras));
  return writer.finish({ format: SHARD_FORMAT, list: key, domain: answer.domain, day: answer.day, counts: { ...answer.counts } }, self);
}

/**
 * The one writer of a shard's codes and columns: each community's entry added in the communities' order, its kind
 * interned (by state, reason and what the domain does back, the common case, looked up without building a key; by a
 * key for those with possible states or an "on or before" date), and its other fields in the columns when it has any.
 */
function shardWriter() {
  const kinds: ShardKind[] = [];
  const plain = new Map<string, number>();
  const keyed = new Map<string, number>();
  const chars: string[] = [];
  let codes = '';
  const at: number[] = [];
  const text: Record<(typeof TEXT_COLUMNS)[number], string[]> = { via: [], since: [], until: [], confirmed: [], evidence: [] };
  const history: (StateSegments | 0)[] = [];
  const past: (ShardPast | 0)[] = [];
  const kindOfEntry = (entry: ShardEntry): number => {
    const unusual = entry.possible !== undefined || entry.onOrBefore === true;
    const key = unusual ? `${entry.state} ${entry.reason} ${entry.back ?? '-'} ${entry.possible?.join(',') ?? '-'} ${entry.onOrBefore ? 1 : 0}` : entry.state + ' ' + entry.reason + ' ' + (entry.back ?? '-');
    const index = unusual ? keyed : plain;
    let k = index.get(key);
    if (k === undefined) {
      k = kinds.push(kindOf(entry)) - 1;
      index.set(key, k);
    }
    return k;
  };
  return {
    /** Adds the entry of the community at position `i` (positions ascending). */
    add(i: number, entry: ShardEntry): void {
      const k = kindOfEntry(entry);
      codes += chars[k] ??= codeOf(k);
      const more =
        entry.via !== undefined || entry.since !== undefined || entry.until !== undefined || entry.confirmed !== undefined || entry.evidence !== undefined || entry.history !== undefined || entry.past !== undefined;
      if (!more) return;
      at.push(i);
      for (const f of TEXT_COLUMNS) text[f].push(entry[f] ?? '');
      history.push(entry.history ? [...entry.history] : 0);
      past.push(entry.past ?? 0);
    },
    /** The shard as written: `head`'s fields, then the codes and the columns with an entry. */
    finish(head: Pick<EncodedShard, 'format' | 'list' | 'domain' | 'day' | 'counts'>, self: string | undefined): EncodedShard {
      const out: EncodedShard = { ...head, kinds, codes, at };
      if (self !== undefined) out.self = self;
      for (const f of TEXT_COLUMNS) if (text[f].some((v) => v !== '')) out[f] = text[f];
      if (history.some((h) => h !== 0)) out.history = history;
      if (past.some((p) => p !== 0)) out.past = past;
      return out;
    },
  };
}

/** The shard's JSON as the build writes it (`key`: `communitiesKey(communities)`, when the caller has it). */
export function shardJson(shard: ReachShard, communities: readonly string[], key?: string): string {
  return JSON.stringify(encodeShard(shard, communities, key));
}

function fail(what: string): never {
  throw new TypeError(`reach shard: ${what}`);
}

/** Checks a column of `at`'s length, or its absence. */
function optionalColumn<T>(value: unknown, name: string, length: number): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== length) fail(`expected column "${name}" with ${length} entries`);
  return value as T[];
}

/** A shard as the map reads it: the shard, and the state the map shows for each of the communities' list. */
export interface ReadShard {
  /** The shard (`decodeShard`'s): its entries are decoded the first time `servers` is read. */
  shard: ReachShard;
  /** Each community's shown state, in the list's order (src/lib/map/shown-states.ts), read straight from the codes. */
  states: ShownStates;
}

/**
 * The shard a written one stands for (`encodeShard`'s inverse), given the communities' list it was written for
 * (`/data/reach/communities.json`; the map passes its own records' domains, the same list). Throws a TypeError when
 * it is not a shard of this format or was written for another list (`key`: `communitiesKey(communities)`, when the
 * caller has it).
 */
export function decodeShard(value: unknown, communities: readonly string[], key: string = communitiesKey(communities)): ReachShard {
  return readShard(value, communities, key).shard;
}

/**
 * `decodeShard`, with each community's shown state beside it, read straight from the codes. The whole shard is
 * checked at once (a shard that does not fit throws here), but its entries, one object per community, are only made
 * the first time the shard's `servers` is read: the map colours tens of thousands of markers from `states` alone,
 * and words (popups, the list) read the entries later.
 */
export function readShard(value: unknown, communities: readonly string[], key: string = communitiesKey(communities)): ReadShard {
  const v = value as Partial<EncodedShard> | null;
  if (!v || typeof v !== 'object') fail('expected an object');
  if (v.format !== SHARD_FORMAT) fail(`expected format ${SHARD_FORMAT}, got ${String(v.format)}`);
  if (typeof v.domain !== 'string' || typeof v.day !== 'string' || typeof v.codes !== 'string' || !Array.isArray(v.kinds) || !Array.isArray(v.at) || !v.counts) {
    fail('expected "domain", "day", "counts", "kinds", "codes" and "at"');
  }
  if (v.list !== key) fail(`${v.domain}: written for another list of communities (${String(v.list)}, not ${key}): a file from another build of the site?`);
  // The shard's communities are the list's less its own server (`shardOrder`): position p is community p, or p + 1
  // from the own server on.
  const selfAt = v.self === undefined ? -1 : communities.indexOf(v.self);
  const count = communities.length - (selfAt >= 0 ? 1 : 0);
  /** The index in the communities' list of the shard's position `p`. */
  const listIndex = (p: number): number => (selfAt >= 0 && p >= selfAt ? p + 1 : p);
  const codes = v.codes;
  if (codes.length !== count) fail(`${v.domain}: ${codes.length} codes for ${count} communities`);
  const at = v.at;
  const n = at.length;
  for (let j = 0; j < n; j++) {
    const p = at[j];
    if (!Number.isInteger(p) || p! < 0 || p! >= count || (j > 0 && p! <= at[j - 1]!)) fail(`${v.domain}: positions out of order or beyond the codes`);
  }
  const text = TEXT_COLUMNS.map((f) => [f, optionalColumn<string>(v[f], f, n)] as const);
  const history = optionalColumn<StateSegments | 0>(v.history, 'history', n);
  const past = optionalColumn<ShardPast | 0>(v.past, 'past', n);
  const kinds = v.kinds;
  const kindStates = kinds.map((kind, k) => {
    // A reach state (never `self`, which only the shard's own server shows).
    const state: unknown = kind && typeof kind === 'object' ? kind.state : undefined;
    if (typeof state !== 'string' || state === 'self' || !Object.hasOwn(STATE_CODE, state)) fail(`${v.domain}: kind ${k} names no state`);
    return STATE_CODE[state as ShownState];
  });
  const states: ShownStates = new Uint8Array(communities.length);
  for (let p = 0; p < count; p++) {
    const code = kindStates[indexOf(codes.charCodeAt(p))];
    if (code === undefined) fail(`${v.domain}: code ${JSON.stringify(codes[p])} names no kind`);
    states[listIndex(p)] = code;
  }
  if (selfAt >= 0) states[selfAt] = STATE_CODE.self;
  const domain = v.domain;

  /** Every community's entry, checked above: one object per community with more than its kind. */
  const entries = (): Record<string, ShardEntry> => {
    const servers: Record<string, ShardEntry> = {};
    /**
     * The entry of each kind for the communities with nothing more (most of them): one frozen object per kind, shared,
     * rather than one per community (no reader changes an entry: a replayed or restricted shard makes new ones).
     */
    const plain: ShardEntry[] = [];
    let next = 0;
    for (let p = 0; p < count; p++) {
      const community = communities[listIndex(p)]!;
      const k = indexOf(codes.charCodeAt(p));
      const kind = kinds[k]!;
      if (at[next] !== p) {
        const shared = plain[k];
        if (shared) {
          servers[community] = shared;
          continue;
        }
      }
      // The fields in the order the build's entries have them (src/lib/map/reach-shard.ts).
      const entry: ShardEntry = { state: kind.state, reason: kind.reason };
      if (kind.possible) entry.possible = [...kind.possible];
      const j = at[next] === p ? next++ : -1;
      if (j >= 0) {
        const [via, since, until, confirmed, evidence] = text.map(([, col]) => col?.[j] || undefined);
        if (via !== undefined) entry.via = via;
        if (since !== undefined) entry.since = since;
        if (kind.onOrBefore) entry.onOrBefore = true;
        if (until !== undefined) entry.until = until;
        if (confirmed !== undefined) entry.confirmed = confirmed;
        if (evidence !== undefined) entry.evidence = evidence;
      } else if (kind.onOrBefore) entry.onOrBefore = true;
      if (kind.back !== undefined) entry.back = kind.back;
      if (j >= 0) {
        const h = history?.[j];
        if (h) entry.history = h;
        const pa = past?.[j];
        if (pa) entry.past = pa;
      }
      if (j < 0) {
        if (entry.possible) Object.freeze(entry.possible);
        plain[k] = Object.freeze(entry);
      }
      servers[community] = entry;
    }
    return servers;
  };

  const shard: ReachShard = { domain, day: v.day, counts: { ...v.counts }, servers: {} };
  // `servers` stays in its place among the fields (a plain property once made, or once a reader sets it).
  const settle = (servers: Record<string, ShardEntry>) => Object.defineProperty(shard, 'servers', { value: servers, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(shard, 'servers', {
    enumerable: true,
    configurable: true,
    get: () => {
      const servers = entries();
      settle(servers);
      return servers;
    },
    set: settle,
  });
  if (v.self !== undefined) shard.self = v.self;
  return { shard, states };
}

/** Reads the communities' list (`/data/reach/communities.json`); throws a TypeError when it is not one. */
export function parseCommunities(value: unknown): string[] {
  const v = value as Partial<ShardCommunities> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.communities) || !v.communities.every((c) => typeof c === 'string')) {
    fail('expected "communities", a list of domains');
  }
  return v.communities;
}
