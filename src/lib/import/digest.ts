/**
 * Resolving obfuscated targets. Mastodon hides part of some blocked domains ("thr****.*et") and publishes the
 * SHA-256 of the real domain; an entry is resolved only when a domain the atlas already knows has exactly that
 * digest *and* fits the pattern. Nothing is guessed: an entry that does not resolve keeps its pattern and digest.
 *
 * The hash function is passed in (the CLI gives node:crypto's SHA-256), so this module stays pure.
 */
import { fitsPattern, mastodonPattern } from './domain.ts';
import type { ListEntry, ReportItem } from './types.ts';

/** SHA-256 of a text as 64 lower-case hex characters. */
export type Hash = (text: string) => string;

/** What resolution did. */
export interface Resolution {
  /** The entries, with `domain` set where a digest resolved, and patterns computed for flagged real domains. */
  entries: ListEntry[];
  /** How many obfuscated entries were resolved. */
  resolved: number;
  /** How many obfuscated entries stay unresolved. */
  unresolved: number;
  /** Remarks: digests that did not match their pattern or domain. */
  notes: ReportItem[];
}

/**
 * Resolves obfuscated entries against `known` domains (every server and decision target in the dataset, plus
 * any candidates). Also: an entry whose real domain is flagged `obfuscate` (an admin export) gets the pattern and
 * digest Mastodon would publish for it, and a digest published beside a plain domain is checked against it.
 */
export function resolveObfuscated(entries: readonly ListEntry[], known: Iterable<string>, hash: Hash): Resolution {
  const byDigest = new Map<string, string>();
  for (const domain of known) if (!byDigest.has(hash(domain))) byDigest.set(hash(domain), domain);
  const notes: ReportItem[] = [];
  let resolved = 0;
  let unresolved = 0;
  const out = entries.map((entry) => {
    const e: ListEntry = { ...entry };
    if (e.digest !== undefined) {
      if (e.domain !== undefined && hash(e.domain) !== e.digest) {
        notes.push({ at: e.at, target: e.domain, message: `the published digest ${e.digest} is not the SHA-256 of ${e.domain}; the domain is kept as written` });
      }
      delete e.digest;
    }
    if (e.domain === undefined && e.obfuscated) {
      const { pattern, digest } = e.obfuscated;
      const candidate = digest === undefined ? undefined : byDigest.get(digest);
      if (candidate !== undefined && fitsPattern(candidate, pattern)) {
        e.domain = candidate;
        resolved++;
      } else {
        if (candidate !== undefined) {
          notes.push({ at: e.at, target: pattern, message: `the digest is that of ${candidate}, which does not fit the pattern; left unresolved` });
        }
        unresolved++;
      }
    } else if (e.domain !== undefined && e.obfuscate && !e.obfuscated) {
      e.obfuscated = { pattern: mastodonPattern(e.domain), digest: hash(e.domain) };
    }
    delete e.obfuscate;
    return e;
  });
  return { entries: out, resolved, unresolved, notes };
}
