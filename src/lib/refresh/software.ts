/**
 * Which software a server runs (from its NodeInfo document) and where that software publishes its block list, if
 * it publishes one at all. The formats are the importers' own (src/lib/import/pipeline.ts): the refresh reads
 * nothing the importers cannot.
 */
import { readJson, record } from '../import/json.ts';
import type { BlockListFormat } from '../import/pipeline.ts';

/** How a server's public block list is read: its format and the address on the server, or why there is none. */
export type ListSource =
  | {
      /** The list can be read. */
      readable: true;
      /** The importer format of the answer. */
      format: BlockListFormat;
      /** Path on the server (with query); absent when the list is in the NodeInfo document itself (Pleroma, Akkoma). */
      path?: string;
    }
  | {
      /** The software publishes no list the refresh can read. */
      readable: false;
      /** Why, in words for the report and the file's note. */
      reason: string;
    };

/** NodeInfo `software.name` values of Mastodon and its forks, which serve Mastodon's `/api/v1/instance/domain_blocks`. */
const MASTODON_FAMILY = ['mastodon', 'hometown', 'glitch-soc', 'glitchsoc', 'fedibird', 'kmyblue', 'chuckya'];

/** Pleroma and its forks: the list is `metadata.federation.mrf_simple` in NodeInfo. */
const PLEROMA_FAMILY = ['pleroma', 'akkoma', 'incestoma'];

/** Misskey and its forks: their block lists are not read by the importers. */
const MISSKEY_FAMILY = ['misskey', 'sharkey', 'firefish', 'calckey', 'iceshrimp', 'foundkey', 'cherrypick', 'catodon'];

/** Where the software named in NodeInfo (`software.name`, any case) publishes its block list. */
export function listSource(software: string): ListSource {
  const name = software.trim().toLowerCase();
  if (MASTODON_FAMILY.includes(name)) return { readable: true, format: 'mastodon-json', path: '/api/v1/instance/domain_blocks' };
  if (PLEROMA_FAMILY.includes(name)) return { readable: true, format: 'akkoma' };
  if (name === 'lemmy') return { readable: true, format: 'lemmy', path: '/api/v3/federated_instances' };
  if (name === 'gotosocial') return { readable: true, format: 'gotosocial', path: '/api/v1/instance/peers?filter=suspended' };
  if (MISSKEY_FAMILY.includes(name)) {
    return { readable: false, reason: `its software (${name}, of the Misskey family) keeps its blocked hosts in its admin settings; the importers read no public Misskey list` };
  }
  return { readable: false, reason: `its software (${name === '' ? 'not named' : name}) publishes no block list the importers can read` };
}

/** The software named by a NodeInfo 2.x document (`software.name`), or why it names none. */
export function nodeInfoSoftware(text: string): { ok: true; name: string; version?: string } | { ok: false; message: string } {
  const json = readJson(text);
  if (!json.ok) return { ok: false, message: `the NodeInfo document is ${json.reason}` };
  const software = record(record(json.value)?.software);
  const name = software?.name;
  if (typeof name !== 'string' || name.trim() === '') return { ok: false, message: 'the NodeInfo document names no software.name' };
  const version = typeof software?.version === 'string' ? software.version : undefined;
  return version === undefined ? { ok: true, name: name.trim().toLowerCase() } : { ok: true, name: name.trim().toLowerCase(), version };
}
