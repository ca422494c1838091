import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { ogKey, ogPng, RASTER_OPTIONS } from '../../../src/node/og-cache.ts';
import { ogStats, resetOgLog, saveOgStats } from '../../../src/node/og-log.ts';
import { domainCardSvg } from '../../../src/lib/press/og-svg.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-og-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Synthetic cards: every domain ends in .example.
const card = (n: number) => domainCardSvg({ domain: `d${n}.example`, counts: { suspends: n, limits: 1, reaches: 2, unknown: 3 }, day: '2026-01-01' });

describe('ogPng', () => {
  it('draws a 1200×630 PNG once, then reuses it: a second pass redraws nothing', async () => {
    resetOgLog(dir, 'dist');
    const first = await Promise.all([1, 2].map((n) => ogPng(card(n), dir, 'dist')));
    expect(first.map((r) => r.drawn)).toEqual([true, true]);
    const png = first[0]!.png;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(saveOgStats(dir, 'dist')).toEqual({ drawn: 2, reused: 0 });

    // A build into another folder (npm test runs them side by side) has its own log: it reused both, and the
    // first build's log still says it drew both.
    resetOgLog(dir, 'dist-atlas');
    const second = await Promise.all([1, 2].map((n) => ogPng(card(n), dir, 'dist-atlas')));
    expect(second.map((r) => r.drawn)).toEqual([false, false]);
    expect(second[0]!.png.equals(png)).toBe(true);
    expect(ogStats(dir, 'dist-atlas')).toEqual({ drawn: 0, reused: 2 });
    expect(ogStats(dir, 'dist')).toEqual({ drawn: 2, reused: 0 });
    // Each output folder keeps its own last counts beside the overall last build's.
    expect(saveOgStats(dir, 'dist-atlas')).toEqual({ drawn: 0, reused: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'stats-dist-atlas.json'), 'utf8'))).toEqual({ drawn: 0, reused: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'stats-dist.json'), 'utf8'))).toEqual({ drawn: 2, reused: 0 });
  });
  it('redraws only the card whose drawn inputs changed', async () => {
    resetOgLog(dir, 'dist');
    await ogPng(card(1), dir, 'dist');
    await ogPng(card(3), dir, 'dist');
    expect(ogStats(dir, 'dist')).toEqual({ drawn: 1, reused: 1 });
    expect(readdirSync(dir).filter((n) => n.endsWith('.png')).sort()).toEqual([ogKey(card(1)), ogKey(card(2)), ogKey(card(3))].map((k) => `${k}.png`).sort());
  });
  it('draws on a worker thread the same bytes as resvg drawing in place', async () => {
    const svg = card(4);
    const inPlace = Buffer.from(new Resvg(svg, RASTER_OPTIONS).render().asPng());
    const { png } = await ogPng(svg, dir, 'dist');
    expect(png.equals(inPlace)).toBe(true);
  });
  it('draws a card asked for many times at once once: the others wait for it and get the same bytes', async () => {
    resetOgLog(dir, 'dist');
    const results = await Promise.all(Array.from({ length: 6 }, () => ogPng(card(5), dir, 'dist')));
    expect(results.filter((r) => r.drawn)).toHaveLength(1);
    expect(results.every((r) => r.png.equals(results[0]!.png))).toBe(true);
    expect(ogStats(dir, 'dist')).toEqual({ drawn: 1, reused: 1 });
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
