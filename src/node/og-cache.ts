/**
 * Open Graph PNGs rasterised at build time from the cards' SVG (src/lib/press/og-svg.ts) with resvg (no network,
 * system fonts), cached by content: the file name is the SHA-256 of the renderer's version and the SVG text, which
 * holds exactly what is drawn. An unchanged card is read back, not redrawn.
 *
 * A card is drawn on one of Node's worker threads (resvg's `renderAsync`), not on the build's main thread, so the
 * pages rendered beside it go on: on a 2-core machine a card cost 36 ms of the main thread drawn in place, and 19 ms
 * of wall time each, with the main thread free, when forty were drawn at once. The PNG is byte-identical
 * (tests/unit/node/og-cache.test.ts). A card asked for again while it is being drawn waits for that drawing.
 *
 * Every call records what it did in the cache folder's `log-<output folder>/` (one empty file per image: `drawn-<hash>` or
 * `reused-<hash>`), so the build can count redraws (src/node/og-log.ts) and a test can prove a second build draws none.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { sha256Hex } from '../lib/sha256.ts';
import { currentOut, OG_CACHE_DIR, ogLogDir } from './og-log.ts';


/** Bumped when the rasterising changes in a way the SVG does not show (renderer, options). */
const RENDERER = 'resvg-js@2.6.2;fonts=system;default=DejaVu Sans';

/** The cache key of an SVG: SHA-256 of the renderer and the SVG text. */
export function ogKey(svg: string): string {
  return sha256Hex(`${RENDERER}\n${svg}`);
}

/** How a card is rasterised: at its own size, with system fonts only. */
export const RASTER_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'original' },
  font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  background: '#fbfaf7',
};

/** Rasterises an SVG to PNG (RASTER_OPTIONS) on one of Node's worker threads. */
export async function rasterise(svg: string): Promise<Buffer> {
  return Buffer.from((await renderAsync(svg, RASTER_OPTIONS)).asPng());
}

/** What `ogPng` gives: the PNG, whether this call drew it (or read it from the cache), and its cache key. */
export interface OgPng {
  /** The PNG file's bytes. */
  png: Buffer;
  /** True when the card was drawn for this call, false when it was read from the cache (or drawn for a call before it). */
  drawn: boolean;
  /** The cache key: `ogKey(svg)`. */
  key: string;
}

/** Cards being drawn now, by cache file: a second call for the same card waits for the first's drawing. */
const drawing = new Map<string, Promise<Buffer>>();

/** Draws `svg` and stores it as `file`, through a temporary file so a reader never sees half a PNG. */
async function drawAndStore(svg: string, file: string): Promise<Buffer> {
  const png = await rasterise(svg);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/** The PNG of `svg`: from the cache when it is there, else drawn and stored. `drawn` says which; the log is that of the build into `out`. */
export async function ogPng(svg: string, dir: string = OG_CACHE_DIR, out: string = currentOut()): Promise<OgPng> {
  const key = ogKey(svg);
  const file = join(dir, `${key}.png`);
  const log = ogLogDir(dir, out);
  mkdirSync(log, { recursive: true });
  const pending = drawing.get(file);
  if (pending !== undefined || existsSync(file)) {
    const png = pending !== undefined ? await pending : readFileSync(file);
    writeFileSync(join(log, `reused-${key}`), '');
    return { png, drawn: false, key };
  }
  const draw = drawAndStore(svg, file);
  drawing.set(file, draw);
  try {
    const png = await draw;
    writeFileSync(join(log, `drawn-${key}`), '');
    return { png, drawn: true, key };
  } finally {
    drawing.delete(file);
  }
}
