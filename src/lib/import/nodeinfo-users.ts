/**
 * A server's size from NodeInfo (https://nodeinfo.diaspora.software/): where its NodeInfo document is
 * (`/.well-known/nodeinfo` links to it), the user counts in it (`usage.users.total`, `usage.users.activeMonth`),
 * and the `users` field they become in the server's file. Pure: the CLI fetches or reads the text.
 */
import { isMap } from 'yaml';
import { documentText, EVIDENCE_KEYS, parseServerDocument, setInOrder, SERVER_KEYS } from './yaml-doc.ts';

/** The user counts read from a NodeInfo document, or why there are none. */
export type NodeInfoUsers = { ok: true; total: number; activeMonth?: number } | { ok: false; message: string };

/** What the `users` field holds (src/lib/schema/users.ts). */
export interface UsersField {
  /** `usage.users.total`. */
  total: number;
  /** `usage.users.activeMonth`, when given. */
  active_month?: number;
  /** The day the counts are for. */
  counted: string;
  /** Where and when they were read. */
  evidence: { url: string; retrieved: string; kind?: string; note?: string };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The rel of NodeInfo 2.x documents, version last: `http://nodeinfo.diaspora.software/ns/schema/2.1`. */
const NODEINFO_REL = /^https?:\/\/nodeinfo\.diaspora\.software\/ns\/schema\/(2\.\d+)$/;

/**
 * The address of the newest NodeInfo 2.x document a `/.well-known/nodeinfo` answer links to (it must be https),
 * or why there is none.
 */
export function nodeInfoHref(text: string): { ok: true; url: string } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: '/.well-known/nodeinfo is not JSON' };
  }
  const links = (value as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) return { ok: false, message: '/.well-known/nodeinfo has no "links" list' };
  let best: { version: number; url: string } | undefined;
  for (const link of links as { rel?: unknown; href?: unknown }[]) {
    const m = typeof link?.rel === 'string' ? NODEINFO_REL.exec(link.rel) : null;
    if (!m || typeof link.href !== 'string' || !link.href.startsWith('https://')) continue;
    const version = Number(m[1]!.slice(2));
    if (!best || version > best.version) best = { version, url: link.href };
  }
  return best ? { ok: true, url: best.url } : { ok: false, message: 'no https NodeInfo 2.x document is linked from /.well-known/nodeinfo' };
}

/** Reads `usage.users.total` (required) and `usage.users.activeMonth` (optional) from a NodeInfo 2.x document. */
export function readNodeInfoUsers(text: string): NodeInfoUsers {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the NodeInfo document is not JSON' };
  }
  const users = (value as { usage?: { users?: { total?: unknown; activeMonth?: unknown } } } | null)?.usage?.users;
  if (!users || !isCount(users.total)) return { ok: false, message: 'the NodeInfo document gives no usage.users.total (a whole number)' };
  const out: NodeInfoUsers = { ok: true, total: users.total };
  if (users.activeMonth !== undefined) {
    if (!isCount(users.activeMonth)) return { ok: false, message: 'usage.users.activeMonth is not a whole number' };
    if (users.activeMonth > users.total) return { ok: false, message: `usage.users.activeMonth (${users.activeMonth}) is above usage.users.total (${users.total})` };
    out.activeMonth = users.activeMonth;
  }
  return out;
}

/** A server file's text with its `users` field set (replaced when present, else placed in the schema's key order). */
export function setUsers(serverText: string, users: UsersField): string {
  const doc = parseServerDocument(serverText);
  const root = doc.contents;
  if (!isMap(root)) throw new TypeError('the server file is not a map');
  const evidence: Record<string, unknown> = {};
  for (const key of EVIDENCE_KEYS) if (users.evidence[key] !== undefined) evidence[key] = users.evidence[key];
  const field: Record<string, unknown> = { total: users.total };
  if (users.active_month !== undefined) field.active_month = users.active_month;
  field.counted = users.counted;
  field.evidence = evidence;
  setInOrder(doc, root, 'users', field, SERVER_KEYS);
  return documentText(doc);
}
