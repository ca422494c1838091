/**
 * Lemmy's `GET /api/v3/federated_instances`: `{ federated_instances: { linked, allowed, blocked } }`, where each
 * list holds instance objects (`{ id, domain, published, ... }`, Lemmy 0.18+) or plain domains (older versions).
 * Every `blocked` instance → suspend, `original: "blocked"` (Lemmy has one kind of instance block, which cuts
 * federation entirely). An instance's `published`/`updated` dates say when the instance was first seen, not when
 * it was blocked, so they are not used as `since`. A non-empty `allowed` list is reported (an allow-list).
 */
import { readDomain, wildcardNote } from './domain.ts';
import { readJson, record } from './json.ts';
import { emptyRead, type ListEntry, type ReadResult } from './types.ts';

/** Reads the JSON text of Lemmy's federated instances. */
export function readLemmy(text: string): ReadResult {
  const json = readJson(text);
  if (!json.ok) {
    const result = emptyRead();
    result.unreadable.push({ target: '', message: json.reason });
    return result;
  }
  return readLemmyInstances(json.value);
}

/** Reads parsed federated instances (the whole response, or its `federated_instances` object). */
export function readLemmyInstances(value: unknown): ReadResult {
  const result = emptyRead();
  const root = record(value);
  const instances = record(root?.federated_instances) ?? (root && 'blocked' in root ? root : undefined);
  if (!instances) {
    result.unreadable.push({ target: '', message: 'no federated_instances: not a Lemmy /api/v3/federated_instances answer (or the server does not publish it)' });
    return result;
  }
  const allowed = instances.allowed;
  if (Array.isArray(allowed) && allowed.length > 0) {
    result.notes.push({ target: '', message: `allowed lists ${allowed.length} instance(s): the server federates only with those; the atlas records only its blocks` });
  }
  const blocked = instances.blocked;
  if (blocked === undefined || blocked === null) return result;
  if (!Array.isArray(blocked)) {
    result.unreadable.push({ target: '', message: 'federated_instances.blocked is not a list' });
    return result;
  }
  blocked.forEach((item, i) => {
    result.read++;
    const at = `blocked[${i}]`;
    const raw = typeof item === 'string' ? item : typeof record(item)?.domain === 'string' ? (record(item)!.domain as string) : undefined;
    if (raw === undefined) {
      result.unreadable.push({ at, target: '', message: 'expected an instance with a domain' });
      return;
    }
    const domain = readDomain(raw);
    if (domain.kind === 'invalid') {
      result.unreadable.push({ at, target: raw, message: domain.reason });
      return;
    }
    const entry: ListEntry = { at, severity: 'suspend', original: 'blocked' };
    if (domain.kind === 'pattern') entry.obfuscated = { pattern: domain.pattern };
    else entry.domain = domain.domain;
    if (domain.kind === 'wildcard') {
    entry.wildcard = domain.written;
    entry.note = wildcardNote(domain.written, domain.domain);
  }
    result.entries.push(entry);
  });
  return result;
}
