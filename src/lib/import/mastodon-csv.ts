/**
 * Mastodon's domain-block CSV: the admin export `#domain,#severity,#reject_media,#reject_reports,#public_comment,#obfuscate`
 * and the variants found in the wild: headers without `#`, other column orders and subsets (columns are found by
 * name), booleans as True/false/1, `null` for nothing, `*.example.com` wildcards, `noop` rows, a BOM, CRLF,
 * trailing spaces and blank lines. A file without a header is read in the admin export's column order.
 */
import { parseCsv } from './csv.ts';
import { readDomain, wildcardNote } from './domain.ts';
import { readBoolean, readComment, readMastodonSeverity } from './fields.ts';
import { emptyRead, type ListEntry, type ReadResult } from './types.ts';

/** The admin export's columns, in its order (also the order assumed when a file has no header). */
export const MASTODON_CSV_COLUMNS = ['domain', 'severity', 'reject_media', 'reject_reports', 'public_comment', 'obfuscate'] as const;

type Column = (typeof MASTODON_CSV_COLUMNS)[number] | 'digest';

/** Header names (after dropping `#`, lower-casing, and spaces to `_`) and the column each means. */
const ALIASES: Record<string, Column> = {
  domain: 'domain',
  severity: 'severity',
  reject_media: 'reject_media',
  reject_reports: 'reject_reports',
  public_comment: 'public_comment',
  comment: 'public_comment',
  obfuscate: 'obfuscate',
  digest: 'digest',
};

/** Columns deliberately never read. */
const IGNORED = new Set(['private_comment', 'id', 'created_at']);

/** Reads a Mastodon domain-block CSV. Never throws; every row ends up imported, skipped or unreadable. */
export function readMastodonCsv(text: string): ReadResult {
  const result = emptyRead();
  const { records, errors } = parseCsv(text);
  for (const e of errors) {
    result.read++;
    result.unreadable.push({ at: `line ${e.line}`, target: '', message: e.message });
  }
  if (records.length === 0) return result;

  const first = records[0]!;
  const names = first.fields.map((f) => f.trim().replace(/^#/, '').trim().toLowerCase().replace(/[\s-]+/g, '_'));
  let columns: (Column | undefined)[];
  let rows = records;
  if (names.includes('domain')) {
    columns = names.map((name, i) => {
      const col = ALIASES[name];
      if (!col) {
        const label = first.fields[i]!.trim();
        if (label !== '') {
          const why = IGNORED.has(name) ? 'never imported' : 'not a column the importer knows';
          result.notes.push({ at: `line ${first.line}`, target: label, message: `column "${label}" ignored (${why})` });
        }
      }
      return col;
    });
    rows = records.slice(1);
  } else if (looksLikeRow(first.fields[0] ?? '')) {
    columns = [...MASTODON_CSV_COLUMNS];
    result.notes.push({ at: `line ${first.line}`, target: '', message: `no header: read in Mastodon's order (${MASTODON_CSV_COLUMNS.join(',')})` });
  } else {
    result.read += records.length;
    result.unreadable.push({ at: `line ${first.line}`, target: '', message: 'no "domain" column: the first line should be a header such as #domain,#severity,...' });
    return result;
  }

  for (const record of rows) {
    result.read++;
    const at = `line ${record.line}`;
    const cell = (col: Column): string | undefined => {
      const i = columns.indexOf(col);
      return i < 0 ? undefined : record.fields[i];
    };
    const extra = record.fields.slice(columns.length).filter((f) => f.trim() !== '');
    if (extra.length > 0) {
      result.unreadable.push({ at, target: (cell('domain') ?? '').trim(), message: `${record.fields.length} fields where the header has ${columns.length} (an unquoted comma in a comment?)` });
      continue;
    }
    const entry = readRow(cell, at);
    if ('entry' in entry) result.entries.push(entry.entry);
    else if ('skip' in entry) result.skipped.push({ at, target: entry.target, message: entry.skip });
    else result.unreadable.push({ at, target: entry.target, message: entry.error });
  }
  return result;
}

type RowResult = { entry: ListEntry } | { skip: string; target: string } | { error: string; target: string };

function readRow(cell: (col: Column) => string | undefined, at: string): RowResult {
  const rawDomain = (cell('domain') ?? '').trim();
  const domain = readDomain(rawDomain);
  if (domain.kind === 'invalid') return { error: domain.reason, target: rawDomain };
  const severity = readMastodonSeverity(cell('severity'));
  if (severity.kind === 'invalid') return { error: severity.reason, target: rawDomain };
  const flags: Partial<Record<'reject_media' | 'reject_reports' | 'obfuscate', boolean>> = {};
  for (const col of ['reject_media', 'reject_reports', 'obfuscate'] as const) {
    const value = readBoolean(cell(col));
    if (value === 'invalid') return { error: `${col} is ${JSON.stringify((cell(col) ?? '').trim())}, expected true or false`, target: rawDomain };
    if (value) flags[col] = true;
  }
  if (severity.kind === 'noop') {
    return { skip: 'severity noop: not a block (Mastodon uses it only to reject media or reports)', target: rawDomain };
  }
  const entry: ListEntry = { at, severity: severity.severity };
  if (domain.kind === 'pattern') {
    const digest = (cell('digest') ?? '').trim().toLowerCase();
    entry.obfuscated = /^[0-9a-f]{64}$/.test(digest) ? { pattern: domain.pattern, digest } : { pattern: domain.pattern };
  } else {
    entry.domain = domain.domain;
    if (flags.obfuscate) entry.obfuscate = true;
    const digest = (cell('digest') ?? '').trim().toLowerCase();
    if (/^[0-9a-f]{64}$/.test(digest)) entry.digest = digest;
  }
  if (domain.kind === 'wildcard') {
    entry.wildcard = domain.written;
    entry.note = wildcardNote(domain.written, domain.domain);
  }
  if (severity.original) entry.original = severity.original;
  if (flags.reject_media) entry.reject_media = true;
  if (flags.reject_reports) entry.reject_reports = true;
  const comment = readComment(cell('public_comment'));
  if (comment !== undefined) entry.comment = comment;
  return { entry };
}

/** True when a first cell is a data row's domain rather than a header: a dotted domain, an IP, a pattern or a wildcard. */
function looksLikeRow(cell: string): boolean {
  const r = readDomain(cell);
  return r.kind === 'pattern' || r.kind === 'wildcard' || (r.kind === 'domain' && /[.:]/.test(r.domain));
}
