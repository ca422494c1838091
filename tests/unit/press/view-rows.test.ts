/** The rows a view downloads from its data-export attributes: column names and codes are a data format. */
import { describe, expect, it } from 'vitest';
import { matrixExportColumns, SERVER_EXPORT_COLUMNS, serverExportRow } from '../../../src/lib/press/view-rows.ts';

describe('serverExportRow', () => {
  it('gives the map list\'s columns, languages space-separated, the area in words and the list status as its code', () => {
    const row = serverExportRow({ domain: 'a.example', name: 'A', languages: ['cy', 'en'], area: { label: 'Wales', scale: 'nation', iso3166: ['GB-WLS'], lat: 52, lon: -3 }, software: 'mastodon', blocklist: { status: 'partial' } });
    expect(row).toEqual({ domain: 'a.example', name: 'A', languages: 'cy en', area: 'Wales', software: 'mastodon', list: 'partial' });
    for (const key of Object.keys(row)) expect(SERVER_EXPORT_COLUMNS).toContain(key);
  });
});

describe('matrixExportColumns', () => {
  it('puts the community and its list status before one column per domain, in order', () => {
    expect(matrixExportColumns(['threads.net', 'b.example'])).toEqual(['community', 'list', 'threads.net', 'b.example']);
  });
});
