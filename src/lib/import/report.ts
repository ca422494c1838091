/** What an import did, entry by entry, and how it is printed for the curator. */
import { oneLine } from '../diagnostic.ts';
import type { ReportItem } from './types.ts';

/**
 * The outcome of one import into one file. Every entry read from the source ends up in exactly one of
 * `added`, `changed`, `kept`, `skipped` or `unreadable`; `updates` are file-level edits (the list's status and
 * evidence), `notes` are things a curator should look at.
 */
export interface ImportReport {
  /** The file written (or that would be written on a dry run), e.g. `data/servers/toot.wales.yaml`. */
  file: string;
  /** Where the entries came from. */
  source: string;
  /** Entries (rows, array items) the source held. */
  read: number;
  /** Decisions the entries became (a history row can become several); for a map, the servers found. */
  decisions: number;
  /** What `decisions` counts, as printed: "decisions", or "servers" for a map. */
  unit: 'decisions' | 'servers';
  /** New decisions. */
  added: ReportItem[];
  /** Decisions already in the file that the entry completed (resolved domain, flags, an earlier "on or before"). */
  changed: ReportItem[];
  /** Decisions already in the file, left as they are. */
  kept: ReportItem[];
  /** Entries not imported on purpose (not a block, duplicates). */
  skipped: ReportItem[];
  /** Entries that could not be read. */
  unreadable: ReportItem[];
  /** Edits to the file beyond its decisions. */
  updates: ReportItem[];
  /** Remarks for the curator. */
  notes: ReportItem[];
}

/** A report with nothing in it yet. */
export function emptyReport(file: string, source: string): ImportReport {
  return { file, source, read: 0, decisions: 0, unit: 'decisions', added: [], changed: [], kept: [], skipped: [], unreadable: [], updates: [], notes: [] };
}

/** True when the import changed the file. */
export function reportChangesFile(report: ImportReport): boolean {
  return report.added.length + report.changed.length + report.updates.length > 0;
}

/** One counts line: `773 read, 771 decisions → 700 added, 3 changed, 68 kept, 2 skipped, 1 unreadable` (or `… servers →` for a map). */
export function summaryLine(report: ImportReport): string {
  return (
    `${report.read} read, ${report.decisions} ${report.unit} → ${report.added.length} added, ${report.changed.length} changed, ` +
    `${report.kept.length} kept, ${report.skipped.length} skipped, ${report.unreadable.length} unreadable`
  );
}

/** Options for printing a report. */
export interface FormatOptions {
  /** List every kept decision too (otherwise only their number). */
  verbose?: boolean;
}

/** The report as lines of text for the terminal: a summary, then each item with its line or entry number. */
export function formatReport(report: ImportReport, options: FormatOptions = {}): string[] {
  const lines = [`${report.file} ← ${report.source}`, `  ${summaryLine(report)}`];
  const section = (title: string, items: readonly ReportItem[]) => {
    if (items.length === 0) return;
    lines.push(`  ${title} (${items.length}):`);
    for (const item of items) lines.push(`    ${formatItem(item)}`);
  };
  section('added', report.added);
  section('changed', report.changed);
  if (options.verbose) section('kept', report.kept);
  section('skipped', report.skipped);
  section('could not read', report.unreadable);
  section('file', report.updates);
  section('notes', report.notes);
  return lines;
}

/** `line 12: example.com: message`, on one safe line. */
export function formatItem(item: ReportItem): string {
  const parts = [item.at, item.target].filter((p): p is string => p !== undefined && p !== '');
  return oneLine(`${parts.join(': ')}${parts.length > 0 ? ': ' : ''}${item.message}`);
}
