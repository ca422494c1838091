/**
 * The states the map shows for a picked domain, one small number per server of the map's records (in their order:
 * the communities' order of the shards, src/lib/map/shard-codec.ts), instead of a state looked up by domain in the
 * shard's keyed entries: colouring the map and counting its clusters and legend reads an array, so a recolour at
 * tens of thousands of servers costs next to nothing beyond the shard's fetch.
 */
import { SHOWN_STATES, shownState, type ReachShard, type ShownState } from './reach-shard.ts';

/** Each server's shown state, as its index in `SHOWN_STATES` (suspends 0, limits 1, reaches 2, unknown 3, self 4). */
export type ShownStates = Uint8Array;

/** The index in `SHOWN_STATES` of a state. */
export const STATE_CODE: Readonly<Record<ShownState, number>> = { suspends: 0, limits: 1, reaches: 2, unknown: 3, self: 4 };

/**
 * The state the map shows for each of `communities` (the map's records' domains, in order): `self` for the shard's
 * own server, its entry's state, and unknown for a server the shard has no entry for: `shownState(...) ??
 * 'unknown'`, as the map's popups read it. For any shard, a replayed or restricted one included (src/lib/map/as-of-lookup.ts).
 */
export function shownStates(shard: ReachShard, communities: readonly string[]): ShownStates {
  const out = new Uint8Array(communities.length);
  for (let i = 0; i < communities.length; i++) out[i] = STATE_CODE[shownState(shard, communities[i]!) ?? 'unknown'];
  return out;
}

/** The state of code `code` (an entry of `ShownStates`). */
export function stateOfCode(code: number): ShownState {
  return SHOWN_STATES[code] ?? 'unknown';
}

/** How many of the servers at `indices` (into `states`) show each state. */
export function countShown(states: ShownStates, indices: Iterable<number>): Record<ShownState, number> {
  const tally = [0, 0, 0, 0, 0];
  for (const i of indices) tally[states[i]!]!++;
  return { suspends: tally[0]!, limits: tally[1]!, reaches: tally[2]!, unknown: tally[3]!, self: tally[4]! };
}
