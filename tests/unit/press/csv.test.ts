import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, FORMULA_STARTS, neutraliseFormula, parseCsv, toCsv } from '../../../src/lib/press/csv.ts';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("https://evil.example")'])('prefixes an apostrophe to %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it.each(['threads.net', '', ' =not first', "'already", '1-2'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
  it('covers exactly =, +, -, @, tab and CR', () => {
    expect([...FORMULA_STARTS].sort()).toEqual(['\t', '\r', '+', '-', '=', '@'].sort());
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField('plain')).toBe('plain');
  });
  it('neutralises text before quoting it', () => {
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('\rnew')).toBe('"\'\rnew"');
  });
  it('writes numbers and booleans as they are (a negative longitude stays a number), nothing as empty', () => {
    expect(csvField(-3.49)).toBe('-3.49');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('toCsv and parseCsv', () => {
  it('ends every record with CRLF and reads it back', () => {
    const csv = toCsv(['a', 'b'], [['1', 'x,y'], ['', 'q"q']]);
    expect(csv).toBe('a,b\r\n1,"x,y"\r\n,"q""q"\r\n');
    expect(parseCsv(csv)).toEqual([['a', 'b'], ['1', 'x,y'], ['', 'q"q']]);
  });
  it('round-trips hostile strings (quotes, commas, CR, LF, formulas, unicode): the apostrophe is the only change', () => {
    const hostile = ['=cmd|" /C calc"!A0', '+SUM(1,2)', '-2+3', '@x', '\t\ttab', '\r\n', '"', '""', ',', 'a\nb', 'ŵ ✕ 🦣', ' lead', 'trail ', ''];
    const rows = hostile.map((h, i) => [String(i), h]);
    const back = parseCsv(toCsv(['n', 'text'], rows));
    expect(back.slice(1)).toEqual(rows.map(([n, h]) => [n, neutraliseFormula(h!)]));
  });
  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = rows[0]!.length;
        const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        expect(parseCsv(toCsv(header, even))).toEqual([header, ...even.map((r) => r.map(neutraliseFormula))]);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
  it('rejects an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('"open')).toThrow(SyntaxError);
    expect(() => parseCsv('"a"b')).toThrow(SyntaxError);
  });
  it('accepts LF line ends and no final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});
