/** The shapes every importer shares: one entry read from a source list, and where it stood in that source. */
import type { Severity, Since } from '../schema/decision.ts';

/** Where an entry stood in its source, as a curator would look for it: "line 12", "entry 3", "mrf_simple.reject[2]". */
export type Location = string;

/** The target of an entry as published when the source hid part of the domain. */
export interface ObfuscatedTarget {
  /** The domain as published, with hidden characters as `*`. */
  pattern: string;
  /** SHA-256 (hex, lower case) of the real domain, when the source gave one. */
  digest?: string;
}

/**
 * One decision as read from a source list, before it is merged into a server file.
 * Either `domain` (real, normal form) or `obfuscated` (or both, once resolved) is set.
 */
export interface ListEntry {
  /** Where the entry stood in the source. */
  at: Location;
  /** The real domain, lower case, punycode; absent while an obfuscated pattern is unresolved. */
  domain?: string;
  /** The published pattern and digest, when the source hid part of the domain. */
  obfuscated?: ObfuscatedTarget;
  /** The list wrote a `*.` wildcard (as written, e.g. `*.example.com`); `domain` is the domain it covers. */
  wildcard?: string;
  /** A digest the source published beside a plain (not obfuscated) domain; checked, then dropped. */
  digest?: string;
  /** The source marked the real domain as to be shown obfuscated (Mastodon's `obfuscate` flag on an admin export). */
  obfuscate?: boolean;
  /** What the server does, mapped to the atlas's two severities. */
  severity: Severity;
  /** The source software's own name for the action, where it differs from `severity`. */
  original?: string;
  /** Media from the domain is not stored (only written when true). */
  reject_media?: boolean;
  /** Reports from the domain are ignored (only written when true). */
  reject_reports?: boolean;
  /** The server's own public comment, as published. */
  comment?: string;
  /** When the decision began, when the source dates it; undated entries get "on or before the day the list was read". */
  since?: Since;
  /** The day it was lifted, when the source says so. */
  until?: string;
  /** With `until`: the last day the decision was seen in force; it was lifted after it, by `until`. */
  last_seen?: string;
  /**
   * A note for this entry's own evidence (e.g. 'listed as "*.example.com"', or an archive's window for a lifted
   * block). An entry with a note gets its own `evidence` (the list's, with this note); others rely on `blocklist.evidence`.
   */
  note?: string;
  /** Evidence of its own (e.g. a lifted block from an archive, which the list named in `blocklist.evidence` no longer shows). */
  evidence?: { url: string; retrieved: string; kind?: EvidenceKind; note?: string };
  /**
   * The archived snapshot that shows this entry (an archive's history names the commit of each listing): the merge
   * cites the list's file at that commit, retrieved that day. Without `commit`, the file's history of commits.
   */
  snapshot?: SnapshotRef;
  /** With `until`: the archived snapshot that no longer lists it (written as the decision's `lifted_evidence`). */
  liftedSnapshot?: SnapshotRef;
}

/** An archived snapshot of a list: its commit, when known, and its day. */
export interface SnapshotRef {
  /** The archive's 40-hex commit; absent when only the day is known. */
  commit?: string;
  /** The snapshot's day, "YYYY-MM-DD". */
  day: string;
  /** What the citation shows, when it is not simply "this snapshot lists it". */
  note?: string;
}

/** The evidence kinds an importer writes. */
export type EvidenceKind = 'announcement' | 'block-list' | 'archive' | 'about-page' | 'directory' | 'api' | 'observation' | 'other';

/** One line of a report: where, what, and a plain sentence. */
export interface ReportItem {
  /** Where in the source ("line 12", "entry 3"); absent for file-level changes. */
  at?: Location;
  /** The domain or pattern it is about. */
  target: string;
  /** A plain sentence. */
  message: string;
}

/** What a reader made of a source: the entries it could import, and the rest with reasons. */
export interface ReadResult {
  /** Entries to merge, in source order. */
  entries: ListEntry[];
  /** Entries read but not imported on purpose (not a block, a duplicate), with the reason. */
  skipped: ReportItem[];
  /** Entries that could not be read, with their line or entry number. */
  unreadable: ReportItem[];
  /** Remarks about the source as a whole (an allow-list, an unknown column). */
  notes: ReportItem[];
  /** How many entries (rows, array items, list members) the source held, header and blank lines excluded. */
  read: number;
  /** The day the source itself says its list was taken (an archive's last snapshot), when it says so. */
  retrieved?: string;
}

/** An empty read result, for readers to fill. */
export function emptyRead(): ReadResult {
  return { entries: [], skipped: [], unreadable: [], notes: [], read: 0 };
}

/** The target an entry is about, as shown in reports: its domain, else its pattern. */
export function entryTarget(entry: Pick<ListEntry, 'domain' | 'obfuscated'>): string {
  return entry.domain ?? entry.obfuscated?.pattern ?? '';
}
