/** Layouts kept between builds: read back the same as computed, under the graph's own ids, and rewritten when damaged. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutGraph } from '../../../src/lib/graph/layout.ts';
import type { LayoutInput } from '../../../src/lib/graph/layout-shape.ts';
import { cachedLayout } from '../../../src/node/layout-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'atlas-layout-'));
  dirs.push(d);
  return d;
}

const graph: LayoutInput = {
  nodes: [{ id: 'hub.example', size: 9 }, { id: 'a.example', size: 6 }, { id: 'b.example', size: 6 }, { id: 'c.example' }],
  edges: [
    { source: 'a.example', target: 'hub.example' },
    { source: 'b.example', target: 'hub.example' },
    { source: 'c.example', target: 'a.example' },
  ],
};

describe('cachedLayout', () => {
  it('computes once, then reads back exactly layoutGraph’s answer, in a later build too', () => {
    const dir = tempDir();
    let runs = 0;
    const counting = (g: LayoutInput) => {
      runs++;
      return layoutGraph(g);
    };
    expect(cachedLayout('code 1', dir, counting)(graph)).toEqual(layoutGraph(graph));
    expect(cachedLayout('code 1', dir, counting)(graph)).toEqual(layoutGraph(graph));
    expect(runs).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
  });
  it('lays out again when the layout’s code changes', () => {
    const dir = tempDir();
    cachedLayout('code 1', dir)(graph);
    cachedLayout('code 2', dir)(graph);
    expect(readdirSync(dir)).toHaveLength(2);
  });
  it('lays out again over a damaged file', () => {
    const dir = tempDir();
    cachedLayout('code 1', dir)(graph);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{"coo');
    expect(cachedLayout('code 1', dir)(graph)).toEqual(layoutGraph(graph));
  });
});
