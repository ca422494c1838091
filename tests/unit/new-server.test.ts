/** `npm run new`'s logic: which domains it refuses, and that the file it writes cannot pass until it is filled in. */
import punycode from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostic.ts';
import { newServerFile, serverTemplate } from '../../src/lib/new-server.ts';
import { FOCUSES, SCALES, SOFTWARE } from '../../src/lib/schema/values.ts';
import { validate } from '../../src/lib/validate.ts';

const TODAY = '2026-11-26';
// Synthetic curated domains (reserved .example names), standing for the files in data/servers.
const CURATED = ['toot.example', 'mastodon.example'];

function refusal(domain: string): string {
  const r = newServerFile(domain, { today: TODAY, curated: CURATED });
  if (r.ok) throw new Error(`expected ${domain} to be refused`);
  return r.reason;
}

describe('newServerFile', () => {
  it('writes data/servers/<domain>.yaml with the editor\'s schema line, the domain and today as the read date', () => {
    const r = newServerFile('new-place.example', { today: TODAY, curated: CURATED });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toBe('data/servers/new-place.example.yaml');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../../public/schema/server.schema.json');
    expect(lines).toContain('domain: new-place.example     # REQUIRED. The file is named after it.');
    expect(r.text).toMatch(/^ {4}retrieved: 2026-11-26 /m);
    expect(r.note).toBeUndefined();
  });
  it('reads a pasted address as its domain, and says so', () => {
    const r = newServerFile('https://New-Place.example/about', { today: TODAY, curated: CURATED });
    expect(r.ok && r.domain).toBe('new-place.example');
    expect(r.ok && r.note).toBe('read "https://New-Place.example/about" as new-place.example');
  });
  it('refuses a domain that already has a file, naming it', () => {
    expect(refusal('toot.example')).toBe('toot.example already has a file: edit data/servers/toot.example.yaml');
  });
  it('refuses what is not a server\'s domain', () => {
    expect(refusal('localhost')).toContain('is not a server\'s domain: it has no dot');
    expect(refusal('203.0.113.7')).toContain('is an IP address');
    expect(refusal('two words.example')).toContain('contains white space');
  });
  it('refuses a look-alike of a curated domain (digits for letters, rn for m, an accent), as the validator would', () => {
    expect(refusal('t00t.example')).toBe('"t00t.example" looks like the curated server "toot.example": is it the same server misspelt, or an impostor? Edit data/servers/toot.example.yaml if it is the same');
    expect(refusal('rnastodon.example')).toContain('looks like the curated server "mastodon.example"');
    expect(refusal(punycode.toASCII('tóot.example'))).toContain('looks like the curated server "toot.example"');
  });
  it('refuses a domain mixing scripts (a Cyrillic о in a Latin name)', () => {
    expect(refusal(punycode.toASCII('t\u043eot.example'))).toContain('mixes scripts');
  });
});

describe('the new file', () => {
  const text = serverTemplate('new-place.example', TODAY);
  const file = 'data/servers/new-place.example.yaml';
  const out = validate([{ file, text }], { today: TODAY }).map(formatDiagnostic);
  const lines = text.split('\n');

  it('fails validation, every message a placeholder naming a line that holds TODO or https://...', () => {
    expect(out.length).toBeGreaterThanOrEqual(10);
    for (const message of out) {
      const m = /^data\/servers\/new-place\.example\.yaml:(\d+):(\d+) error placeholder: /.exec(message);
      expect(m, message).not.toBeNull();
      expect(lines[Number(m![1]) - 1], message).toMatch(/TODO|https:\/\/\.\.\./);
    }
  });
  it('names each required fact still to fill in', () => {
    const fields = out.map((l) => l.split(' error placeholder: ')[1]!.split(' ')[0]);
    for (const f of ['name', 'focus[0]', 'languages[0]', 'software', 'sources[0].url', 'sources[0].covers[0]']) expect(fields).toContain(f);
  });
  it('passes once each placeholder is filled in (and the unknown optional lines deleted)', () => {
    const filled = text
      .replace('name: TODO', 'name: New place')
      .replace('focus: [TODO]', 'focus: [place]')
      .replace('languages: [TODO]', 'languages: [cy]')
      .replace('label: TODO', 'label: Wales')
      .replace('scale: TODO', 'scale: nation')
      .replace(/^ {2}iso3166: \[TODO\].*\n/m, '')
      .replace('lat: TODO', 'lat: 52.3')
      .replace('lon: TODO', 'lon: -3.5')
      .replace('software: TODO', 'software: mastodon')
      .replace('  - url: https://...', '  - url: https://new-place.example/about')
      .replace('covers: [TODO]', 'covers: [name, focus, languages, area, software]');
    expect(validate([{ file, text: filled }], { today: TODAY }).map(formatDiagnostic)).toEqual([]);
  });
  it('lists every allowed software, focus and scale in its comments', () => {
    const words = new Set(lines.flatMap((l) => (l.split('#')[1] ?? '').split(/[\s|:,.]+/)));
    for (const v of [...SOFTWARE, ...FOCUSES, ...SCALES]) expect(words.has(v), v).toBe(true);
  });
});
