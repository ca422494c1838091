/**
 * An RFC 4180 CSV reader that is forgiving where real exports are sloppy and precise about where it gave up.
 *
 * - Fields are separated by `,`; records end at CRLF, LF or a lone CR; a final line ending is optional.
 * - A field may be quoted with `"`; inside quotes, `""` is a quote and commas and line breaks are text.
 * - A byte-order mark at the start is dropped. Blank lines (nothing but spaces and commas) are skipped.
 * - Spaces before an opening or after a closing quote are ignored; unquoted fields are returned as written
 *   (callers trim what they want trimmed).
 * - A quote in the middle of an unquoted field is kept as text; text after a closing quote, or a quote left
 *   open at the end, is an error for that record, which is reported with the line it started on and skipped.
 */

/** One record: its fields and the line (from 1) it started on. */
export interface CsvRecord {
  /** Line the record starts on, counting from 1. */
  line: number;
  /** The fields, unquoted. */
  fields: string[];
}

/** A record that could not be read. */
export interface CsvError {
  /** Line the record starts on. */
  line: number;
  /** What went wrong, in plain words. */
  message: string;
}

/** The records of a CSV text, and the records it could not read. */
export interface CsvResult {
  /** Records in order, blank lines left out. */
  records: CsvRecord[];
  /** Unreadable records, each with its starting line. */
  errors: CsvError[];
}

/** Parses CSV text (RFC 4180, with the leniencies listed in this module's comment). Never throws. */
export function parseCsv(text: string): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let i = 0;
  let line = 1;
  const n = src.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | undefined;
    let atEnd = false;
    // One record: fields until a line ending or the end of the text.
    while (!atEnd) {
      // Skip spaces that may precede an opening quote.
      let j = i;
      while (j < n && (src[j] === ' ' || src[j] === '\t')) j++;
      if (src[j] === '"') {
        // Quoted field.
        let value = '';
        j++;
        let closed = false;
        while (j < n) {
          const c = src[j]!;
          if (c === '"') {
            if (src[j + 1] === '"') {
              value += '"';
              j += 2;
              continue;
            }
            closed = true;
            j++;
            break;
          }
          if (c === '\r' || c === '\n') {
            if (c === '\r' && src[j + 1] === '\n') {
              value += '\r\n';
              j += 2;
            } else {
              value += c;
              j++;
            }
            line++;
            continue;
          }
          value += c;
          j++;
        }
        if (!closed) {
          error ??= 'a quoted field is never closed (a " is missing)';
          i = n;
          atEnd = true;
          break;
        }
        while (j < n && (src[j] === ' ' || src[j] === '\t')) j++;
        fields.push(value);
        if (j >= n) {
          i = n;
          atEnd = true;
        } else if (src[j] === ',') {
          i = j + 1;
        } else if (src[j] === '\r' || src[j] === '\n') {
          i = endOfLine(src, j);
          line++;
          atEnd = true;
        } else {
          error ??= `unexpected text after a closing quote in field ${fields.length}`;
          // Skip to the end of this physical line and carry on with the next record.
          let k = j;
          while (k < n && src[k] !== '\r' && src[k] !== '\n') k++;
          i = k < n ? endOfLine(src, k) : n;
          if (k < n) line++;
          atEnd = true;
        }
      } else {
        // Unquoted field: up to the next comma or line ending.
        let k = i;
        while (k < n && src[k] !== ',' && src[k] !== '\r' && src[k] !== '\n') k++;
        fields.push(src.slice(i, k));
        if (k >= n) {
          i = n;
          atEnd = true;
        } else if (src[k] === ',') {
          i = k + 1;
          if (i >= n) {
            fields.push('');
            atEnd = true;
          }
        } else {
          i = endOfLine(src, k);
          line++;
          atEnd = true;
        }
      }
    }
    if (error) errors.push({ line: startLine, message: error });
    else if (!fields.every((f) => f.trim() === '')) records.push({ line: startLine, fields });
  }
  return { records, errors };
}

/** Index just past the line ending that starts at `at` (CRLF, LF or CR). */
function endOfLine(src: string, at: number): number {
  return src[at] === '\r' && src[at + 1] === '\n' ? at + 2 : at + 1;
}

/** Writes one CSV field, quoting it when it holds a comma, quote, line break or edge spaces (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes records as CSV text with CRLF line endings (RFC 4180), ending with a line break. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
