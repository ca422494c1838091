/**
 * The whole dataset as two tables, servers and decisions: one column list each (name, Table Schema type, meaning),
 * used for the CSV header, the JSON rows and the Frictionless descriptor alike, so the three cannot disagree.
 * Rows come in the data's order (servers by domain; each server's decisions as its file sorts them).
 */
import type { CsvValue } from './csv.ts';
import type { Server } from '../schema/server.ts';
import { sinceDate } from '../schema/decision.ts';

/** A column of a table: its name, its Frictionless Table Schema type and what it holds. */
export interface Column {
  /** The column's name (the CSV header, the JSON key). */
  name: string;
  /** Its Table Schema type. */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  /** What it holds. */
  description: string;
}

/** The servers table's columns. */
export const SERVER_COLUMNS: readonly Column[] = [
  { name: 'domain', type: 'string', description: 'The server\'s domain.' },
  { name: 'name', type: 'string', description: 'Its name as it presents itself.' },
  { name: 'focus', type: 'string', description: 'What it is about, space-separated: place, language, diaspora, topic, general.' },
  { name: 'languages', type: 'string', description: 'BCP 47 language tags, space-separated, the primary first.' },
  { name: 'area_label', type: 'string', description: 'The area its community serves, in words (empty when placeless).' },
  { name: 'area_scale', type: 'string', description: 'The area\'s scale: facility, city, region, nation, multinational, language.' },
  { name: 'area_iso3166', type: 'string', description: 'ISO 3166 codes of the area, space-separated.' },
  { name: 'lat', type: 'number', description: 'Latitude of the community\'s pin (not of its hosting), degrees.' },
  { name: 'lon', type: 'number', description: 'Longitude of the pin, degrees.' },
  { name: 'software', type: 'string', description: 'The server software.' },
  { name: 'home', type: 'string', description: 'The server\'s home page.' },
  { name: 'blocklist_status', type: 'string', description: 'Its block list: published, partial or unknown.' },
  { name: 'blocklist_evidence', type: 'string', description: 'Where its list was read.' },
  { name: 'blocklist_retrieved', type: 'date', description: 'The day its list was read.' },
  { name: 'decisions', type: 'integer', description: 'How many decisions it holds, lifted ones included.' },
];

/** The decisions table's columns. */
export const DECISION_COLUMNS: readonly Column[] = [
  { name: 'server', type: 'string', description: 'The curated server that made the decision.' },
  { name: 'domain', type: 'string', description: 'The domain acted on (and its subdomains); empty while an obfuscated target is unresolved.' },
  { name: 'obfuscated_pattern', type: 'string', description: 'The target as published when the server hid part of it.' },
  { name: 'obfuscated_digest', type: 'string', description: 'SHA-256 of the hidden domain, as the server published it.' },
  { name: 'severity', type: 'string', description: 'silence (Mastodon\'s "limit") or suspend.' },
  { name: 'original', type: 'string', description: 'The source software\'s own name for the action, where it differs.' },
  { name: 'since', type: 'date', description: 'The day the decision began, or the day it was first seen in force (see since_precision).' },
  { name: 'since_precision', type: 'string', description: 'exact, or on_or_before when the decision may be older than since.' },
  { name: 'until', type: 'date', description: 'The day it was lifted; empty while in force.' },
  { name: 'last_seen', type: 'date', description: 'When the day of lifting is unknown: the last day it was seen in force.' },
  { name: 'reject_media', type: 'boolean', description: 'Mastodon: media from the domain is not stored.' },
  { name: 'reject_reports', type: 'boolean', description: 'Mastodon: reports from the domain are ignored.' },
  { name: 'comment', type: 'string', description: 'The server\'s own public comment, as published.' },
  { name: 'evidence', type: 'string', description: 'The source of the decision (its own, or the server\'s published list).' },
  { name: 'evidence_retrieved', type: 'date', description: 'The day that source was read.' },
];

/** A row as a record keyed by column name. */
export type Row = Record<string, CsvValue>;

/** One row a server, keyed by `SERVER_COLUMNS`. */
export function serverRows(servers: readonly Server[]): Row[] {
  return servers.map((s) => ({
    domain: s.domain,
    name: s.name,
    focus: s.focus.join(' '),
    languages: s.languages.join(' '),
    area_label: s.area?.label,
    area_scale: s.area?.scale,
    area_iso3166: s.area?.iso3166?.join(' '),
    lat: s.area?.lat,
    lon: s.area?.lon,
    software: s.software,
    home: s.links.home,
    blocklist_status: s.blocklist.status,
    blocklist_evidence: s.blocklist.evidence?.url,
    blocklist_retrieved: s.blocklist.evidence?.retrieved,
    decisions: s.blocks.length,
  }));
}

/** One row a decision, keyed by `DECISION_COLUMNS`, server after server (`serverDecisionRows` of each). */
export function decisionRows(servers: readonly Server[]): Row[] {
  return servers.flatMap(serverDecisionRows);
}

/** One server's decisions, a row each, keyed by `DECISION_COLUMNS`, in its file's order. */
export function serverDecisionRows(s: Server): Row[] {
  return s.blocks.map((d) => {
    const ev = d.evidence ?? s.blocklist.evidence;
    return {
      server: s.domain,
      domain: d.domain,
      obfuscated_pattern: d.obfuscated?.pattern,
      obfuscated_digest: d.obfuscated?.digest,
      severity: d.severity,
      original: d.original,
      since: sinceDate(d.since),
      since_precision: typeof d.since === 'string' ? 'exact' : 'on_or_before',
      until: d.until,
      last_seen: d.last_seen,
      reject_media: d.reject_media,
      reject_reports: d.reject_reports,
      comment: d.comment,
      evidence: ev?.url,
      evidence_retrieved: ev?.retrieved,
    };
  });
}

/** Rows as CSV cells, in the columns' order. */
export function rowCells(columns: readonly Column[], rows: readonly Row[]): CsvValue[][] {
  return rows.map((row) => columns.map((c) => row[c.name]));
}

/** Rows as JSON objects: keys in the columns' order, empty values left out. */
export function rowObjects(columns: readonly Column[], rows: readonly Row[]): Record<string, string | number | boolean>[] {
  return rows.map((row) => {
    const out: Record<string, string | number | boolean> = {};
    for (const c of columns) {
      const v = row[c.name];
      if (v !== undefined && v !== null && v !== '') out[c.name] = v;
    }
    return out;
  });
}
