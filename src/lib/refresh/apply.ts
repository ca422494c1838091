/**
 * One server's reading applied to its file: the list merged by the importers' own pipeline, decisions a full list
 * no longer names recorded as lifted, the NodeInfo user counts, and (for a list that is not public, not found or
 * not published by the software) the reason noted on a file whose list is unknown. Pure: text in, text and summary
 * out; the command fetches, validates and writes.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { resolveObfuscated, type Hash } from '../import/digest.ts';
import { fitsPattern } from '../import/domain.ts';
import { readJson, record } from '../import/json.ts';
import { sameTarget, startOf } from '../import/match.ts';
import { MergeError } from '../import/merge.ts';
import { readNodeInfoUsers, setUsers } from '../import/nodeinfo-users.ts';
import { BLOCK_LIST_FORMATS, importBlockList, ImportError, type BlockListFormat } from '../import/pipeline.ts';
import { formatItem } from '../import/report.ts';
import { entryTarget, type ListEntry } from '../import/types.ts';
import { BLOCKLIST_KEYS, DECISION_KEYS, documentText, parseServerDocument, setInOrder } from '../import/yaml-doc.ts';
import { DEFINITIVE, FAILURES, type OutcomeKind, type Redirect } from './outcome.ts';

/** The note a server file carries while nobody has read its list. */
export const UNREAD_NOTE = 'Its block list has not been read for the atlas yet.';

/** The notes the refresh writes on an unknown list begin with this and the day. */
const CHECKED = /^Checked on \d{4}-\d{2}-\d{2}: /;

/** A NodeInfo document as read, under its public address. */
export interface NodeInfoReading {
  /** The document's public address. */
  url: string;
  /** Its text. */
  text: string;
}

/** What the network side brought back for one server. */
export type Reading =
  | {
      kind: 'read';
      /** The NodeInfo document. */
      nodeinfo: NodeInfoReading;
      /** NodeInfo's software.name. */
      software: string;
      /** The list: its importer format, public address and text. */
      list: { format: BlockListFormat; url: string; text: string };
      /** Same-host redirects followed. */
      redirects: Redirect[];
    }
  | {
      kind: Exclude<OutcomeKind, 'read' | 'error'>;
      /** Why, in plain words. */
      reason: string;
      /** The NodeInfo document, when it was read. */
      nodeinfo?: NodeInfoReading;
      /** NodeInfo's software.name, when known. */
      software?: string;
      /** Same-host redirects followed. */
      redirects: Redirect[];
    };

/** What the refresh did to one server, for the report. */
export interface ServerSummary {
  /** The server's domain. */
  domain: string;
  /** Its file as shown to curators. */
  file: string;
  /** NodeInfo's software.name, when read. */
  software?: string;
  /** The outcome class. */
  outcome: OutcomeKind;
  /** Why there is no list (every outcome but `read`). */
  reason?: string;
  /** New decisions, one line each. */
  added: string[];
  /** Decisions the list no longer names, now lifted. */
  lifted: string[];
  /** Severity changes (a new decision, the old one ended) and decisions completed by the list. */
  changed: string[];
  /** The user counts recorded. */
  users?: { total: number; active_month?: number };
  /** Remarks for the curator. */
  notes: string[];
  /** The file's text changed. */
  changedFile: boolean;
}

/** What applying needs besides the file and the reading. */
export interface ApplyContext {
  /** The file as shown in reports. */
  file: string;
  /** The server's domain. */
  domain: string;
  /** Today, "YYYY-MM-DD": the day everything was read. */
  day: string;
  /** Domains the dataset knows, to resolve obfuscated entries by digest. */
  known: ReadonlySet<string>;
  /** SHA-256 as hex. */
  hash: Hash;
}

/** The new file text and what happened. A failure leaves `text` identical to the input. */
export function applyReading(serverText: string, reading: Reading, ctx: ApplyContext): { text: string; summary: ServerSummary } {
  const summary: ServerSummary = { domain: ctx.domain, file: ctx.file, outcome: reading.kind, added: [], lifted: [], changed: [], notes: [], changedFile: false };
  if (reading.software !== undefined) summary.software = reading.software;
  for (const r of reading.redirects) summary.notes.push(`redirected (HTTP ${r.status}) from ${r.from} to ${r.to}`);
  const fail = (kind: OutcomeKind, reason: string) => {
    summary.outcome = kind;
    summary.reason = reason;
    summary.added = [];
    summary.lifted = [];
    summary.changed = [];
    delete summary.users;
    return { text: serverText, summary };
  };
  if (FAILURES.includes(reading.kind)) return fail(reading.kind, reading.kind === 'read' ? '' : reading.reason);

  let text = serverText;
  try {
    if (reading.kind === 'read') {
      const list = reading.list;
      const problem = unreadableList(list.format, list.text);
      if (problem !== undefined) {
        if (problem.hidden) return finishDefinitive(serverText, 'not-public', `${list.url}: ${problem.message}`, reading.nodeinfo, summary, ctx);
        return fail('bad-answer', `${list.url}: ${problem.message}`);
      }
      text = mergeList(serverText, list, summary, ctx);
    } else if (DEFINITIVE.includes(reading.kind)) {
      return finishDefinitive(serverText, reading.kind, reading.reason, reading.nodeinfo, summary, ctx);
    }
    if (reading.kind === 'read') text = recordUsers(text, reading.nodeinfo, summary, ctx);
  } catch (err) {
    if (err instanceof MergeError || err instanceof ImportError || err instanceof TypeError) return fail('error', err.message);
    throw err;
  }
  summary.changedFile = text !== serverText;
  return { text, summary };
}

/** A definite answer about the list: noted on an unknown list; users recorded in any case. */
function finishDefinitive(
  serverText: string,
  kind: Exclude<OutcomeKind, 'read' | 'error'>,
  reason: string,
  nodeinfo: NodeInfoReading | undefined,
  summary: ServerSummary,
  ctx: ApplyContext,
): { text: string; summary: ServerSummary } {
  summary.outcome = kind;
  summary.reason = reason;
  let text = noteUnknownList(serverText, `Checked on ${ctx.day}: ${reason}.`, summary);
  if (nodeinfo) text = recordUsers(text, nodeinfo, summary, ctx);
  summary.changedFile = text !== serverText;
  return { text, summary };
}

/**
 * Why a list's answer cannot be merged at all (not JSON, not the shape its software gives), or undefined when it
 * can. `hidden`: a Pleroma/Akkoma NodeInfo document without `mrf_simple` (its admins keep the policy private).
 */
function unreadableList(format: BlockListFormat, text: string): { message: string; hidden: boolean } | undefined {
  if (format === 'akkoma') {
    const json = readJson(text);
    if (json.ok && record(record(record(json.value)?.metadata)?.federation)?.mrf_simple === undefined) {
      return { message: 'the NodeInfo document has no metadata.federation.mrf_simple: the server does not publish its SimplePolicy', hidden: true };
    }
  }
  const read = BLOCK_LIST_FORMATS[format].read(text);
  const whole = read.unreadable.find((u) => u.at === undefined);
  if (read.read === 0 && whole !== undefined) return { message: whole.message, hidden: false };
  return undefined;
}

/** Merges the list, records lifts, and tidies the list's note. */
function mergeList(serverText: string, list: { format: BlockListFormat; url: string; text: string }, summary: ServerSummary, ctx: ApplyContext): string {
  const before = currentList(serverText);
  const merged = importBlockList({
    format: list.format,
    text: list.text,
    serverText,
    file: ctx.file,
    source: list.url,
    evidence: { url: list.url, retrieved: ctx.day, kind: 'block-list' },
    known: ctx.known,
    hash: ctx.hash,
  });
  const report = merged.report;
  const severityChanges = report.updates.filter((u) => /^until \S+ on the \w+ decision/.test(u.message));
  const changedTargets = new Set(severityChanges.map((u) => u.target));
  for (const u of severityChanges) summary.changed.push(formatItem(u));
  for (const c of report.changed) summary.changed.push(formatItem(c));
  for (const a of report.added) if (!changedTargets.has(a.target) && ![...changedTargets].some((t) => a.target.startsWith(`${t} `))) summary.added.push(formatItem(a));

  // Lifts: only against a full list read before today, and only when every entry of today's list could be read.
  const read = BLOCK_LIST_FORMATS[list.format].read(list.text);
  const entries = resolveObfuscated(read.entries, ctx.known, ctx.hash).entries;
  const full = read.unreadable.length === 0 && !hasExclusions(list.format, list.text);
  if (!full && before.previous) summary.notes.push('the list has entries that could not be read (or hides some): no decision is marked lifted');
  const previous = full ? before.previous : undefined;
  const { text, lifted, kept } = previous && previous.retrieved < ctx.day ? recordLifts(merged.text, entries, previous, list.url, ctx.day, summary) : { text: merged.text, lifted: new Set<string>(), kept: new Set<string>() };

  for (const n of report.notes) {
    if ((lifted.has(n.target) || kept.has(n.target)) && n.message.includes('not in this list')) continue;
    if (n.target === 'blocklist.note' && before.note !== undefined && isRefreshNote(before.note)) continue;
    summary.notes.push(formatItem(n));
  }
  for (const s of report.skipped) summary.notes.push(`skipped: ${formatItem(s)}`);
  for (const u of report.unreadable) summary.notes.push(`could not read: ${formatItem(u)}`);
  return dropUnreadNote(text);
}

/** True when an Akkoma list says some of its policy is hidden (`metadata.federation.exclusions`). */
function hasExclusions(format: BlockListFormat, text: string): boolean {
  if (format !== 'akkoma') return false;
  const json = readJson(text);
  return json.ok && record(record(record(json.value)?.metadata)?.federation)?.exclusions === true;
}

/** The file's list before the refresh: the full reading it cites (published, block-list or archive), and its note. */
function currentList(text: string): { previous?: { url: string; retrieved: string; kind: string }; note?: string } {
  const doc = parseServerDocument(text);
  const list = record(record(doc.toJSON())?.blocklist);
  const evidence = record(list?.evidence);
  const out: { previous?: { url: string; retrieved: string; kind: string }; note?: string } = {};
  if (typeof list?.note === 'string') out.note = list.note;
  if (list?.status === 'published' && typeof evidence?.url === 'string' && typeof evidence.retrieved === 'string' && (evidence.kind === 'block-list' || evidence.kind === 'archive')) {
    out.previous = { url: evidence.url, retrieved: evidence.retrieved, kind: evidence.kind };
  }
  return out;
}

/**
 * Decisions read from the previous full reading (their evidence is that reading) that today's list no longer names:
 * lifted, last seen on the previous reading, by today. Decisions the merge ended because the severity changed get
 * the same `last_seen`. A decision whose domain fits a pattern of today's list that no digest resolved is kept
 * open (it may be behind the pattern) and noted.
 */
function recordLifts(
  text: string,
  entries: readonly ListEntry[],
  previous: { url: string; retrieved: string; kind: string },
  listUrl: string,
  day: string,
  summary: ServerSummary,
): { text: string; lifted: Set<string>; kept: Set<string> } {
  const doc = parseServerDocument(text);
  const root = doc.contents;
  const seq = isMap(root) ? root.get('blocks', true) : undefined;
  const lifted = new Set<string>();
  const kept = new Set<string>();
  if (!isSeq(seq)) return { text, lifted, kept };
  const unresolved = entries.filter((e) => e.domain === undefined && e.obfuscated !== undefined);
  let edited = false;
  for (const node of seq.items) {
    if (!isMap(node)) continue;
    const v = record(node.toJSON()) ?? {};
    const evidence = record(v.evidence);
    if (!evidence || evidence.url !== previous.url || evidence.retrieved !== previous.retrieved || evidence.kind !== previous.kind) continue;
    const target = String(v.domain ?? record(v.obfuscated)?.pattern ?? '');
    if (v.until === day && v.last_seen === undefined) {
      setInOrder(doc, node as YAMLMap, 'last_seen', previous.retrieved, DECISION_KEYS);
      edited = true;
      continue;
    }
    if (v.until !== undefined || startOf(v.since) > previous.retrieved) continue;
    if (entries.some((e) => sameTarget(v, e))) continue;
    const hidden = unresolved.find((e) => typeof v.domain === 'string' && fitsPattern(v.domain, e.obfuscated!.pattern));
    if (hidden) {
      kept.add(target);
      summary.notes.push(`${target}: not named, but it fits ${entryTarget(hidden)} (no digest resolves it): kept in force`);
      continue;
    }
    setInOrder(doc, node as YAMLMap, 'until', day, DECISION_KEYS);
    setInOrder(doc, node as YAMLMap, 'last_seen', previous.retrieved, DECISION_KEYS);
    const words = `Listed in the list read on ${previous.retrieved}; not in the list read on ${day} (${listUrl}): lifted between the two readings.`;
    const note = typeof evidence.note === 'string' ? `${evidence.note} ${words}` : words;
    setInOrder(doc, node as YAMLMap, 'evidence', { ...evidence, note: note.length <= 500 ? note : words }, DECISION_KEYS);
    lifted.add(target);
    summary.lifted.push(`${target}: ${String(v.severity)}, last seen ${previous.retrieved}, lifted by ${day}`);
    edited = true;
  }
  return { text: edited ? documentText(doc) : text, lifted, kept };
}

/** True for the placeholder note and the notes the refresh writes itself. */
function isRefreshNote(note: string): boolean {
  return note === UNREAD_NOTE || CHECKED.test(note);
}

/** Once a list is published, the "not read yet" (or "checked on…") note no longer holds: it goes. */
function dropUnreadNote(text: string): string {
  const doc = parseServerDocument(text);
  const root = doc.contents;
  const list = isMap(root) ? root.get('blocklist', true) : undefined;
  if (!isMap(list) || list.get('status') !== 'published') return text;
  const note = list.get('note');
  if (typeof note !== 'string' || !isRefreshNote(note)) return text;
  list.delete('note');
  return documentText(doc);
}

/** On a file whose list is unknown, the reason it is still unknown, in place of the placeholder or an older check. */
function noteUnknownList(text: string, note: string, summary: ServerSummary): string {
  const doc = parseServerDocument(text);
  const root = doc.contents;
  const list = isMap(root) ? root.get('blocklist', true) : undefined;
  if (!isMap(list) || list.get('status') !== 'unknown') return text;
  const current = list.get('note');
  if (current === note) return text;
  if (typeof current === 'string' && !isRefreshNote(current)) {
    summary.notes.push(`blocklist.note kept as a curator wrote it; the refresh would have noted: ${note}`);
    return text;
  }
  setInOrder(doc, list, 'note', note.length <= 500 ? note : `${note.slice(0, 497)}…`, BLOCKLIST_KEYS);
  return documentText(doc);
}

/** The NodeInfo user counts, with the day read, when the document gives them. */
function recordUsers(text: string, nodeinfo: NodeInfoReading, summary: ServerSummary, ctx: ApplyContext): string {
  const users = readNodeInfoUsers(nodeinfo.text);
  if (!users.ok) {
    summary.notes.push(`users not recorded: ${users.message}`);
    return text;
  }
  summary.users = users.activeMonth === undefined ? { total: users.total } : { total: users.total, active_month: users.activeMonth };
  return setUsers(text, {
    total: users.total,
    ...(users.activeMonth === undefined ? {} : { active_month: users.activeMonth }),
    counted: ctx.day,
    evidence: { url: nodeinfo.url, retrieved: ctx.day, kind: 'api' },
  });
}
