/**
 * Merging a read block list into a server file. The rules, in short:
 * - An entry whose target and severity match a decision already in the file (in force on the day the list was
 *   read, or overlapping the entry's dates) is **kept**; missing machine facts are filled in (a resolved domain,
 *   the pattern, flags, `original`, an earlier "on or before", an `until` the source reports) and it counts as
 *   **changed**. A curated `comment`, `evidence`, exact `since` or `until` is never touched. A comment is added
 *   only to a decision read from this very reading (same list evidence: e.g. imported first from the archive's
 *   history, which has no comments, then from the same snapshot's CSV).
 * - Any other entry is **added**, with `since: {on_or_before: <day the list was read>}` when the source has no date.
 * - Decisions the list does not mention are kept as they are (reported when they look lifted).
 * - The list itself becomes `blocklist.evidence` (status `published`), unless the file already cites a read of
 *   the same day or later; decisions that relied on a replaced `blocklist.evidence` and are not in the new list get it as their own.
 * - Decisions are written in `compareDecisions` order. Running the same import twice changes nothing.
 */
import { isMap, type Document, type YAMLMap } from 'yaml';
import { sinceDate, type Since } from '../schema/decision.ts';
import { compareDecisions } from '../order.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { fileHistoryUrl, sameArchivedFile, snapshotUrl } from './snapshot-url.ts';
import { entryTarget, type EvidenceKind, type ListEntry, type ReportItem, type SnapshotRef } from './types.ts';
import { BLOCKLIST_KEYS, blocksSequence, DECISION_KEYS, decisionNode, documentText, parseServerDocument, SERVER_KEYS, setInOrder } from './yaml-doc.ts';
import { isWithin } from './domain.ts';
import { findMatch, identity, makeRoom, startOf, type Existing, type Known } from './match.ts';
import { record } from './json.ts';

/** Evidence for a list as a whole: where it was read, and the day. */
export interface ListEvidence {
  /** Public https URL of the list (the API address, a published file, an archived copy). */
  url: string;
  /** The day the list was read (or the archived snapshot's day), "YYYY-MM-DD". */
  retrieved: string;
  /** What the source is: usually `block-list`, `archive` for an archived copy, `api`. */
  kind: EvidenceKind;
  /** A note on how it was read. */
  note?: string;
}

/** How to merge. */
export interface MergeOptions {
  /** The file as shown in the report, e.g. `data/servers/toot.wales.yaml`. */
  file: string;
  /** Where the entries came from, for the report. */
  source: string;
  /** Import public comments as the decisions' `comment` (default true); false leaves them out. */
  comments?: boolean;
}

/** The merged file and what the merge did. */
export interface MergeResult {
  /** The new file text (equal to the input when nothing changed). */
  text: string;
  /** Entry by entry, what happened. */
  report: ImportReport;
}

/** Raised when the file itself cannot be merged into (it does not parse, or `blocks` is not a list). */
export class MergeError extends Error {
  override name = 'MergeError';
}

/**
 * Merges `entries` read from a list into the text of a server file. Pure: text in, text and report out.
 * Throws `MergeError` only when the file cannot be edited at all.
 */
export function mergeBlockList(fileText: string, entries: readonly ListEntry[], list: ListEvidence, options: MergeOptions): MergeResult {
  const report = emptyReport(options.file, options.source);
  report.decisions = entries.length;
  const doc = parseServerDocument(fileText);
  if (doc.errors.length > 0) throw new MergeError(`${options.file} does not parse as YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const root = doc.contents;
  if (!isMap(root)) throw new MergeError(`${options.file} is not a YAML map of server fields`);
  const seq = blocksSequence(doc);
  if (!seq) throw new MergeError(`${options.file}: "blocks" is not a list`);

  const existing: Existing[] = seq.items.map((node) => {
    if (!isMap(node)) throw new MergeError(`${options.file}: an item of "blocks" is not a map`);
    return { node, value: record(node.toJSON()) ?? {}, matched: false };
  });

  // 1. The list's evidence: does it become blocklist.evidence?
  const blocklistNode = root.get('blocklist', true);
  const blocklist = isMap(blocklistNode) ? blocklistNode : undefined;
  const current = record(record(root.toJSON())?.blocklist);
  const currentEvidence = record(current?.evidence);
  const listEvidence = withoutUndefined({ url: list.url, retrieved: list.retrieved, kind: list.kind, note: list.note });
  const sameAsCurrent = currentEvidence !== undefined && sameEvidence(currentEvidence, listEvidence);
  // A list read later replaces the one the file cites; on the same day the file's own citation stays (so importing
  // two copies of one day's list, e.g. an archived file and its history, does not swap them back and forth).
  const newer = currentEvidence === undefined || sameAsCurrent || String(currentEvidence.retrieved ?? '') < list.retrieved;

  // 2. Each entry: a duplicate, a match, or a new decision.
  const comments = options.comments ?? true;
  const seen = new Map<string, ListEntry>();
  const added: Known[] = [];
  const own = typeof record(root.toJSON())?.domain === 'string' ? String(record(root.toJSON())!.domain) : undefined;
  // A list may name both "*.example.com" and "example.com": the plain entry goes first, so it is the one kept.
  const ordered = [...entries.filter((e) => e.wildcard === undefined), ...entries.filter((e) => e.wildcard !== undefined)];
  for (const entry of ordered) {
    const target = entryTarget(entry);
    const key = identity(entry);
    const first = seen.get(key);
    if (first) {
      const message =
        entry.domain === undefined && entry.obfuscated?.digest === undefined
          ? `same pattern as ${first.at}; without a digest the two cannot be told apart, so only the first is imported`
          : first.severity === entry.severity
            ? `duplicate of ${first.at}${entry.wildcard && !first.wildcard ? ` (the list names ${entry.wildcard} and the domain itself)` : ''}`
            : `conflicts with ${first.at} (${first.severity} there, ${entry.severity} here); the first is imported`;
      report.skipped.push({ at: entry.at, target, message });
      continue;
    }
    seen.set(key, entry);
    const since: Since = entry.since ?? { on_or_before: list.retrieved };
    const dated = entry.since !== undefined;
    const match = findMatch(existing, entry, since, dated, list.retrieved);
    if (match) {
      match.matched = true;
      const sameReading = comments && readFromThisList(match.value, sameAsCurrent, listEvidence);
      const changes = complete(doc, match, entry, since, newer ? undefined : listEvidence, list, sameReading);
      const item: ReportItem = { at: entry.at, target: described(entry), message: '' };
      if (changes.length > 0) report.changed.push({ ...item, message: changes.join('; ') });
      else report.kept.push({ ...item, message: `already in the file (${entry.severity})` });
      const start = startOf(match.value.since);
      if (!dated && start !== '' && start > list.retrieved) {
        report.notes.push({ at: entry.at, target, message: `the list shows it on ${list.retrieved}, before its since (${start}): check since` });
      }
      continue;
    }
    if (entry.domain !== undefined && own !== undefined && isWithin(own, entry.domain)) {
      report.skipped.push({ at: entry.at, target, message: `the server's own domain${entry.domain === own ? '' : ' (or a parent of it)'}: not a decision on another server` });
      continue;
    }
    const placed = makeRoom(entry, since, [...existing, ...added], list.retrieved);
    if ('conflict' in placed) {
      report.skipped.push({ at: entry.at, target, message: placed.conflict });
      continue;
    }
    for (const { other, until } of placed.ends) {
      other.value.until = until;
      if (other.node) {
        setInOrder(doc, other.node, 'until', until, DECISION_KEYS);
        report.updates.push({ target, message: `until ${until} on the ${String(other.value.severity)} decision: the list shows ${entry.severity} from then` });
      }
    }
    const fitted: ListEntry = placed.until === undefined ? entry : { ...entry, until: placed.until, note: [entry.note, placed.note].filter(Boolean).join(' ') };
    const decision = newDecision(fitted, since, comments, newer ? undefined : listEvidence, list);
    added.push({ value: decision });
    report.added.push({ at: entry.at, target: described(entry), message: addedMessage(decision) });
  }

  // 3. Decisions the list leaves out.
  for (const e of existing) {
    if (e.matched) continue;
    const v = e.value;
    const start = startOf(v.since);
    const until = typeof v.until === 'string' ? v.until : undefined;
    const inForce = start !== '' && start <= list.retrieved && (until === undefined || until > list.retrieved);
    if (inForce) {
      report.notes.push({
        target: String(v.domain ?? record(v.obfuscated)?.pattern ?? ''),
        message: `in the file (${String(v.severity)}) but not in this list read on ${list.retrieved}: kept; if it was lifted, a curator can set until`,
      });
    }
  }

  // 4. The list's evidence and status.
  if (newer && !sameAsCurrent) {
    if (currentEvidence) {
      for (const e of existing) {
        if (e.matched || e.value.evidence !== undefined) continue;
        setInOrder(doc, e.node, 'evidence', currentEvidence, DECISION_KEYS);
        e.value.evidence = currentEvidence;
        report.updates.push({ target: String(e.value.domain ?? record(e.value.obfuscated)?.pattern ?? ''), message: `evidence made explicit (${String(currentEvidence.url)}, ${String(currentEvidence.retrieved)}): it was read from the list the file cited before` });
      }
    }
    const map = blocklist ?? (doc.createNode({}) as YAMLMap);
    if (!blocklist) setInOrder(doc, root, 'blocklist', map, SERVER_KEYS);
    setInOrder(doc, map, 'evidence', listEvidence, BLOCKLIST_KEYS);
    report.updates.push({ target: 'blocklist.evidence', message: `${list.url} (${list.kind}, read ${list.retrieved})${currentEvidence ? `, replacing ${String(currentEvidence.url)} (read ${String(currentEvidence.retrieved)})` : ''}` });
  } else if (!newer) {
    report.notes.push({ target: 'blocklist.evidence', message: `the file cites ${String(currentEvidence?.url)} read on ${String(currentEvidence?.retrieved)}, not older than this list (${list.retrieved}): it stays blocklist.evidence, and new decisions carry this list as their own evidence` });
  }
  if (newer && current?.status !== 'published') {
    const found: unknown = root.get('blocklist', true);
    const map = isMap(found) ? found : (doc.createNode({}) as YAMLMap);
    if (!isMap(found)) setInOrder(doc, root, 'blocklist', map, SERVER_KEYS);
    setInOrder(doc, map, 'status', 'published', BLOCKLIST_KEYS);
    report.updates.push({ target: 'blocklist.status', message: `${String(current?.status ?? 'none')} → published` });
    if (typeof current?.note === 'string') report.notes.push({ target: 'blocklist.note', message: `kept as written: check it still holds now that the list is published ("${current.note}")` });
  }

  // 5. Write: new decisions, then everything in canonical order.
  if (added.length > 0 || report.changed.length > 0 || report.updates.length > 0) {
    for (const decision of added) seq.items.push(decisionNode(doc, decision.value));
    if (seq.items.length > 0) seq.flow = false;
    const values = new Map(seq.items.map((n) => [n, (n as YAMLMap).toJSON()] as const));
    const sorted = [...seq.items].sort((a, b) => compareDecisions(values.get(a), values.get(b)));
    seq.items.splice(0, seq.items.length, ...sorted);
    return { text: documentText(doc), report };
  }
  return { text: fileText, report };
}

/**
 * Fills in what a matched decision lacks and the entry knows; returns what changed, in words. Never touches a
 * curated comment, evidence, exact since or until.
 */
function complete(
  doc: Document,
  match: Existing,
  entry: ListEntry,
  since: Since,
  ownEvidence: Record<string, unknown> | undefined,
  list: ListEvidence,
  sameReading: boolean,
): string[] {
  const changes: string[] = [];
  const v = match.value;
  const set = (key: (typeof DECISION_KEYS)[number], value: unknown, words: string) => {
    setInOrder(doc, match.node, key, value, DECISION_KEYS);
    v[key] = value;
    changes.push(words);
  };
  if (v.domain === undefined && entry.domain !== undefined) set('domain', entry.domain, `resolved as ${entry.domain}`);
  const obf = record(v.obfuscated);
  if (entry.obfuscated) {
    if (!obf) set('obfuscated', { ...entry.obfuscated }, `published as ${entry.obfuscated.pattern}`);
    else if (obf.digest === undefined && entry.obfuscated.digest !== undefined && obf.pattern === entry.obfuscated.pattern) {
      set('obfuscated', { pattern: obf.pattern, digest: entry.obfuscated.digest }, 'digest added');
    }
  }
  if (v.original === undefined && entry.original !== undefined) set('original', entry.original, `original: ${entry.original}`);
  if (v.reject_media === undefined && entry.reject_media) set('reject_media', true, 'reject_media: true');
  if (v.reject_reports === undefined && entry.reject_reports) set('reject_reports', true, 'reject_reports: true');
  const bound = record(v.since)?.on_or_before;
  if (typeof bound === 'string') {
    const better = typeof since === 'string' ? since <= bound : since.on_or_before < bound;
    const words = typeof since === 'string' ? `since ${since}` : `since on or before ${since.on_or_before}`;
    if (better) set('since', typeof since === 'string' ? since : { ...since }, `${words} (was on or before ${bound})`);
  }
  // A comment only for a decision read from this very reading (imported before from a copy without comments,
  // such as the archive's history): a decision from any other source may have had its comment left out on purpose.
  if (sameReading && v.comment === undefined && entry.comment !== undefined) set('comment', entry.comment, 'comment added (the same reading, imported before without comments)');
  if (v.until === undefined && entry.until !== undefined) {
    set('until', entry.until, `until ${entry.until}`);
    if (entry.last_seen !== undefined && v.last_seen === undefined) set('last_seen', entry.last_seen, `last seen ${entry.last_seen}`);
    if (v.evidence === undefined) set('evidence', evidenceFor(entry, list) ?? ownEvidence ?? listEvidenceValue(list), 'evidence of its own (it is lifted, so the current list does not show it)');
    if (v.lifted_evidence === undefined && entry.liftedSnapshot !== undefined) set('lifted_evidence', snapshotEvidence(entry.liftedSnapshot, list), `lifted_evidence: the snapshot of ${entry.liftedSnapshot.day}`);
  }
  if (changes.some((c) => c.startsWith('since'))) {
    const node = match.node.get('since', true);
    if (isMap(node)) node.flow = true;
  }
  return changes;
}

/**
 * True when a decision in the file was read from the same reading as this list: it has no evidence of its own and
 * the file's `blocklist.evidence` is this list (same URL, day and kind), or its own evidence is this list, or both
 * are snapshots of one archived file (the same file at two commits, kind `archive`).
 */
function readFromThisList(decision: Record<string, unknown>, sameAsCurrent: boolean, listEvidence: Record<string, unknown>): boolean {
  const own = record(decision.evidence);
  if (own === undefined) return sameAsCurrent;
  if (sameEvidence(own, listEvidence)) return true;
  // Another snapshot of the same archived file (a history cites each decision's own snapshot): the same archive.
  return own.kind === 'archive' && listEvidence.kind === 'archive' && typeof own.url === 'string' && typeof listEvidence.url === 'string' && sameArchivedFile(own.url, listEvidence.url);
}

/** The decision written for a new entry, keys in schema order. */
function newDecision(entry: ListEntry, since: Since, comments: boolean, ownEvidence: Record<string, unknown> | undefined, list: ListEvidence): Record<string, unknown> {
  const evidence = evidenceFor(entry, list) ?? ownEvidence;
  return withoutUndefined({
    domain: entry.domain,
    obfuscated: entry.obfuscated ? withoutUndefined({ ...entry.obfuscated }) : undefined,
    severity: entry.severity,
    original: entry.original,
    reject_media: entry.reject_media ? true : undefined,
    reject_reports: entry.reject_reports ? true : undefined,
    since,
    until: entry.until,
    last_seen: entry.until === undefined ? undefined : entry.last_seen,
    comment: comments ? entry.comment : undefined,
    evidence,
    lifted_evidence: entry.until === undefined || entry.liftedSnapshot === undefined ? undefined : snapshotEvidence(entry.liftedSnapshot, list),
  });
}

/** An entry's own evidence: given by the reader, the archived snapshot that shows it, or the list's with the entry's note. */
function evidenceFor(entry: ListEntry, list: ListEvidence): Record<string, unknown> | undefined {
  if (entry.evidence) return withoutUndefined({ ...entry.evidence });
  if (entry.snapshot) {
    return snapshotEvidence({ ...entry.snapshot, note: [entry.snapshot.note, entry.note].filter(Boolean).join(' ') || undefined }, list);
  }
  if (entry.note) return withoutUndefined({ url: list.url, retrieved: list.retrieved, kind: list.kind, note: entry.note });
  return undefined;
}

/**
 * The evidence of one archived snapshot: the list's file at the snapshot's commit, retrieved on the snapshot's day;
 * without a commit, the file's history of commits (with the note saying which day to look for). When the list's
 * address names no commit, the list's own address with the note.
 */
function snapshotEvidence(snapshot: SnapshotRef, list: ListEvidence): Record<string, unknown> {
  const url = (snapshot.commit === undefined ? fileHistoryUrl(list.url) : snapshotUrl(list.url, snapshot.commit)) ?? list.url;
  const note = url === list.url && snapshot.commit !== undefined ? [snapshot.note, `The archive's commit ${snapshot.commit}.`].filter(Boolean).join(' ') : snapshot.note;
  return withoutUndefined({ url, retrieved: snapshot.day, kind: list.kind, note });
}

function listEvidenceValue(list: ListEvidence): Record<string, unknown> {
  return withoutUndefined({ url: list.url, retrieved: list.retrieved, kind: list.kind, note: list.note });
}

function addedMessage(decision: Record<string, unknown>): string {
  const since = decision.since as Since;
  const from = typeof since === 'string' ? `since ${since}` : `on or before ${since.on_or_before}`;
  const until = typeof decision.until === 'string' ? `, until ${decision.until}` : '';
  const unresolved = decision.domain === undefined ? ' (obfuscated, unresolved)' : '';
  return `${String(decision.severity)}${decision.original ? ` (${String(decision.original)})` : ''}, ${from}${until}${unresolved}`;
}

function described(entry: ListEntry): string {
  if (entry.domain && entry.obfuscated && entry.obfuscated.pattern !== entry.domain) return `${entry.domain} (published as ${entry.obfuscated.pattern})`;
  return entryTarget(entry);
}

function sameEvidence(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return a.url === b.url && a.retrieved === b.retrieved && (a.kind ?? undefined) === (b.kind ?? undefined);
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
