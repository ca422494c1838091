import { describe, expect, it } from 'vitest';
import { readNearMe, softwareOfLayer } from '../../../src/lib/import/near-me.ts';
import { planNearMe } from '../../../src/lib/import/server-file.ts';
import { fixture, parseServer } from './helpers.ts';
import { parse } from 'yaml';

const SOURCE = { url: 'https://umap.example.org/en/map/synthetic-near-me_1', retrieved: '2026-02-01', name: 'Synthetic Near Me (ODbL)' };

describe('near-me: GeoJSON', () => {
  const read = readNearMe(fixture('near-me.geojson'), { software: 'mastodon' });
  const get = (d: string) => read.servers.find((s) => s.domain === d);

  it('reads domain, [lon, lat] and the marker class as the map legend means it', () => {
    expect(get('town.example')).toMatchObject({ lat: 55.9, lon: -3.1, iconClass: 'Ball', iconFrom: 'feature', scale: 'city', software: 'mastodon' });
    expect(get('region.example')).toMatchObject({ iconClass: 'Default', scale: 'region' });
    expect(get('country.example')).toMatchObject({ iconClass: 'Drop', scale: 'nation' });
  });

  it("gives a feature without a marker class uMap's default marker (the square: region)", () => {
    expect(get('nomarker.example')).toMatchObject({ iconClass: 'Default', iconFrom: 'uMap default', scale: 'region' });
  });

  it('skips duplicates and reports features it cannot read', () => {
    expect(read.skipped).toEqual([{ at: 'layer "GeoJSON", feature 6', target: 'town.example', message: 'duplicate of layer "GeoJSON", feature 1' }]);
    expect(read.unreadable.map((u) => u.at)).toEqual(['layer "GeoJSON", feature 7', 'layer "GeoJSON", feature 8']);
    expect(read.read).toBe(8);
  });

  it('needs the software of a plain GeoJSON layer', () => {
    const bare = readNearMe(fixture('near-me.geojson'));
    expect(bare.servers).toEqual([]);
    expect(bare.skipped.some((s) => s.message.includes('--software'))).toBe(true);
  });

  it('creates valid files only for servers not yet in the dataset, never copying the description', () => {
    const existing = new Map<string, unknown>([['social.example', parse(fixture('server-curated.yaml'))]]);
    const plan = planNearMe(read, existing, SOURCE, { dir: 'data/servers' });
    expect(plan.files.map((f) => f.domain)).toEqual(['town.example', 'region.example', 'country.example', 'nomarker.example']);
    expect(plan.report.kept).toEqual([expect.objectContaining({ target: 'social.example', message: expect.stringContaining('differs') })]);
    for (const f of plan.files) {
      expect(f.text.startsWith('# yaml-language-server: $schema=../../public/schema/server.schema.json\n')).toBe(true);
      expect(f.text).not.toContain('description');
      expect(f.text).not.toContain('Synthetic description');
      const server = parseServer(f.text);
      expect(server.domain).toBe(f.domain);
      expect(server.unconfirmed).toEqual(['name', 'focus', 'languages', 'area']);
      expect(server.languages).toEqual(['und']);
      expect(server.blocklist.status).toBe('unknown');
      expect(server.sources[0]).toMatchObject({ url: SOURCE.url, kind: 'directory' });
    }
    const town = parseServer(plan.files[0]!.text);
    expect(town.area).toEqual({ label: 'Not yet named (pin at 55.9, -3.1)', scale: 'city', lat: 55.9, lon: -3.1 });
    expect(town.links.home).toBe('https://town.example');
  });

  it('imports one server with --server', () => {
    const plan = planNearMe(read, new Map(), SOURCE, { dir: 'data/servers', only: 'country.example' });
    expect(plan.files.map((f) => f.domain)).toEqual(['country.example']);
  });
});

describe('near-me: uMap backup', () => {
  const read = readNearMe(fixture('near-me.umap'));
  const get = (d: string) => read.servers.find((s) => s.domain === d);

  it('takes software from the layer name and the map address from uri', () => {
    expect(read.uri).toBe('https://umap.example.org/en/map/synthetic-near-me_1');
    expect([get('pixels.example')?.software, get('threads.example')?.software, get('ruhr.example')?.software, get('events.example')?.software, get('books.example')?.software]).toEqual([
      'pixelfed',
      'lemmy',
      'mastodon',
      'mobilizon',
      'bookwyrm',
    ]);
    expect(softwareOfLayer('People Near Me')).toBeUndefined();
  });

  it("inherits a missing marker class from the layer, then uMap's default", () => {
    expect(get('pixels.example')).toMatchObject({ iconClass: 'Drop', iconFrom: 'layer', scale: 'nation' });
    expect(get('pixcity.example')).toMatchObject({ iconClass: 'Ball', iconFrom: 'feature', scale: 'city' });
    expect(get('ruhr.example')).toMatchObject({ iconClass: 'Default', iconFrom: 'uMap default', scale: 'region' });
    expect(get('books.example')).toMatchObject({ iconFrom: 'layer', scale: 'nation' });
  });

  it('records an unknown marker class as city, with a note to check', () => {
    expect(get('dot.example')).toMatchObject({ iconClass: 'Circle', scale: 'city' });
    expect(read.notes).toEqual([expect.objectContaining({ target: 'dot.example', message: expect.stringContaining('"Circle"') })]);
  });

  it('creates a valid file for every server', () => {
    const plan = planNearMe(read, new Map(), { ...SOURCE, url: read.uri! }, { dir: 'data/servers' });
    expect(plan.files).toHaveLength(7);
    for (const f of plan.files) parseServer(f.text);
    expect(parseServer(plan.files.find((f) => f.domain === 'pixels.example')!.text).software).toBe('pixelfed');
  });
});
