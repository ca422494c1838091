import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, writeCsv } from '../../../src/lib/import/csv.ts';

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and records, with LF, CRLF or CR endings and no final newline', () => {
    expect(parseCsv('a,b\nc,d').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
    expect(parseCsv('a,b\r\nc,d\r\n').records.map((r) => r.fields)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a\rb\r').records.map((r) => r.fields)).toEqual([['a'], ['b']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, counting lines', () => {
    const { records, errors } = parseCsv('x,"a, b","say ""hi"""\r\n"multi\r\nline",z\nlast,1\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['x', 'a, b', 'say "hi"'] },
      { line: 2, fields: ['multi\r\nline', 'z'] },
      { line: 4, fields: ['last', '1'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n').records[0]!.fields).toEqual(['a', '', 'c', '']);
    expect(parseCsv('a,').records[0]!.fields).toEqual(['a', '']);
    expect(parseCsv('"",b').records[0]!.fields).toEqual(['', 'b']);
  });

  it('drops a BOM and skips blank lines (spaces and commas only)', () => {
    const { records } = parseCsv('\uFEFFh1,h2\n\n  \n,,\nv1,v2\n');
    expect(records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 5, fields: ['v1', 'v2'] },
    ]);
  });

  it('reports an unclosed quote with the line the record starts on', () => {
    const { records, errors } = parseCsv('ok,1\nbad,"never closed\nmore\n');
    expect(records).toEqual([{ line: 1, fields: ['ok', '1'] }]);
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('never closed') }]);
  });

  it('reports text after a closing quote and goes on with the next line', () => {
    const { records, errors } = parseCsv('"a"b,c\nnext,1\n');
    expect(errors.map((e) => e.line)).toEqual([1]);
    expect(records).toEqual([{ line: 2, fields: ['next', '1'] }]);
  });

  it('ignores spaces around quoted fields but keeps spaces in unquoted ones', () => {
    expect(parseCsv(' "a" , b \n').records[0]!.fields).toEqual(['a', ' b ']);
  });

  it('writes fields that need quoting, and reads back what it wrote', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(' edge')).toBe('" edge"');
    const rows = [['a', 'b,c', 'd"e', 'f\r\ng', ' h ', '']];
    expect(parseCsv(writeCsv(rows)).records.map((r) => r.fields)).toEqual(rows);
  });
});
