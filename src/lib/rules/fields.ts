/** Where the dates, URLs and domains of a raw server value are: the rules that check them share these walks. */
import type { PathSegment } from '../yaml/parse.ts';
import { asArray, asRecord, asString, rawDecisions } from './rule.ts';

/** A string value found at a path. */
export interface Located {
  path: PathSegment[];
  text: string;
  /** For domains: true when it is a decision's target (which may be a TLD or an IP address). */
  target?: boolean;
}

function at(path: PathSegment[], value: unknown): Located[] {
  const text = asString(value);
  return text === undefined ? [] : [{ path, text }];
}

/** Every date in a server value: sources' and evidence's (and lifted_evidence's) `retrieved`, the user counts' day, decisions' `since` and `until`. */
export function dateFields(value: unknown): Located[] {
  const server = asRecord(value);
  const out: Located[] = [];
  asArray(server?.sources).forEach((s, i) => out.push(...at(['sources', i, 'retrieved'], asRecord(s)?.retrieved)));
  const users = asRecord(server?.users);
  out.push(...at(['users', 'counted'], users?.counted));
  out.push(...at(['users', 'evidence', 'retrieved'], asRecord(users?.evidence)?.retrieved));
  out.push(...at(['blocklist', 'evidence', 'retrieved'], asRecord(asRecord(server?.blocklist)?.evidence)?.retrieved));
  for (const { index, decision } of rawDecisions(value)) {
    out.push(...at(['blocks', index, 'since'], decision.since));
    out.push(...at(['blocks', index, 'since', 'on_or_before'], asRecord(decision.since)?.on_or_before));
    out.push(...at(['blocks', index, 'until'], decision.until));
    out.push(...at(['blocks', index, 'last_seen'], decision.last_seen));
    out.push(...at(['blocks', index, 'evidence', 'retrieved'], asRecord(decision.evidence)?.retrieved));
    out.push(...at(['blocks', index, 'lifted_evidence', 'retrieved'], asRecord(decision.lifted_evidence)?.retrieved));
  }
  return out;
}

/** Every URL in a server value: links, sources, the user counts' evidence, the list's evidence and each decision's evidence and lifted_evidence. */
export function urlFields(value: unknown): Located[] {
  const server = asRecord(value);
  const out: Located[] = [];
  for (const [key, v] of Object.entries(asRecord(server?.links) ?? {})) out.push(...at(['links', key], v));
  asArray(server?.sources).forEach((s, i) => out.push(...at(['sources', i, 'url'], asRecord(s)?.url)));
  out.push(...at(['users', 'evidence', 'url'], asRecord(asRecord(server?.users)?.evidence)?.url));
  out.push(...at(['blocklist', 'evidence', 'url'], asRecord(asRecord(server?.blocklist)?.evidence)?.url));
  for (const { index, decision } of rawDecisions(value)) {
    out.push(...at(['blocks', index, 'evidence', 'url'], asRecord(decision.evidence)?.url));
    out.push(...at(['blocks', index, 'lifted_evidence', 'url'], asRecord(decision.lifted_evidence)?.url));
  }
  return out;
}

/** Every domain in a server value: its own and each decision's target. */
export function domainFields(value: unknown): Located[] {
  const out = at(['domain'], asRecord(value)?.domain);
  for (const { index, decision } of rawDecisions(value)) out.push(...at(['blocks', index, 'domain'], decision.domain).map((l) => ({ ...l, target: true })));
  return out;
}
