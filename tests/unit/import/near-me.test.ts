import { describe, expect, it } from 'vitest';
import { readNearMe, softwareOfLayer } from '../../../src/lib/import/near-me.ts';
import { planNearMe } from '../../../src/lib/import/server-file.ts';
import type { CountryLocator } from '../../../src/lib/geo/country.ts';
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
      for (const copied of ['Synthetic description', 'Another synthetic description', "No marker class: uMap's default applies"]) expect(f.text).not.toContain(copied);
      const server = parseServer(f.text);
      expect(server.domain).toBe(f.domain);
      expect(server.unconfirmed).toEqual(['name', 'focus', 'languages', 'area']);
      // Never a detected value: und, with a note for the curator (the detection, where there is one, only as a hint).
      expect(server.languages).toEqual(['und']);
      expect(server.languages_note).toContain('curator must read');
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

describe('near-me: hints for new files (country from the pin; languages left for a curator)', () => {
  // Synthetic features and a synthetic locator: one "country" box around the pins at 50–56°N, 6°W–2°E.
  const map = {
    type: 'FeatureCollection',
    _umap_options: { name: 'Mastodon Near Me' },
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-3.2, 55.95] },
        properties: {
          _umap_options: { iconClass: 'Ball' },
          name: 'https://stadt.example/',
          description: 'Ein kleiner, freundlicher Server für alle Menschen in unserer Stadt und der Umgebung, die gerne miteinander reden.',
        },
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-30, 40] }, properties: { _umap_options: { iconClass: 'Drop' }, name: 'https://sea.example/', description: 'Kurz.' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [1.9, 55.9] }, properties: { name: 'https://coast.example/' } },
    ],
  };
  const read = readNearMe(JSON.stringify(map));
  const locate: CountryLocator = ([lon, lat]) =>
    lat >= 50 && lat <= 56 && lon >= -6 && lon <= 2 ? { alpha2: 'GB', name: 'United Kingdom of Great Britain and Northern Ireland', ...(lon > 1.5 ? { offshoreKm: 3.2 } : {}) } : undefined;
  const plan = planNearMe(read, new Map(), SOURCE, { dir: 'data/servers', locate });
  const file = (d: string) => plan.files.find((f) => f.domain === d)!;
  const server = (d: string) => parseServer(file(d).text);

  it('labels the area with the country containing the pin, and its alpha-2 code', () => {
    expect(server('stadt.example').area).toEqual({ label: 'United Kingdom of Great Britain and Northern Ireland', scale: 'city', iso3166: ['GB'], lat: 55.95, lon: -3.2 });
    expect(file('stadt.example').text).toContain('iso3166: [GB]');
  });

  it('calls a pin in no country an unnamed place, with no code', () => {
    expect(server('sea.example').area).toEqual({ label: 'Unnamed place', scale: 'nation', lat: 40, lon: -30 });
  });

  it('never sets a language from the description: und, with a note asking a curator to read it', () => {
    // The German description names no language a program should pick: the file must still say und.
    expect(server('stadt.example').languages).toEqual(['und']);
    expect(server('stadt.example').languages_note).toContain("a curator must read the directory's description");
    expect(server('stadt.example').languages_note).not.toMatch(/\bde\b|German|deu/);
    expect(server('coast.example').languages_note).toContain('the directory gives no description');
    expect(server('sea.example').languages).toEqual(['und']);
    expect(server('coast.example').languages).toEqual(['und']);
    for (const f of plan.files) expect(parseServer(f.text).unconfirmed).toEqual(['name', 'focus', 'languages', 'area']);
  });

  it('says in the source note how the label, code and language were derived, without copying the description', () => {
    const note = (d: string) => server(d).sources[0]!.note!;
    expect(note('stadt.example')).toContain('area label and ISO code derived from the pin (the country containing it)');
    expect(note('stadt.example')).toContain("the languages are und until a curator reads the directory's description");
    expect(note('sea.example')).toContain('the pin lies in no country\'s shape, so the area is "Unnamed place"');
    expect(note('sea.example')).not.toContain('detect');
    expect(note('coast.example')).toContain('the nearest, 3.2 km away');
    expect(note('coast.example')).toContain('the directory gives no description: languages und');
    for (const f of plan.files) {
      expect(f.text).not.toContain('freundlicher Server');
      expect(f.text).not.toContain('Kurz.');
      expect(parseServer(f.text).sources[0]!.note!.length).toBeLessThanOrEqual(500);
    }
    expect(plan.report.added.map((a) => a.message)).toEqual([
      expect.stringContaining('GB, language und (a description to read)'),
      expect.stringContaining('Unnamed place, language und (a description to read)'),
      expect.stringContaining('GB, language und (no description)'),
    ]);
  });

  it('keeps the old placeholder label when no locator is given', () => {
    const bare = planNearMe(read, new Map(), SOURCE, { dir: 'data/servers' });
    expect(parseServer(bare.files[0]!.text).area).toEqual({ label: 'Not yet named (pin at 55.95, -3.2)', scale: 'city', lat: 55.95, lon: -3.2 });
  });
});
