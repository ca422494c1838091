/**
 * Editing a server file through the yaml package's Document API, so that comments, the first-line schema comment,
 * flow lists and key order survive; only what an importer changes is rewritten.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** The first line of every data file: editors read the JSON Schema from it. */
export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../../public/schema/server.schema.json';

/** Keys of a decision in the schema's order; importers write them in this order. */
export const DECISION_KEYS = ['domain', 'obfuscated', 'severity', 'original', 'reject_media', 'reject_reports', 'since', 'until', 'last_seen', 'comment', 'evidence', 'lifted_evidence'] as const;

/** Keys of a server in the schema's order. */
export const SERVER_KEYS = ['domain', 'name', 'summary', 'focus', 'languages', 'area', 'software', 'links', 'unconfirmed', 'sources', 'users', 'blocklist', 'blocks'] as const;

/** Keys of `blocklist` in the schema's order. */
export const BLOCKLIST_KEYS = ['status', 'evidence', 'note'] as const;

/** Keys of evidence in the schema's order. */
export const EVIDENCE_KEYS = ['url', 'retrieved', 'kind', 'note'] as const;

/** Parses a server file for editing (YAML 1.2, unique keys), as `parseYamlFile` does for validation. */
export function parseServerDocument(text: string): Document.Parsed {
  return parseDocument(text, { version: '1.2', uniqueKeys: true, strict: true });
}

/** Writes a document back as text: no line folding, flow lists as `[a, b]`, the way curated files are written. */
export function documentText(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Sets `key` in a map, keeping `order`: a new key is inserted before the first existing key that comes after it
 * in `order`, so files keep the schema's key order. An existing key keeps its place.
 */
export function setInOrder(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  const node = value instanceof YAMLMap || value instanceof YAMLSeq ? value : doc.createNode(value);
  const existing = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (existing) {
    existing.value = node;
    return;
  }
  const rank = order.indexOf(key);
  const at = map.items.findIndex((p) => isScalar(p.key) && order.indexOf(String(p.key.value)) > rank);
  const pair = doc.createPair(key, node);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/**
 * Builds the node of a decision: keys in schema order, `since` and `obfuscated` as one-line flow maps
 * (`since: {on_or_before: 2023-10-23}`); evidence and lifted_evidence as one-line flow maps when they carry no note
 * (an archive snapshot's URL, day and kind), as block maps otherwise.
 */
export function decisionNode(doc: Document, decision: Record<string, unknown>): YAMLMap {
  const map = new YAMLMap();
  for (const key of DECISION_KEYS) {
    const value = decision[key];
    if (value === undefined) continue;
    const node = doc.createNode(value) as Node;
    if (key === 'since' && isMap(node)) node.flow = true;
    if ((key === 'evidence' || key === 'lifted_evidence') && isMap(node) && !node.has('note')) node.flow = true;
    map.items.push(doc.createPair(key, node));
  }
  return map;
}

/** The `blocks` sequence of a server document, created (empty, block style) when the file has none. */
export function blocksSequence(doc: Document): YAMLSeq | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const found = root.get('blocks', true);
  if (found === undefined || found === null || (isScalar(found) && (found.value === null || found.value === undefined))) {
    const seq = new YAMLSeq();
    setInOrder(doc, root, 'blocks', seq, SERVER_KEYS);
    return seq;
  }
  if (!isSeq(found)) return undefined;
  return found;
}
