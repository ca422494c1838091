/**
 * Re-reading an archive: the decisions a server file holds from one archived list, taken out so that a new reading
 * of the same archive (its history, with a snapshot for each decision) can be merged in their place. Decisions from
 * any other source (announcements, another list) stay as they are, and so does everything above `blocklist:`.
 */
import { isMap, isSeq } from 'yaml';
import { record } from './json.ts';
import { sameArchivedFile } from './snapshot-url.ts';
import { documentText, parseServerDocument } from './yaml-doc.ts';

/** The file without the decisions read from the archived file `listUrl`, and how many were taken out. */
export interface Dropped {
  /** The new text (the input itself when nothing was taken out). */
  text: string;
  /** How many decisions were taken out. */
  dropped: number;
}

/**
 * Takes out the decisions read from the archived file at `listUrl` (any commit of it): those whose own evidence
 * cites that file at some commit (or its history of commits), and those without evidence of their own while
 * `blocklist.evidence` cites it. Returns the text unchanged when the file cannot be read as a server file.
 */
export function dropArchiveDecisions(text: string, listUrl: string): Dropped {
  const doc = parseServerDocument(text);
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root)) return { text, dropped: 0 };
  const seq = root.get('blocks', true);
  if (!isSeq(seq)) return { text, dropped: 0 };
  const listEvidence = record(record(record(root.toJSON())?.blocklist)?.evidence);
  const fromList = typeof listEvidence?.url === 'string' && sameArchivedFile(listEvidence.url, listUrl);
  const before = seq.items.length;
  seq.items = seq.items.filter((node) => {
    const value = isMap(node) ? record(node.toJSON()) : undefined;
    if (!value) return true;
    const own = record(value.evidence);
    if (own === undefined) return !fromList;
    return !(typeof own.url === 'string' && sameArchivedFile(own.url, listUrl));
  });
  const dropped = before - seq.items.length;
  return dropped === 0 ? { text, dropped } : { text: documentText(doc), dropped };
}

/**
 * The new text's `blocklist:` and `blocks:` sections under the old text's own lines above them, so that an import,
 * which edits only those two sections, leaves the server's header byte for byte as written. Falls back to the new
 * text when either has no top-level `blocklist:` line or the headers differ in content.
 */
export function keepHeader(oldText: string, newText: string, sameHeader: (a: string, b: string) => boolean): string {
  const at = (t: string) => t.search(/^blocklist:/m);
  const oldAt = at(oldText);
  const newAt = at(newText);
  if (oldAt < 0 || newAt < 0) return newText;
  const oldHead = oldText.slice(0, oldAt);
  const newHead = newText.slice(0, newAt);
  if (oldHead === newHead || !sameHeader(oldHead, newHead)) return newText;
  return oldHead + newText.slice(newAt);
}
