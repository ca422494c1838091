/**
 * GoToSocial's `GET /api/v1/instance/peers?filter=suspended`: an array of
 * `{ domain, suspended_at, public_comment, obfuscate?, digest? }`. Each → suspend, dated: `since` is the day
 * (UTC) of `suspended_at`, which is when the block was created. Obfuscated domains (with `*`) are kept as
 * patterns, with a digest when one is given. Entries of `?filter=open` (no `suspended_at`) are skipped.
 */
import { readDomain, wildcardNote } from './domain.ts';
import { dayOf, readComment } from './fields.ts';
import { readJson, record } from './json.ts';
import { emptyRead, type ListEntry, type ReadResult } from './types.ts';

/** Reads the JSON text of GoToSocial's suspended peers. */
export function readGoToSocial(text: string): ReadResult {
  const json = readJson(text);
  const result = emptyRead();
  if (!json.ok) {
    result.unreadable.push({ target: '', message: json.reason });
    return result;
  }
  if (!Array.isArray(json.value)) {
    result.unreadable.push({ target: '', message: 'expected an array of peers (from /api/v1/instance/peers?filter=suspended)' });
    return result;
  }
  json.value.forEach((item, i) => {
    result.read++;
    const at = `entry ${i + 1}`;
    const peer = record(item);
    const raw = typeof peer?.domain === 'string' ? peer.domain : '';
    if (!peer || raw === '') {
      result.unreadable.push({ at, target: '', message: 'expected a peer with a domain' });
      return;
    }
    const domain = readDomain(raw);
    if (domain.kind === 'invalid') {
      result.unreadable.push({ at, target: raw, message: domain.reason });
      return;
    }
    if (peer.suspended_at === undefined || peer.suspended_at === null) {
      result.skipped.push({ at, target: raw, message: 'no suspended_at: not a suspended peer' });
      return;
    }
    const since = dayOf(peer.suspended_at);
    if (since === undefined) {
      result.unreadable.push({ at, target: raw, message: `suspended_at ${JSON.stringify(peer.suspended_at)} is not a date` });
      return;
    }
    const digest = typeof peer.digest === 'string' && /^[0-9a-f]{64}$/i.test(peer.digest) ? peer.digest.toLowerCase() : undefined;
    const entry: ListEntry = { at, severity: 'suspend', since };
    if (domain.kind === 'pattern') entry.obfuscated = digest ? { pattern: domain.pattern, digest } : { pattern: domain.pattern };
    else {
      entry.domain = domain.domain;
      if (digest) entry.digest = digest;
    }
    if (domain.kind === 'wildcard') {
    entry.wildcard = domain.written;
    entry.note = wildcardNote(domain.written, domain.domain);
  }
    const comment = readComment(peer.public_comment ?? peer.comment);
    if (comment !== undefined) entry.comment = comment;
    result.entries.push(entry);
  });
  return result;
}
