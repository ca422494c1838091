/** A response's bytes read once: one chunk handed on as it is, several joined in order, none empty. */
import { describe, expect, it } from 'vitest';
import { responseBytes } from '../../../src/node/response-bytes.ts';

const streamOf = (...chunks: Uint8Array[]) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    }),
  );

describe('responseBytes', () => {
  it('hands on a body of one chunk as that chunk, not a copy', async () => {
    const page = new TextEncoder().encode('<!doctype html><p>Cymraeg ✕ 日本語</p>');
    const bytes = await responseBytes(streamOf(page));
    expect(bytes).toBe(page);
  });

  it('joins a body of several chunks in order, and reads a body made from a string or bytes', async () => {
    const enc = new TextEncoder();
    const joined = await responseBytes(streamOf(enc.encode('<head>'), enc.encode(''), enc.encode('</head>✓')));
    expect(new TextDecoder().decode(joined)).toBe('<head></head>✓');
    expect(new TextDecoder().decode(await responseBytes(new Response('“quoted” & <b>')))).toBe('“quoted” & <b>');
    expect(Array.from(await responseBytes(new Response(new Uint8Array([1, 2, 3]))))).toEqual([1, 2, 3]);
  });

  it('gives no bytes for a response without a body', async () => {
    expect((await responseBytes(new Response(null))).byteLength).toBe(0);
  });
});
