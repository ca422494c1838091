/**
 * `npx node tools/bench/graph-bench.ts --url http://127.0.0.1:4395 [--path /graph/min-1/ --path /graph/] [--runs 3]
 * [--size 1280x800]`: the full graph's speed (tools/bench/graph-speed.ts) on a site already served, each path loaded
 * `runs` times in a fresh browser context: first frame, first detailed frame, zoom and pan frames per second, each
 * run and the medians. Prints a table and, with `--json FILE`, writes the runs. Measures a served site only:
 * `npx node tools/serve-sites.ts PORT=dist` serves a build.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { launch } from './browser.ts';
import { graphSpeedRun, type GraphSpeedRun } from './graph-speed.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4321' },
    path: { type: 'string', multiple: true, default: ['/graph/min-1/', '/graph/'] },
    runs: { type: 'string', default: '3' },
    size: { type: 'string', default: '1280x800' },
    json: { type: 'string' },
  },
});

const size = /^(\d+)x(\d+)$/.exec(values.size);
if (!size) throw new Error(`--size must be <width>x<height>, got ${JSON.stringify(values.size)}`);
const viewport = { width: Number(size[1]), height: Number(size[2]) };
const origin = values.url.replace(/\/$/, '');
const runs = Number(values.runs);

const cell = (v: number | undefined, unit: string) => (v === undefined ? '–' : `${unit === 'ms' ? Math.round(v) : v.toFixed(1)} ${unit}`);
const row = (label: string, r: GraphSpeedRun) => `| ${label} | ${cell(r.firstFrame, 'ms')} | ${cell(r.firstDetail, 'ms')} | ${cell(r.zoomFps, 'fps')} | ${cell(r.panFps, 'fps')} |`;

const browser = await launch();
const all: Record<string, GraphSpeedRun[]> = {};
try {
  console.log('| path, run | first frame | first detailed frame | zoom | pan |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const path of values.path) {
    const list: GraphSpeedRun[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await graphSpeedRun(browser, origin, path, viewport);
      list.push(r);
      console.log(row(`${path} ${i + 1}`, r));
    }
    all[path] = list;
    const med = (key: 'firstFrame' | 'firstDetail' | 'zoomFps' | 'panFps') => median(list.map((r) => r[key]));
    console.log(row(`**${path} median**`, { firstFrame: med('firstFrame'), firstDetail: med('firstDetail'), zoomFps: med('zoomFps'), panFps: med('panFps') }));
  }
} finally {
  await browser.close();
}
if (values.json) await writeFile(values.json, `${JSON.stringify({ origin, viewport, runs: all }, null, 2)}\n`, 'utf8');
