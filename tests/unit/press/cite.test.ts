import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText, resolveVersion, UNKNOWN_VERSION } from '../../../src/lib/press/cite.ts';

describe('resolveVersion', () => {
  it('prefers the override, then the git commit (12 digits), else unknown', () => {
    expect(resolveVersion(' v2026.11 ', 'a'.repeat(40))).toBe('v2026.11');
    expect(resolveVersion(undefined, '0123456789ABCDEF0123456789abcdef01234567\n')).toBe('0123456789ab');
    expect(resolveVersion('', undefined)).toBe(UNKNOWN_VERSION);
    expect(resolveVersion(undefined, 'fatal: not a git repository')).toBe(UNKNOWN_VERSION);
  });
});

describe('citations', () => {
  const input = { version: '0123456789ab', day: '2026-11-26', url: 'https://atlas.example/data/' };
  it('name the version, the date, the licence and Fediverse Near Me', () => {
    const text = citationText(input);
    for (const part of ['version 0123456789ab', 'data as of 2026-11-26', 'ODbL', 'Fediverse Near Me', input.url, '(2026)']) expect(text).toContain(part);
  });
  it('BibTeX stays well formed', () => {
    const bib = citationBibtex({ ...input, version: 'x}y{' });
    expect(bib).toMatch(/^@misc\{federation_atlas_20261126,\n/);
    expect(bib).toContain('version = {xy}');
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });
});
