/**
 * Astro's middleware, run on every page as the build renders it: a built page's head announces the modules its
 * scripts import (`<link rel="modulepreload">`, src/node/module-preload.ts). The build's integration in
 * astro.config.mjs says where the browser's bundles are written (`ATLAS_PRELOAD_FROM`) before pages are rendered;
 * without it (`astro dev`), and for anything but HTML, the response passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { modulePreloaderBytes } from './node/module-preload.ts';
import { responseBytes } from './node/response-bytes.ts';

let preload: ((html: Uint8Array) => Uint8Array[]) | undefined;

/** Adds the module preloads to each built HTML page. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const dir = process.env.ATLAS_PRELOAD_FROM;
  if (!dir || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  preload ??= modulePreloaderBytes(dir, import.meta.env.BASE_URL);
  // As bytes: a page is not decoded and encoded again for a few links in its head, nor copied when read
  // (`responseBytes`: its one chunk as it is). Its pieces (views of its bytes, and the links) go on as a stream, so the
  // build joins them once: a home page of tens of megabytes in a very large atlas is not copied twice more on its way
  // to the file, and every page's bytes are held outside the JS heap once less (such memory starts V8's full
  // collections: at 30,000 servers, most of them).
  const pieces = preload(await responseBytes(response));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
