/**
 * CSV as RFC 4180 describes it (comma-separated, CRLF between records, a field quoted when it holds a comma, a
 * double quote, CR or LF, with its quotes doubled), made safe to open in a spreadsheet: a text cell that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it as a
 * formula (OWASP's "CSV injection" advice). Numbers are written as numbers (a longitude of -3.49 stays a number);
 * only text is neutralised. Pure: used by the build's data files and by the browser's "Download CSV".
 */

/** A CSV cell as given: text, a number, a boolean, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** The characters that make a spreadsheet read a cell as a formula when they begin it. */
export const FORMULA_STARTS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** Text with a leading apostrophe when it begins like a formula; other text as it is. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_STARTS.includes(text[0]!) ? `'${text}` : text;
}

/** One field as CSV text: neutralised when it is text, quoted when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its fields, comma-separated, ended by CRLF. */
export function csvRecord(row: readonly CsvValue[]): string {
  return `${row.map(csvField).join(',')}\r\n`;
}

/** A whole CSV document: the header, then one record a row, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvRecord).join('');
}

/**
 * Parses RFC 4180 CSV into records of fields (quoted fields may hold commas, quotes and line breaks). Accepts LF
 * as well as CRLF between records; a final line break ends the last record rather than starting an empty one.
 * Does not undo the apostrophe of `neutraliseFormula` (a reader sees what the spreadsheet would show).
 * Throws a SyntaxError on a quote left open or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new SyntaxError(`CSV: text after a closing quote at ${i}`);
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (c === '\n') {
      endRecord();
      i += 1;
    } else {
      field += c;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new SyntaxError('CSV: a quoted field is not closed');
  if (field !== '' || fieldStarted || record.length > 0) endRecord();
  return records;
}
