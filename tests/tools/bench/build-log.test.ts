/** Reading where a build's time went from its log (a synthetic log in Astro's format). */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../../tools/bench/build-log.ts';

const log = [
  '14:04:03 [build] Rearranging server assets...',
  '',
  ' generating static routes ',
  '14:04:03 ▶ src/pages/data/reach/[domain].json.ts',
  '14:04:11   ├─ /data/reach/a.example.json (+81ms) ',
  '14:04:11   └─ /data/reach/b.example.json (+2.19s) ',
  '14:04:13   ├─ /domains/a.example/index.html (+1.50s) ',
  '14:04:13   ├─ /cy/domains/a.example/index.html (+1.49s) ',
  '14:04:16   ├─ /domains/b.example/index.html (+4.50s) ',
  '14:04:20   ├─ /index.html (+25ms) ',
  '14:04:20   ├─ /data/domains.json (+3ms) ',
  '14:04:21 ✓ Completed in 18s.',
].join('\n');

describe('parseBuildLog', () => {
  it('gives each kind of page the wall-clock time from its lines to the next, most first, and the wait before the first page', () => {
    const profile = parseBuildLog(log);
    // /data/reach: 11 → 11, 11 → 13; /cy: 13 → 16; /domains: 13 → 13, 16 → 20; /index: 20 → 20; /data: 20 → 21.
    // The (+…) figures overlap when pages are rendered side by side, so they are not summed.
    expect(profile.routes.map((r) => [r.route, r.pages, r.seconds])).toEqual([
      ['/domains', 2, 4],
      ['/cy', 1, 3],
      ['/data/reach', 2, 2],
      ['/data', 1, 1],
      ['/index', 1, 0],
    ]);
    expect(profile.routes.reduce((sum, r) => sum + r.seconds, 0)).toBe(21 - 11);
    expect(profile.beforeFirstPage).toBe(8);
  });
  it('counts a page in another language with its kind when told the language, and only then', () => {
    const both = parseBuildLog(log, ['cy']).routes.find((r) => r.route === '/domains');
    expect([both?.pages, both?.seconds]).toEqual([3, 7]);
    // "og" is a folder, not a language: /og/… pages stay "/og".
    expect(parseBuildLog('10:00:00   ├─ /og/servers/a.png (+3ms) \n10:00:02 ✓ Completed', ['cy']).routes).toEqual([{ route: '/og', pages: 1, seconds: 2 }]);
  });
  it('counts the pages written after the build as their own kind, with the time their line gives', () => {
    const text = `${log}\n14:05:02 [pages-after-build] reach shards: 498 written after the build in 0.4 s\n14:05:02 [pages-after-build] server pages: 59998 written after the build in 41.7 s\n14:05:02 [build] Complete!`;
    const profile = parseBuildLog(text, ['cy']);
    expect(profile.routes[0]).toEqual({ route: 'server pages, written after the build', pages: 59998, seconds: 41.7 });
    expect(profile.routes.find((r) => r.route.startsWith('reach shards'))).toEqual({ route: 'reach shards, written after the build', pages: 498, seconds: 0.4 });
    // The last page's time runs to the next stamped line, as before; the written pages' line takes none of it twice.
    expect(profile.routes.find((r) => r.route === '/data')?.seconds).toBe(1);
  });
  it('an empty log says nothing', () => {
    expect(parseBuildLog('')).toEqual({ routes: [] });
  });
});
