/** The site's paths, under any base. */
import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/url.ts';
import { domainPath, fullGraphDataPath, fullGraphPath, fullGraphSpansPath, fullGraphTablesPath, languagePath, listPath, nodePath, regionPath, rowsPagePath, serverPath, trayPath } from '../../../src/lib/views/paths.ts';

describe('paths', () => {
  it('one path per kind of page, relative to the base', () => {
    expect(withBase('/atlas/', serverPath('toot.wales'))).toBe('/atlas/servers/toot.wales/');
    expect(withBase('/', domainPath('threads.net'))).toBe('/domains/threads.net/');
    expect(languagePath('pt-BR')).toBe('languages/pt-BR/');
    expect(withBase('/atlas/', trayPath())).toBe('/atlas/tray/');
    // The rows of every server: on list/ when the home page does not hold the list, else on the home page.
    expect(withBase('/atlas/', rowsPagePath(false))).toBe(withBase('/atlas/', listPath()));
    expect(withBase('/atlas/', rowsPagePath(true))).toBe('/atlas/');
    expect(regionPath('GB-WLS')).toBe('regions/GB-WLS/');
    expect(fullGraphPath(3, 3)).toBe('graph/');
    expect(fullGraphPath(5, 3)).toBe('graph/min-5/');
    expect(fullGraphTablesPath(3, 3)).toBe('graph/tables/');
    expect(fullGraphTablesPath(1, 3)).toBe('graph/min-1/tables/');
    expect(fullGraphDataPath(2)).toBe('data/graph/min-2.json');
    expect(fullGraphSpansPath(2)).toBe('data/graph/spans/min-2.json');
  });
  it('a node links to its server page when curated, else to its domain page', () => {
    expect(nodePath({ id: 'toot.wales', kind: 'community' })).toBe('servers/toot.wales/');
    expect(nodePath({ id: 'threads.net', kind: 'domain' })).toBe('domains/threads.net/');
  });
});
