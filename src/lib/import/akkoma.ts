/**
 * Pleroma and Akkoma publish their SimplePolicy in NodeInfo: `metadata.federation.mrf_simple` maps each action to
 * a list of domains, and `mrf_simple_info` gives the reasons (`{ action: { domain: { reason } } }`).
 *
 * Mapping (the source's action is kept in `original`):
 * - `reject` → suspend;
 * - `followers_only`, `federated_timeline_removal` → silence (the closest Mastodon action: the domain's posts are
 *   hidden from public timelines or reach only followers);
 * - `media_removal` → `reject_media: true`, `report_removal` → `reject_reports: true` on that domain's decision;
 * - `media_nsfw`, `avatar_removal`, `banner_removal`, `reject_deletes` alone are not blocks: skipped, reported;
 * - `accept` is an allow-list: reported as a note (the atlas cannot express "federates only with").
 * A domain under several actions becomes one decision with the strongest severity.
 */
import type { Severity } from '../schema/decision.ts';
import { readDomain, wildcardNote } from './domain.ts';
import { readComment } from './fields.ts';
import { readJson, record } from './json.ts';
import { emptyRead, type ListEntry, type ReadResult } from './types.ts';

/** SimplePolicy actions that are blocks, with their severity, strongest first. */
export const AKKOMA_BLOCK_ACTIONS: readonly { action: string; severity: Severity }[] = [
  { action: 'reject', severity: 'suspend' },
  { action: 'followers_only', severity: 'silence' },
  { action: 'federated_timeline_removal', severity: 'silence' },
];

/** SimplePolicy actions that only set a flag on a block. */
const FLAG_ACTIONS = { media_removal: 'reject_media', report_removal: 'reject_reports' } as const;

/** SimplePolicy actions that are not blocks at all. */
const OTHER_ACTIONS = ['media_nsfw', 'avatar_removal', 'banner_removal', 'reject_deletes'];

/** Reads a NodeInfo document (text) of a Pleroma or Akkoma server. */
export function readAkkoma(text: string): ReadResult {
  const json = readJson(text);
  if (!json.ok) {
    const result = emptyRead();
    result.unreadable.push({ target: '', message: json.reason });
    return result;
  }
  return readAkkomaNodeInfo(json.value);
}

/** Reads a parsed NodeInfo document (or a bare `federation` object). */
export function readAkkomaNodeInfo(value: unknown): ReadResult {
  const result = emptyRead();
  const federation = record(record(record(value)?.metadata)?.federation) ?? record(record(value)?.federation);
  const simple = record(federation?.mrf_simple);
  if (!simple) {
    result.unreadable.push({ target: '', message: 'no metadata.federation.mrf_simple: the server does not publish its SimplePolicy (or is not Pleroma/Akkoma)' });
    return result;
  }
  const info = record(federation?.mrf_simple_info) ?? {};
  const reasonOf = (action: string, domain: string) => readComment(record(record(info[action])?.[domain])?.reason);

  // Every domain under every action, in first-seen order, with where it was first seen.
  const byDomain = new Map<string, { at: string; actions: Set<string>; places: Map<string, string> }>();
  for (const [action, list] of Object.entries(simple)) {
    if (action === 'accept') {
      if (Array.isArray(list) && list.length > 0) {
        result.notes.push({ target: '', message: `mrf_simple.accept lists ${list.length} domain(s): the server federates only with those; the atlas records only its blocks` });
      }
      continue;
    }
    if (!Array.isArray(list)) {
      result.notes.push({ target: '', message: `mrf_simple.${action} is not a list; ignored` });
      continue;
    }
    list.forEach((item, i) => {
      const at = `mrf_simple.${action}[${i}]`;
      const raw = typeof item === 'string' ? item : Array.isArray(item) && typeof item[0] === 'string' ? item[0] : undefined;
      if (raw === undefined) {
        result.read++;
        result.unreadable.push({ at, target: '', message: 'expected a domain as text' });
        return;
      }
      const seen = byDomain.get(raw);
      if (seen) {
        seen.actions.add(action);
        if (!seen.places.has(action)) seen.places.set(action, at);
      } else byDomain.set(raw, { at, actions: new Set([action]), places: new Map([[action, at]]) });
    });
  }

  for (const [raw, { at: firstAt, actions, places }] of byDomain) {
    result.read++;
    const blocks = AKKOMA_BLOCK_ACTIONS.filter((b) => actions.has(b.action));
    const strongest = blocks[0];
    // Report the entry where it sets the severity (reject[2]), else where it first appears.
    const at = (strongest && places.get(strongest.action)) ?? firstAt;
    const domain = readDomain(raw);
    if (domain.kind === 'invalid') {
      result.unreadable.push({ at, target: raw, message: domain.reason });
      continue;
    }
    if (!strongest) {
      const known = [...actions].filter((a) => a in FLAG_ACTIONS || OTHER_ACTIONS.includes(a));
      const unknown = [...actions].filter((a) => !known.includes(a));
      const what = [...known, ...unknown.map((a) => `${a} (unknown action)`)].join(', ');
      result.skipped.push({ at, target: raw, message: `not a block: ${what} only` });
      continue;
    }
    const determining = blocks.filter((b) => b.severity === strongest.severity).map((b) => b.action);
    const entry: ListEntry = { at, severity: strongest.severity, original: determining.join(' + ') };
    if (domain.kind === 'pattern') entry.obfuscated = { pattern: domain.pattern };
    else entry.domain = domain.domain;
    if (domain.kind === 'wildcard') {
    entry.wildcard = domain.written;
    entry.note = wildcardNote(domain.written, domain.domain);
  }
    for (const [action, flag] of Object.entries(FLAG_ACTIONS)) if (actions.has(action)) entry[flag] = true;
    const reasons = [...new Set(determining.map((a) => reasonOf(a, raw)).filter((r): r is string => r !== undefined))];
    if (reasons.length > 0) entry.comment = reasons.join('; ');
    result.entries.push(entry);
  }
  return result;
}
