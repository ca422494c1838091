/** Where the home page's list is written, and its markup read back from the page of its own. Synthetic markup. */
import { describe, expect, it } from 'vitest';
import { LIST_IN_PAGE_AT_MOST, listInPage, listInPageLimit, listRegion } from '../../../src/lib/map/list-page.ts';

describe('listInPage', () => {
  it('holds the list in the home page up to the limit, and sends it to a page of its own beyond', () => {
    expect(listInPage(267)).toBe(true);
    expect(listInPage(LIST_IN_PAGE_AT_MOST)).toBe(true);
    expect(listInPage(LIST_IN_PAGE_AT_MOST + 1)).toBe(false);
    expect(listInPage(30_000)).toBe(false);
    expect(listInPage(5, 0)).toBe(false);
  });
  it('takes a limit from the build\'s environment only when it is a whole number', () => {
    expect(listInPageLimit(undefined)).toBe(LIST_IN_PAGE_AT_MOST);
    expect(listInPageLimit('0')).toBe(0);
    expect(listInPageLimit(' 12 ')).toBe(12);
    for (const bad of ['', 'many', '-1', '1.5', '1e3']) expect(listInPageLimit(bad)).toBe(LIST_IN_PAGE_AT_MOST);
  });
});

describe('listRegion', () => {
  const region = '<div class="table-scroll" role="region" tabindex="0"><table id="servers"><tbody><tr data-domain="a.example"><td>a</td></tr></tbody></table></div>';
  it('cuts the list\'s scrolling region out of its page, leaving the page\'s other markup', () => {
    const page = `<!DOCTYPE html><html><body><header><div class="nav">x</div></header><main><h1>Every server</h1>${region}<p class="legend-title">Key</p><div>after</div></main></body></html>`;
    expect(listRegion(page)).toBe(region);
  });
  it('finds nothing in a page without the list, or with its markup cut short', () => {
    expect(listRegion('<!DOCTYPE html><p>Not found</p>')).toBeUndefined();
    expect(listRegion(region.slice(0, region.indexOf('</table>')))).toBeUndefined();
    expect(listRegion(region.slice(0, region.length - '</div>'.length))).toBeUndefined();
  });
});
