/** Which pages Astro renders and which the build writes after it (src/lib/views/written-pages.ts). */
import { describe, expect, it } from 'vitest';
import { DATA_FILES_BY_ASTRO_AT_MOST, DOMAIN_PAGES_BY_ASTRO_AT_MOST, domainPagesByAstroLimit, SERVER_PAGES_BY_ASTRO_AT_MOST, serverPagesByAstroLimit, splitPages } from '../../../src/lib/views/written-pages.ts';

const servers = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(5, '0')}.example`);

describe('splitPages, for server pages', () => {
  it('leaves every page to Astro up to the limit', () => {
    expect(splitPages(servers(SERVER_PAGES_BY_ASTRO_AT_MOST), SERVER_PAGES_BY_ASTRO_AT_MOST)).toEqual({ byAstro: servers(SERVER_PAGES_BY_ASTRO_AT_MOST), afterBuild: [] });
    expect(splitPages(servers(3), 3)).toEqual({ byAstro: servers(3), afterBuild: [] });
  });

  it('beyond it, Astro renders the first page (the template) and every other one is written after, in order, none twice', () => {
    const all = servers(SERVER_PAGES_BY_ASTRO_AT_MOST + 1);
    const split = splitPages(all, SERVER_PAGES_BY_ASTRO_AT_MOST);
    expect(split.byAstro).toEqual([all[0]]);
    expect([...split.byAstro, ...split.afterBuild]).toEqual(all);
    expect(splitPages(servers(4), 0)).toEqual({ byAstro: servers(1), afterBuild: servers(4).slice(1) });
  });

  it('keeps a lone server with Astro whatever the limit, and an empty atlas empty', () => {
    expect(splitPages(servers(1), 0)).toEqual({ byAstro: servers(1), afterBuild: [] });
    expect(splitPages([], 0)).toEqual({ byAstro: [], afterBuild: [] });
  });
});

describe('serverPagesByAstroLimit', () => {
  it('reads a whole number, and the default for anything else', () => {
    expect(serverPagesByAstroLimit('0')).toBe(0);
    expect(serverPagesByAstroLimit(' 12 ')).toBe(12);
    for (const v of [undefined, '', '-1', '1.5', '1e3', 'many']) expect(serverPagesByAstroLimit(v)).toBe(SERVER_PAGES_BY_ASTRO_AT_MOST);
  });
});

describe('splitPages, for data files', () => {
  it('leaves the first file to Astro at any size and every other one to the build, in order', () => {
    expect(splitPages(servers(3), DATA_FILES_BY_ASTRO_AT_MOST)).toEqual({ byAstro: servers(1), afterBuild: servers(3).slice(1) });
    expect(splitPages(servers(1), DATA_FILES_BY_ASTRO_AT_MOST)).toEqual({ byAstro: servers(1), afterBuild: [] });
    expect(splitPages([], DATA_FILES_BY_ASTRO_AT_MOST)).toEqual({ byAstro: [], afterBuild: [] });
  });
});

describe('splitPages, for domain pages', () => {
  it('leaves every domain page to Astro up to its own limit, and beyond it only the first', () => {
    const domains = servers(DOMAIN_PAGES_BY_ASTRO_AT_MOST + 1);
    expect(splitPages(domains.slice(0, -1), DOMAIN_PAGES_BY_ASTRO_AT_MOST)).toEqual({ byAstro: domains.slice(0, -1), afterBuild: [] });
    expect(splitPages(domains, DOMAIN_PAGES_BY_ASTRO_AT_MOST)).toEqual({ byAstro: domains.slice(0, 1), afterBuild: domains.slice(1) });
    expect(splitPages(servers(3), 0)).toEqual({ byAstro: servers(1), afterBuild: servers(3).slice(1) });
  });
});

describe('domainPagesByAstroLimit', () => {
  it('reads a whole number, and its own default for anything else', () => {
    expect(domainPagesByAstroLimit('0')).toBe(0);
    for (const v of [undefined, '', '-1', 'x']) expect(domainPagesByAstroLimit(v)).toBe(DOMAIN_PAGES_BY_ASTRO_AT_MOST);
  });
});
