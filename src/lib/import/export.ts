/**
 * Writing a server's decisions back out in Mastodon's formats: the admin CSV export (the format Mastodon imports)
 * and the public JSON of `/api/v1/instance/domain_blocks`. Used to check that nothing is lost on the way in.
 */
import type { Decision } from '../schema/decision.ts';
import { writeCsv } from './csv.ts';
import type { Hash } from './digest.ts';

/** Mastodon's admin export header. */
export const MASTODON_CSV_HEADER = ['#domain', '#severity', '#reject_media', '#reject_reports', '#public_comment', '#obfuscate'] as const;

/**
 * Writes decisions as Mastodon's admin CSV (booleans as `true`/`false`, CRLF). A resolved decision writes its
 * real domain (with `#obfuscate` true when it was published obfuscated); an unresolved one writes its pattern.
 */
export function toMastodonCsv(decisions: readonly Decision[]): string {
  const rows: string[][] = [[...MASTODON_CSV_HEADER]];
  for (const d of decisions) {
    rows.push([
      d.domain ?? d.obfuscated?.pattern ?? '',
      d.severity,
      String(d.reject_media === true),
      String(d.reject_reports === true),
      d.comment ?? '',
      String(d.obfuscated !== undefined),
    ]);
  }
  return writeCsv(rows);
}

/**
 * Writes decisions as the public JSON Mastodon serves: the pattern where the domain was published obfuscated,
 * and its digest (from the decision, or computed from the real domain).
 */
export function toMastodonJson(decisions: readonly Decision[], hash: Hash): string {
  const items = decisions.map((d) => ({
    domain: d.obfuscated?.pattern ?? d.domain ?? '',
    digest: d.obfuscated?.digest ?? (d.domain !== undefined ? hash(d.domain) : ''),
    severity: d.severity,
    comment: d.comment ?? null,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
