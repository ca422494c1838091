/** How much of the tray the home page holds, and reading the tray from its own page. Synthetic items. */
import { describe, expect, it } from 'vitest';
import { rowLinkHere, splitTray, TRAY_IN_PAGE_AT_MOST, trayInPageLimit, trayOnOwnPage, trayRegion } from '../../../src/lib/map/tray-page.ts';

describe('splitTray', () => {
  it('lays out the first items and holds the rest, in order, losing none', () => {
    const items = Array.from({ length: TRAY_IN_PAGE_AT_MOST + 3 }, (_, i) => `s${i}`);
    const { first, held } = splitTray(items);
    expect(first).toEqual(items.slice(0, TRAY_IN_PAGE_AT_MOST));
    expect(held).toEqual(['s150', 's151', 's152']);
    expect(splitTray(['a', 'b'])).toEqual({ first: ['a', 'b'], held: [] });
    expect(splitTray(['a', 'b', 'c'], 1)).toEqual({ first: ['a'], held: ['b', 'c'] });
    expect(splitTray(['a'], 0)).toEqual({ first: [], held: ['a'] });
  });
  it('takes a limit from the build\'s environment only when it is a whole number', () => {
    expect(trayInPageLimit(undefined)).toBe(TRAY_IN_PAGE_AT_MOST);
    expect(trayInPageLimit(' 1 ')).toBe(1);
    expect(trayInPageLimit('0')).toBe(0);
    for (const odd of ['', '-1', '2.5', 'ten', '1e3']) expect(trayInPageLimit(odd)).toBe(TRAY_IN_PAGE_AT_MOST);
  });
});

describe('trayOnOwnPage', () => {
  it('puts the tray on a page of its own exactly when the home page holds only some of it', () => {
    expect(trayOnOwnPage(TRAY_IN_PAGE_AT_MOST)).toBe(false);
    expect(trayOnOwnPage(TRAY_IN_PAGE_AT_MOST + 1)).toBe(true);
    expect(trayOnOwnPage(2, 1)).toBe(true);
    expect(trayOnOwnPage(0, 0)).toBe(false);
    // The same split as the home page's: held items exist exactly when the page is built.
    for (const [n, atMost] of [[0, 0], [1, 0], [3, 3], [4, 3], [200, 150]] as const) {
      expect(trayOnOwnPage(n, atMost)).toBe(splitTray(Array.from({ length: n }), atMost).held.length > 0);
    }
  });
});

describe('trayRegion', () => {
  const item = (d: string) => `<li class="tray-item" data-domain="${d}"><span class="tray-text"><a href="/list/#server-${d}">${d}</a></span></li>`;
  it('cuts the tray list out of its page, from its <ul> to its end', () => {
    const list = `<ul class="tray" aria-labelledby="tray-page-heading">${item('a.example')}${item('b.example')}</ul>`;
    const html = `<!DOCTYPE html><html><body><header><nav><ul class="menu"><li>x</li></ul></nav></header><main><h1 id="tray-page-heading">T</h1>${list}<footer><ul><li>f</li></ul></footer></main></body></html>`;
    expect(trayRegion(html)).toBe(list);
  });
  it('finds nothing in a page without the tray, or with a list cut short', () => {
    expect(trayRegion('<html><body><ul class="menu"><li>x</li></ul></body></html>')).toBeUndefined();
    expect(trayRegion(`<ul class="tray">${item('a.example')}`)).toBeUndefined();
    expect(trayRegion('')).toBeUndefined();
  });
});

describe('rowLinkHere', () => {
  it('points a link to a row of the list elsewhere at that row in this page', () => {
    expect(rowLinkHere('/list/#server-toot.wales', '/list/')).toBe('#server-toot.wales');
    expect(rowLinkHere('/atlas/list/#server-toot.wales', '/atlas/list/')).toBe('#server-toot.wales');
    // The list on the home page: the tray's own page links there.
    expect(rowLinkHere('/#server-toot.wales', '/')).toBe('#server-toot.wales');
    expect(rowLinkHere('/cy/#server-toot.wales', '/cy/')).toBe('#server-toot.wales');
  });
  it('leaves every other link as it is', () => {
    expect(rowLinkHere('#server-toot.wales', '/list/')).toBe('#server-toot.wales');
    expect(rowLinkHere('/list/', '/list/')).toBe('/list/');
    expect(rowLinkHere('/listing/#server-x', '/list/')).toBe('/listing/#server-x');
    expect(rowLinkHere('/cy/#server-x', '/')).toBe('/cy/#server-x');
    expect(rowLinkHere('https://toot.wales/#x', '/')).toBe('https://toot.wales/#x');
  });
});
