import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, type CsvValue } from '../../../src/lib/press/csv.ts';
import { csvChunks, jsonArrayChunks, textStream } from '../../../src/lib/press/text-chunks.ts';

const cell: fc.Arbitrary<CsvValue> = fc.oneof(fc.string(), fc.constantFrom('=1+1', 'a,b', 'say "hi"', 'two\r\nlines', 'Cymraeg ŵ ŷ', '‮evil'), fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constant(undefined), fc.constant(null));
/** Groups of rows of three cells (one group a server, say), some groups empty. */
const groups = fc.array(fc.array(fc.tuple(cell, cell, cell), { maxLength: 6 }), { maxLength: 8 });
const size = fc.integer({ min: 1, max: 200 });

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder().decode(await new Response(stream).arrayBuffer());
}

describe('csvChunks', () => {
  it('joins to exactly what toCsv writes for the same rows, in pieces of at least the size asked (the last may be shorter), none empty', () => {
    fc.assert(
      fc.property(groups, size, (gs, n) => {
        const pieces = [...csvChunks(['a', 'b', 'c'], gs, n)];
        expect(pieces.join('')).toBe(toCsv(['a', 'b', 'c'], gs.flat()));
        expect(pieces.slice(0, -1).every((p) => p.length >= n)).toBe(true);
        expect(pieces.every((p) => p.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('with no rows is the header alone, and reads back as its fields', () => {
    const text = [...csvChunks(['server', 'domain'], [[], []])].join('');
    expect(text).toBe('server,domain\r\n');
    expect(parseCsv(text)).toEqual([['server', 'domain']]);
  });
});

describe('jsonArrayChunks', () => {
  it('joins to exactly JSON.stringify of every group\'s items in turn, and a line break', () => {
    const item = fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), fc.string(), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 5 }), { maxLength: 6 }), size, (gs, n) => {
        const pieces = [...jsonArrayChunks(gs, n)];
        expect(pieces.join('')).toBe(`${JSON.stringify(gs.flat())}\n`);
        expect(pieces.slice(0, -1).every((p) => p.length >= n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('is an empty array when there is nothing', () => {
    expect([...jsonArrayChunks([])].join('')).toBe('[]\n');
    expect(JSON.parse([...jsonArrayChunks([[], []])].join(''))).toEqual([]);
  });
});

describe('textStream', () => {
  it('is the pieces as UTF-8 bytes, multi-byte letters and all', async () => {
    const pieces = ['Llanfair', 'pwll ŵ ŷ', '', 'ẞ 東京 😀'];
    expect(await read(textStream(pieces))).toBe(pieces.join(''));
  });
  it('makes a piece only when the reader asks for it', async () => {
    let made = 0;
    const pieces = (function* () {
      for (let i = 0; i < 5; i++) {
        made++;
        yield `piece ${i};`;
      }
    })();
    const reader = textStream(pieces).getReader();
    // A ReadableStream pulls once when it is made (its queue is empty): at most the first piece so far.
    await Promise.resolve();
    expect(made).toBeLessThanOrEqual(1);
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('piece 0;');
    expect(made).toBeLessThanOrEqual(2);
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('piece 1;piece 2;piece 3;piece 4;');
    expect(made).toBe(5);
  });
});
