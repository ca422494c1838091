/**
 * Mastodon's public block list, `GET /api/v1/instance/domain_blocks`: an array of
 * `{ domain, digest, severity, comment }`. An obfuscated domain ("thr****.*et") is kept as a pattern with its
 * digest, to be resolved by `resolveObfuscated`. The admin API's shape (`public_comment`, `reject_media`,
 * `reject_reports`, `obfuscate`) is read too.
 */
import { readDomain, wildcardNote } from './domain.ts';
import { readComment, readMastodonSeverity } from './fields.ts';
import { readJson, record } from './json.ts';
import { emptyRead, type ListEntry, type ReadResult } from './types.ts';

/** Reads the JSON text of a Mastodon domain-block list. Entries are numbered from 1 in reports. */
export function readMastodonJson(text: string): ReadResult {
  const result = emptyRead();
  const json = readJson(text);
  if (!json.ok) {
    result.unreadable.push({ target: '', message: json.reason });
    return result;
  }
  return readMastodonBlocks(json.value);
}

/** Reads an already parsed Mastodon domain-block list. */
export function readMastodonBlocks(value: unknown): ReadResult {
  const result = emptyRead();
  if (!Array.isArray(value)) {
    const error = record(value)?.error;
    const why = typeof error === 'string' ? `the server answered with an error: ${JSON.stringify(error)}` : 'expected an array of domain blocks';
    result.unreadable.push({ target: '', message: why });
    return result;
  }
  value.forEach((item, index) => {
    result.read++;
    const at = `entry ${index + 1}`;
    const block = record(item);
    if (!block) {
      result.unreadable.push({ at, target: '', message: 'expected an object with domain and severity' });
      return;
    }
    const rawDomain = typeof block.domain === 'string' ? block.domain : '';
    const domain = readDomain(rawDomain);
    if (domain.kind === 'invalid') {
      result.unreadable.push({ at, target: rawDomain, message: domain.reason });
      return;
    }
    const severity = readMastodonSeverity(block.severity);
    if (severity.kind === 'invalid') {
      result.unreadable.push({ at, target: rawDomain, message: severity.reason });
      return;
    }
    if (severity.kind === 'noop') {
      result.skipped.push({ at, target: rawDomain, message: 'severity noop: not a block' });
      return;
    }
    const digest = typeof block.digest === 'string' && /^[0-9a-f]{64}$/i.test(block.digest) ? block.digest.toLowerCase() : undefined;
    const entry: ListEntry = { at, severity: severity.severity };
    if (domain.kind === 'pattern') entry.obfuscated = digest ? { pattern: domain.pattern, digest } : { pattern: domain.pattern };
    else {
      entry.domain = domain.domain;
      if (digest) entry.digest = digest;
      if (block.obfuscate === true) entry.obfuscate = true;
    }
    if (domain.kind === 'wildcard') {
    entry.wildcard = domain.written;
    entry.note = wildcardNote(domain.written, domain.domain);
  }
    if (severity.original) entry.original = severity.original;
    if (block.reject_media === true) entry.reject_media = true;
    if (block.reject_reports === true) entry.reject_reports = true;
    const comment = readComment(block.comment ?? block.public_comment);
    if (comment !== undefined) entry.comment = comment;
    result.entries.push(entry);
  });
  return result;
}
