/**
 * The map's server records as the page ships them: columns instead of one object per server, every repeated word
 * (an area, a language list, a software, a status) written once in a table and named by its index. At 10,000 servers
 * this is about a seventh of the objects' JSON, so the page is smaller and quicker to parse; the browser decodes it
 * once, back into the `MapServer` records everything else reads (`decodeServers`). One encoder for the build, one
 * decoder for the browser and the tests.
 */
import type { MapServer } from './map-data.ts';

/** Fields whose value is one word or absent: stored as an index into `words`, plus one (0: absent). */
const WORD_FIELDS = ['area', 'areaLang', 'areaLabel', 'scale', 'software', 'status'] as const;
/** Fields whose value is a list of words: stored as an index into `lists`. */
const LIST_FIELDS = ['iso', 'languages', 'focus', 'unconfirmed'] as const;
/** Fields whose value is a number or absent: stored as the number or null. */
const NUMBER_FIELDS = ['lat', 'lon', 'users'] as const;

/** The servers, column by column (every column has one entry per server, in the servers' order). */
export interface ServerColumns {
  /** Each server's domain. */
  domain: string[];
  /** Each server's name. */
  name: string[];
  /** The words the word columns name. */
  words: string[];
  /** The lists of words the list columns name. */
  lists: string[][];
  /** One column per word field: the index of its word in `words` plus one, or 0 when absent. */
  word: Record<(typeof WORD_FIELDS)[number], number[]>;
  /** One column per list field: the index of its list in `lists`. */
  list: Record<(typeof LIST_FIELDS)[number], number[]>;
  /** One column per number field: the number, or null when absent. */
  number: Record<(typeof NUMBER_FIELDS)[number], (number | null)[]>;
}

/** The servers as columns (see `ServerColumns`), for the page. Same servers, same columns. */
export function encodeServers(servers: readonly MapServer[]): ServerColumns {
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const wordOf = (value: string | undefined): number => {
    if (value === undefined) return 0;
    let i = wordIndex.get(value);
    if (i === undefined) {
      i = words.push(value) - 1;
      wordIndex.set(value, i);
    }
    return i + 1;
  };
  const listOf = (value: readonly string[]): number => {
    const key = JSON.stringify(value);
    let i = listIndex.get(key);
    if (i === undefined) {
      i = lists.push([...value]) - 1;
      listIndex.set(key, i);
    }
    return i;
  };
  const columns: ServerColumns = {
    domain: servers.map((s) => s.domain),
    name: servers.map((s) => s.name),
    words,
    lists,
    word: Object.fromEntries(WORD_FIELDS.map((f) => [f, servers.map((s) => wordOf(s[f]))])) as ServerColumns['word'],
    list: Object.fromEntries(LIST_FIELDS.map((f) => [f, servers.map((s) => listOf(s[f]))])) as ServerColumns['list'],
    number: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, servers.map((s) => s[f] ?? null)])) as ServerColumns['number'],
  };
  return columns;
}

/** Checks that a column is a list of `length` entries; throws a TypeError naming it otherwise. */
function column<T>(value: unknown, name: string, length: number): T[] {
  if (!Array.isArray(value) || value.length !== length) throw new TypeError(`map payload: expected column "${name}" with ${length} entries`);
  return value as T[];
}

/**
 * The servers the columns hold, as records (absent fields left out, as `toMapServer` leaves them). Throws a
 * TypeError naming a missing or short column, or an index that names nothing.
 */
export function decodeServers(value: unknown): MapServer[] {
  const c = value as Partial<ServerColumns> | null;
  if (!c || typeof c !== 'object' || !Array.isArray(c.domain)) throw new TypeError('map payload: expected server columns');
  const n = c.domain.length;
  const names = column<string>(c.name, 'name', n);
  const words = column<string>(c.words, 'words', Array.isArray(c.words) ? c.words.length : -1);
  const lists = column<string[]>(c.lists, 'lists', Array.isArray(c.lists) ? c.lists.length : -1);
  const wordCols = WORD_FIELDS.map((f) => [f, column<number>(c.word?.[f], f, n)] as const);
  const listCols = LIST_FIELDS.map((f) => [f, column<number>(c.list?.[f], f, n)] as const);
  const numberCols = NUMBER_FIELDS.map((f) => [f, column<number | null>(c.number?.[f], f, n)] as const);
  const servers: MapServer[] = new Array<MapServer>(n);
  for (let i = 0; i < n; i++) {
    const s: Record<string, unknown> = { domain: c.domain[i], name: names[i] };
    for (const [f, col] of listCols) {
      const list = lists[col[i]!];
      if (!list) throw new TypeError(`map payload: "${f}" of ${String(c.domain[i])} names no list`);
      s[f] = [...list];
    }
    for (const [f, col] of wordCols) {
      const k = col[i]!;
      if (k === 0) continue;
      const word = words[k - 1];
      if (word === undefined) throw new TypeError(`map payload: "${f}" of ${String(c.domain[i])} names no word`);
      s[f] = word;
    }
    for (const [f, col] of numberCols) {
      const x = col[i];
      if (x !== null && x !== undefined) s[f] = x;
    }
    servers[i] = s as unknown as MapServer;
  }
  return servers;
}
