/**
 * Astro's middleware, run on every page as the build renders it: a built page's head announces the modules its
 * scripts import (`<link rel="modulepreload">`, src/node/module-preload.ts). The build's integration in
 * astro.config.mjs says where the browser's bundles are written (`ATLAS_PRELOAD_FROM`) before pages are rendered;
 * without it (`astro dev`), and for anything but HTML, the response passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { modulePreloader } from './node/module-preload.ts';

let preload: ((html: string) => string) | undefined;

/** Adds the module preloads to each built HTML page. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const dir = process.env.ATLAS_PRELOAD_FROM;
  if (!dir || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  preload ??= modulePreloader(dir, import.meta.env.BASE_URL);
  return new Response(preload(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
