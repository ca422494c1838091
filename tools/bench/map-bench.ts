/**
 * `npx node tools/bench/map-bench.ts --url http://127.0.0.1:4424 --first t000000.target.fixture --second
 * t000001.target.fixture [--runs 3] [--size 1280x800] [--profile FILE [--profile-recolour]]`: the map page's timings as the bench takes
 * them (tools/bench/browser.ts `mapRun`: first markers, coloured by `?domain=first`, basemap drawn, recolour for
 * `second` through the picker), each run in a fresh browser context, with the medians. With `--profile`, one more
 * run under the Chrome DevTools Protocol's CPU profiler: the profile is written to FILE (open it in DevTools) and
 * the functions that took the most time (self time, and total time by script URL) are printed; with
 * `--profile-recolour`, only the recolour is profiled. Measures a served
 * site only: `npx node tools/serve-sites.ts PORT=dist` serves a build.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { addMapObserver, launch, mapRun, type MapRun } from './browser.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4321' },
    first: { type: 'string', default: 't000000.target.fixture' },
    second: { type: 'string', default: 't000001.target.fixture' },
    runs: { type: 'string', default: '3' },
    size: { type: 'string', default: '1280x800' },
    profile: { type: 'string' },
    'profile-recolour': { type: 'boolean', default: false },
  },
});

const size = /^(\d+)x(\d+)$/.exec(values.size);
if (!size) throw new Error(`--size must be <width>x<height>, got ${JSON.stringify(values.size)}`);
const viewport = { width: Number(size[1]), height: Number(size[2]) };
const origin = values.url.replace(/\/$/, '');
const runs = Number(values.runs);

const cell = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);
const row = (label: string, r: MapRun) => `| ${label} | ${cell(r.firstMarkers)} | ${cell(r.reachColoured)} | ${cell(r.basemapReady)} | ${cell(r.recolour)} |`;

/** A CPU profile node, as the profiler gives it. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and total self time by script, in milliseconds, the largest first. */
function summarise(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fn = new Map<string, number>();
  const script = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const file = f.url.replace(/^https?:\/\/[^/]+/, '') || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    script.set(file, (script.get(file) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `Self time by function:\n${top(fn, 30)}\nSelf time by script:\n${top(script, 12)}`;
}

const browser = await launch();
try {
  console.log(`| run (${values.size}) | first markers | coloured by ?domain= | basemap | recolour |`);
  console.log('| --- | --- | --- | --- | --- |');
  const list: MapRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport });
    await addMapObserver(context);
    const r = await mapRun(await context.newPage(), origin, values.first, values.second);
    await context.close();
    list.push(r);
    console.log(row(String(i + 1), r));
  }
  const med = (key: keyof MapRun) => median(list.map((r) => r[key]));
  console.log(row('**median**', { firstMarkers: med('firstMarkers'), reachColoured: med('reachColoured'), basemapReady: med('basemapReady'), recolour: med('recolour') }));
  if (values.profile) {
    const context = await browser.newContext({ viewport });
    await addMapObserver(context);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (!values['profile-recolour']) await cdp.send('Profiler.start');
    const r = await mapRun(tab, origin, values.first, values.second, values['profile-recolour'] ? () => cdp.send('Profiler.start').then(() => undefined) : undefined);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await context.close();
    console.log(row('profiled', r));
    await writeFile(values.profile, JSON.stringify(profile), 'utf8');
    console.log(summarise(profile));
  }
} finally {
  await browser.close();
}
