/** Reading where a build's time went from its log (a synthetic log in Astro's format). */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../../tools/bench/build-log.ts';

const log = [
  '14:04:03 [build] Rearranging server assets...',
  '',
  ' generating static routes ',
  '14:04:03 ▶ src/pages/data/reach/[domain].json.ts',
  '14:04:11   ├─ /data/reach/a.example.json (+81ms) ',
  '14:04:11   └─ /data/reach/b.example.json (+19ms) ',
  '14:04:12   ├─ /domains/a.example/index.html (+1.50s) ',
  '14:04:12   ├─ /domains/b.example/index.html (+500ms) ',
  '14:04:13   ├─ /index.html (+25ms) ',
  '14:04:13   ├─ /data/domains.json (+3ms) ',
  '14:04:13 ✓ Completed in 10s.',
].join('\n');

describe('parseBuildLog', () => {
  it('sums the time by kind of page, most first, and the wait before the first page', () => {
    const profile = parseBuildLog(log);
    expect(profile.routes.map((r) => [r.route, r.pages, Number(r.seconds.toFixed(3))])).toEqual([
      ['/domains', 2, 2],
      ['/data/reach', 2, 0.1],
      ['/index', 1, 0.025],
      ['/data', 1, 0.003],
    ]);
    expect(profile.beforeFirstPage).toBe(8);
  });
  it('an empty log says nothing', () => {
    expect(parseBuildLog('')).toEqual({ routes: [] });
  });
});
