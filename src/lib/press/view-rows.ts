/**
 * The rows a view offers for download (CSV and JSON of exactly the rows on show): each table row carries its
 * record in a `data-export` attribute built here, and the browser collects the rows that are not hidden
 * (src/client/download.ts). One record a row, one column list a view, so the file and the table agree.
 */
import type { CommunityReach } from '../reach/domain-reach.ts';
import { reasonText } from '../map/reach-shard.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Server } from '../schema/server.ts';
import type { DecisionEvidence } from '../views/words.ts';
import { sinceText } from '../views/words.ts';
import type { CsvValue } from './csv.ts';

/** The columns of a domain's reach download, in order. */
export const REACH_EXPORT_COLUMNS = ['community', 'name', 'state', 'since', 'until', 'via', 'evidence', 'evidence_retrieved', 'confirmed', 'why', 'back'] as const;

/**
 * One community's row in a domain's reach tables. The columns and state codes are a data format and stay as they
 * are; the words (`why`, an "on or before" date) are in the interface language of `t`, dates ISO.
 */
export function reachExportRow(c: CommunityReach, server: Pick<Server, 'name'> | undefined, evidence: DecisionEvidence | undefined, t: Translate): Record<string, CsvValue> {
  const d = c.reach.decision;
  const acting = c.reach.state === 'suspends' || c.reach.state === 'limits';
  return {
    community: c.community,
    name: server?.name,
    state: c.reach.state,
    since: acting && d ? sinceText(d.since, t) : undefined,
    until: acting && d ? d.until : undefined,
    via: acting && d ? d.domain : undefined,
    evidence: acting ? evidence?.url : undefined,
    evidence_retrieved: acting ? evidence?.retrieved : undefined,
    confirmed: c.reach.confirmed,
    why: c.reach.state === 'unknown' ? reasonText(c.reach.reason, t) : undefined,
    back: c.back?.state,
  };
}

/**
 * The columns of the matrix download: the community, its list status, then one column a domain. A row's record holds
 * the first two; the browser reads each domain's state from the row's cells (`data-export-cells` on the table names
 * their columns, `cell-<state>` classes their values), so the page does not carry every state twice.
 */
export function matrixExportColumns(domains: readonly string[]): string[] {
  return ['community', 'list', ...domains];
}

/** The columns of the map's list download (`reach` is filled from the page when a domain is chosen). */
export const SERVER_EXPORT_COLUMNS = ['domain', 'name', 'languages', 'area', 'software', 'list', 'reach'] as const;

/** A server's row in the map's list. */
export function serverExportRow(s: Pick<Server, 'domain' | 'name' | 'languages' | 'area' | 'software' | 'blocklist'>): Record<string, CsvValue> {
  return { domain: s.domain, name: s.name, languages: s.languages.join(' '), area: s.area?.label, software: s.software, list: s.blocklist.status };
}
