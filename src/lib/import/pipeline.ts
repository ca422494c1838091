/**
 * One call from a source's text to a merged server file: read the format, resolve obfuscated targets, merge.
 * Pure (text in, text and report out); the CLI does the reading, fetching and writing.
 */
import { readAkkoma } from './akkoma.ts';
import { resolveObfuscated, type Hash } from './digest.ts';
import { readGoToSocial } from './gotosocial.ts';
import { readHistoryCsv } from './history.ts';
import { readLemmy } from './lemmy.ts';
import { readMastodonCsv } from './mastodon-csv.ts';
import { readMastodonJson } from './mastodon-json.ts';
import { mergeBlockList, type ListEvidence, type MergeResult } from './merge.ts';
import { parseDocument } from 'yaml';
import { dropArchiveDecisions, keepHeader } from './replace.ts';
import type { EvidenceKind, ReadResult } from './types.ts';

/** The block-list formats, each with its reader, where a server publishes it, and the evidence kind it is. */
export const BLOCK_LIST_FORMATS = {
  'mastodon-json': { read: readMastodonJson, path: '/api/v1/instance/domain_blocks', kind: 'block-list' },
  'mastodon-csv': { read: readMastodonCsv, path: undefined, kind: 'block-list' },
  akkoma: { read: readAkkoma, path: undefined, kind: 'block-list' },
  lemmy: { read: readLemmy, path: '/api/v3/federated_instances', kind: 'block-list' },
  gotosocial: { read: readGoToSocial, path: '/api/v1/instance/peers?filter=suspended', kind: 'block-list' },
  history: { read: readHistoryCsv, path: undefined, kind: 'archive' },
} as const satisfies Record<string, { read: (text: string) => ReadResult; path: string | undefined; kind: EvidenceKind }>;

/** A block-list format's name. */
export type BlockListFormat = keyof typeof BLOCK_LIST_FORMATS;

/** True when `name` is a block-list format. */
export function isBlockListFormat(name: string): name is BlockListFormat {
  return Object.hasOwn(BLOCK_LIST_FORMATS, name);
}

/** Where a server publishes a list in this format, when the format has a fixed address. */
export function defaultListUrl(format: BlockListFormat, server: string): string | undefined {
  const path = BLOCK_LIST_FORMATS[format].path;
  return path === undefined ? undefined : `https://${server}${path}`;
}

/** Everything one import needs. */
export interface BlockListImport {
  /** The source's format. */
  format: BlockListFormat;
  /** The source's text. */
  text: string;
  /** The server file's current text. */
  serverText: string;
  /** The server file as shown in the report. */
  file: string;
  /** Where the text came from (a path or URL), for the report. */
  source: string;
  /** Where the list was published and when it was read; `retrieved` may be left to the source (a history's last snapshot). */
  evidence: Omit<ListEvidence, 'retrieved' | 'kind'> & { retrieved?: string; kind?: EvidenceKind };
  /** Domains the dataset knows, and candidates, for resolving digests. */
  known: Iterable<string>;
  /** SHA-256 as hex. */
  hash: Hash;
  /** Import public comments (default true). */
  comments?: boolean;
  /**
   * Re-read an archive: first take out the decisions the file holds from the same archived file (any commit of
   * the list's URL), then merge this reading in their place. Decisions from other sources stay.
   */
  replace?: boolean;
}

/** Raised when an import cannot start (no day the list was read). */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Reads, resolves and merges one block list. Throws `ImportError` or `MergeError` when nothing can be done. */
export function importBlockList(input: BlockListImport): MergeResult {
  const spec = BLOCK_LIST_FORMATS[input.format];
  const read = spec.read(input.text);
  const retrieved = input.evidence.retrieved ?? read.retrieved;
  if (retrieved === undefined) throw new ImportError('the day the list was read is not known: give it with --retrieved YYYY-MM-DD');
  const resolution = resolveObfuscated(read.entries, input.known, input.hash);
  const evidence: ListEvidence = { url: input.evidence.url, retrieved, kind: input.evidence.kind ?? spec.kind };
  if (input.evidence.note !== undefined) evidence.note = input.evidence.note;
  const dropped = input.replace ? dropArchiveDecisions(input.serverText, evidence.url) : { text: input.serverText, dropped: 0 };
  const merged = mergeBlockList(dropped.text, resolution.entries, evidence, {
    file: input.file,
    source: input.source,
    comments: input.comments,
  });
  merged.text = keepHeader(input.serverText, merged.text, sameYaml);
  const r = merged.report;
  if (dropped.dropped > 0) r.notes.push({ target: '', message: `re-read: ${dropped.dropped} decision(s) read before from this archived file taken out, then this reading merged in their place` });
  r.read = read.read;
  r.skipped = [...read.skipped, ...r.skipped];
  r.unreadable = [...read.unreadable, ...r.unreadable];
  r.notes = [...read.notes, ...resolution.notes, ...r.notes];
  if (resolution.resolved + resolution.unresolved > 0) {
    r.notes.push({ target: '', message: `obfuscated entries: ${resolution.resolved} resolved by digest, ${resolution.unresolved} kept unresolved` });
  }
  return merged;
}

/** True when two YAML texts hold the same data. */
function sameYaml(a: string, b: string): boolean {
  try {
    return JSON.stringify(parseDocument(a, { version: '1.2' }).toJSON()) === JSON.stringify(parseDocument(b, { version: '1.2' }).toJSON());
  } catch {
    return false;
  }
}
