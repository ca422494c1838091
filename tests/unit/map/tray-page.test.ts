/** How much of the tray the home page lays out at load. Synthetic items. */
import { describe, expect, it } from 'vitest';
import { splitTray, TRAY_IN_PAGE_AT_MOST, trayInPageLimit } from '../../../src/lib/map/tray-page.ts';

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
