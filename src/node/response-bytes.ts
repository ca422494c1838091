/**
 * A response's body as bytes, read without joining them again when they come as one piece. `Response.arrayBuffer()`
 * copies the body into a new buffer even when it is a single chunk; a build that reads every page on its way to the
 * file (the module preloads, src/middleware.ts) would hold each page's bytes once more outside the JS heap, and at
 * 30,000 servers that memory is what starts most of the build's full garbage collections.
 */

/** The body of `response` as one `Uint8Array`: its only chunk as it is, or its chunks joined; empty without a body. */
export async function responseBytes(response: Response): Promise<Uint8Array> {
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
