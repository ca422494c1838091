/**
 * Writing a document's changed values back into its own text, so a fix that only rewrites values (a value's case,
 * a domain's normal form) changes those characters and nothing else: the curator's comments, their alignment and
 * the blank lines stay exactly where they were. (Re-serialising the whole document would move comments about.)
 */
import { isScalar, parseDocument, visit, type Document, type Scalar } from 'yaml';

/** One scalar of a document as it stood: its node, value and the comments attached to it. */
interface ScalarState {
  node: Scalar;
  value: unknown;
  comments: string;
}

/** What a document looked like before a fix: its scalars in order, and its own comments. */
export interface DocumentState {
  scalars: ScalarState[];
  comments: string;
}

function docComments(doc: Document): string {
  const contents = doc.contents as { commentBefore?: string | null; comment?: string | null } | null;
  return JSON.stringify([doc.commentBefore, doc.comment, contents?.commentBefore, contents?.comment]);
}

function scalars(doc: Document): ScalarState[] {
  const out: ScalarState[] = [];
  visit(doc, {
    Scalar(_, node) {
      out.push({ node, value: node.value, comments: JSON.stringify([node.commentBefore, node.comment]) });
    },
  });
  return out;
}

/** Records a document's state, before a fix changes it. */
export function documentState(doc: Document): DocumentState {
  return { scalars: scalars(doc), comments: docComments(doc) };
}

/** A string value written as YAML: plain as it was when it reads back the same, else double-quoted. */
function render(node: Scalar, value: string): string {
  if (node.type === 'PLAIN' && /^[A-Za-z0-9][A-Za-z0-9._\/:@+-]*$/.test(value)) return value;
  return JSON.stringify(value);
}

/**
 * The text with each value the fix changed written in place, or undefined when the fix did more than change
 * values (reordered, added or removed nodes, touched a comment) or the result would not read back as the fixed
 * document: then the caller re-serialises the whole document.
 *
 * @param text The text the document was parsed from.
 * @param doc The document, after the fix.
 * @param before Its state before the fix (`documentState`).
 */
export function writeValuesInPlace(text: string, doc: Document, before: DocumentState): string | undefined {
  const after = scalars(doc);
  if (after.length !== before.scalars.length || docComments(doc) !== before.comments) return undefined;
  const edits: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < after.length; i++) {
    const was = before.scalars[i]!;
    const now = after[i]!;
    if (now.node !== was.node || now.comments !== was.comments) return undefined;
    if (now.value === was.value) continue;
    if (typeof now.value !== 'string' || !isScalar(now.node) || !now.node.range) return undefined;
    edits.push({ from: now.node.range[0], to: now.node.range[1], text: render(now.node, now.value) });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  const reread = parseDocument(out, { version: '1.2', uniqueKeys: true });
  // Same structure, so the same key order: the JSON texts are equal exactly when the values are.
  if (reread.errors.length > 0 || JSON.stringify(reread.toJS()) !== JSON.stringify(doc.toJS())) return undefined;
  return out;
}
