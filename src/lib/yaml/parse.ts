/** Parses a YAML data file into a document that remembers where every value stands. */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A step in a path to a value: a map key or a sequence index. */
export type PathSegment = string | number;

/** A YAML file parsed for validation: its text, its document (with positions) and its plain value. */
export interface ParsedFile {
  /** Path as shown to the curator. */
  file: string;
  /** The file's text. */
  text: string;
  /** The YAML document, with source ranges. */
  doc: Document.Parsed;
  /** Maps offsets to line and column. */
  lines: LineCounter;
  /** The plain JavaScript value (undefined when the YAML did not parse). */
  value: unknown;
  /** Syntax problems, with their positions. */
  syntax: { line: number; col: number; message: string }[];
}

/**
 * Parses YAML 1.2 (core schema: `2025-01-19` stays text, as the schema expects; unique keys enforced).
 * Never throws: syntax problems are returned with their positions.
 */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  const syntax = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { line: pos.line, col: pos.col, message: plainYamlMessage(e.message) };
  });
  let value: unknown;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      syntax.push({ line: 1, col: 1, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return { file, text, doc, lines, value, syntax };
}

function plainYamlMessage(message: string): string {
  // The yaml package appends "at line N, column M" and a code excerpt; our prefix carries the position.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** A position in a file, from 1. */
export interface Position {
  line: number;
  col: number;
}

/**
 * Finds where a value stands. Walks `path` as far as the document has it: a missing key points at
 * the map that should hold it. With `key: true`, points at the key rather than its value.
 */
export function locate(parsed: ParsedFile, path: readonly PathSegment[], options: { key?: boolean } = {}): Position {
  let node: unknown = parsed.doc.contents;
  let at: Node | null = (node as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && options.key && isScalar(pair.key)) {
        at = pair.key;
        break;
      }
      node = pair.value;
      if (node && (node as Node).range) at = node as Node;
      else if (isScalar(pair.key)) at = pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) break;
      node = item;
      if ((item as Node).range) at = item as Node;
    } else break;
  }
  const offset = at?.range?.[0] ?? 0;
  return parsed.lines.linePos(offset);
}
