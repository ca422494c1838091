/**
 * Graph layouts kept between builds, by content. The full graph's force layout (src/lib/graph/layout.ts: thousands
 * of nodes, 300 steps) is the build's largest single piece of work, then the focused graphs' (a few hundred shapes,
 * 300 steps each), and a layout depends only on the graph's shape (src/lib/graph/layout-shape.ts) and the layout's
 * code. So each is kept in
 * `node_modules/.cache/atlas-layout/`, under the SHA-256 of the layout's source files, the d3 packages' versions and
 * the shape; an unchanged graph is read back, not simulated again. The answer is the same either way.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutGraph, type Layout, type LayoutOptions } from '../lib/graph/layout.ts';
import { coordsOf, layoutOfShape, layoutShape, type LayoutFn, type LayoutInput } from '../lib/graph/layout-shape.ts';
import { packageVersion } from './basemap-sources.ts';
import { readText } from './read-text.ts';

/** Where the layouts are kept between builds. */
export const LAYOUT_CACHE_DIR = join('node_modules', '.cache', 'atlas-layout');

/** Everything a layout's coordinates depend on besides the graph: the layout's code and the d3 packages it runs. */
export function layoutCodeVersion(): string {
  const sources = ['src/lib/graph/layout.ts', 'src/lib/graph/layout-shape.ts', 'src/lib/graph/random.ts', 'src/lib/graph/round.ts', 'src/lib/compare-text.ts'];
  const packages = ['d3-force', 'd3-quadtree', 'd3-dispatch', 'd3-timer'].map((p) => `${p}@${packageVersion(p)}`);
  return [...packages, ...sources.map(readText)].join('\n');
}

/** What a kept layout's file holds: each place's coordinates in id order, and the extent. */
interface KeptLayout {
  coords: [number, number][];
  extent: Layout['extent'];
}

/**
 * `layoutGraph`, its answers kept in `dir` between builds. `code` is `layoutCodeVersion()`, read once per build.
 * A file that cannot be read back is laid out again and rewritten.
 */
export function cachedLayout(code: string = layoutCodeVersion(), dir: string = LAYOUT_CACHE_DIR, layout: LayoutFn = layoutGraph): LayoutFn {
  return (graph: LayoutInput, options: LayoutOptions = {}): Layout => {
    const shape = layoutShape(graph, options);
    if (!shape) return layout(graph, options);
    const file = join(dir, `${createHash('sha256').update(code).update('\n').update(shape.key).digest('hex')}.json`);
    if (existsSync(file)) {
      try {
        const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptLayout;
        if (kept.coords.length === shape.ids.length) return layoutOfShape(shape.ids, kept.coords, kept.extent);
      } catch {
        // half-written or damaged: lay it out again
      }
    }
    const laid = layout(graph, options);
    const kept: KeptLayout = { coords: coordsOf(laid), extent: laid.extent };
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(kept));
    renameSync(tmp, file);
    return laid;
  };
}
