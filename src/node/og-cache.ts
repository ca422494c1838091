/**
 * Open Graph PNGs rasterised at build time from the cards' SVG (src/lib/press/og-svg.ts) with resvg (no network,
 * system fonts), cached by content: the file name is the SHA-256 of the renderer's version and the SVG text, which
 * holds exactly what is drawn. An unchanged card is read back, not redrawn.
 *
 * Every call records what it did in the cache folder's `log-<output folder>/` (one empty file per image: `drawn-<hash>` or
 * `reused-<hash>`), so the build can count redraws (src/node/og-log.ts) and a test can prove a second build draws none.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { sha256Hex } from '../lib/sha256.ts';
import { currentOut, OG_CACHE_DIR, ogLogDir } from './og-log.ts';


/** Bumped when the rasterising changes in a way the SVG does not show (renderer, options). */
const RENDERER = 'resvg-js@2.6.2;fonts=system;default=DejaVu Sans';

/** The cache key of an SVG: SHA-256 of the renderer and the SVG text. */
export function ogKey(svg: string): string {
  return sha256Hex(`${RENDERER}\n${svg}`);
}

/** Rasterises an SVG to PNG at its own size, with system fonts only. */
export function rasterise(svg: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: '#fbfaf7' });
  return Buffer.from(resvg.render().asPng());
}

/** The PNG of `svg`: from the cache when it is there, else drawn and stored. `drawn` says which; the log is that of the build into `out`. */
export function ogPng(svg: string, dir: string = OG_CACHE_DIR, out: string = currentOut()): { png: Buffer; drawn: boolean; key: string } {
  const key = ogKey(svg);
  const file = join(dir, `${key}.png`);
  const log = ogLogDir(dir, out);
  mkdirSync(log, { recursive: true });
  if (existsSync(file)) {
    writeFileSync(join(log, `reused-${key}`), '');
    return { png: readFileSync(file), drawn: false, key };
  }
  const png = rasterise(svg);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  writeFileSync(join(log, `drawn-${key}`), '');
  return { png, drawn: true, key };
}
