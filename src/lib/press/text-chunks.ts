/**
 * The dataset's largest downloads (`/data/decisions.csv` and `/data/decisions.json`, a million decisions in a
 * very large atlas) written a piece at a time: the rows of a few servers are made, written out and let go, so the
 * build never holds every row as objects, nor the whole file as one string beside its bytes. The pieces, joined,
 * are exactly the text `toCsv` or `JSON.stringify` gives for the same rows.
 */
import { csvRecord, type CsvValue } from './csv.ts';

/** How long a piece grows before it is handed on, in characters (the last one may be shorter). */
export const CHUNK_CHARS = 1 << 20;

/** Texts gathered into pieces of at least `size` characters (the last one may be shorter); none is empty. */
function* gathered(texts: Iterable<string>, size: number): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const text of texts) {
    parts.push(text);
    length += text.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}

/** A CSV document in pieces: the header, then each group's records (one group a server, say), as `toCsv` writes them. */
export function csvChunks(header: readonly string[], groups: Iterable<readonly (readonly CsvValue[])[]>, size = CHUNK_CHARS): Generator<string> {
  function* records(): Generator<string> {
    yield csvRecord(header);
    for (const rows of groups) for (const row of rows) yield csvRecord(row);
  }
  return gathered(records(), size);
}

/**
 * A JSON array in pieces, as `JSON.stringify` writes the array of every group's items in turn (no spaces), then a
 * line break.
 */
export function jsonArrayChunks(groups: Iterable<readonly unknown[]>, size = CHUNK_CHARS): Generator<string> {
  function* texts(): Generator<string> {
    yield '[';
    let first = true;
    for (const items of groups) {
      for (const item of items) {
        // As in an array, what JSON cannot hold (undefined, a function) is written null.
        const text = (JSON.stringify(item) as string | undefined) ?? 'null';
        yield first ? text : `,${text}`;
        first = false;
      }
    }
    yield ']\n';
  }
  return gathered(texts(), size);
}

/** Pieces of text as a stream of UTF-8 bytes, each piece made and encoded only when the reader asks for it. */
export function textStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
