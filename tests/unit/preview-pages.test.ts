/** Which pages a change to the data touches, and how the validator lists their local addresses. */
import { describe, expect, it } from 'vitest';
import { actedOnDomains, previewLines, touchedPages } from '../../src/lib/preview-pages.ts';
import { parseYamlFile } from '../../src/lib/yaml/parse.ts';

// Synthetic server files (reserved .example names), only the fields that matter here.
const F = 'data/servers/one.example.yaml';
const BEFORE = `domain: one.example
blocks:
  - domain: alpha.example
    severity: suspend
    since: 2024-01-01
  - domain: beta.example
    severity: silence
    since: 2024-02-01
`;

const acted = (...texts: string[]) => actedOnDomains(texts.map((t, i) => parseYamlFile(`f${i}.yaml`, t).value));

describe('touchedPages', () => {
  it('a new server file touches its own page and the page of each domain it acts on', () => {
    expect(touchedPages([{ file: F, after: BEFORE }], acted(BEFORE))).toEqual({ servers: ['one.example'], domains: ['alpha.example', 'beta.example'] });
  });
  it('a changed decision touches that domain only; an untouched decision does not', () => {
    const after = BEFORE.replace('severity: silence', 'severity: suspend');
    expect(touchedPages([{ file: F, before: BEFORE, after }], acted(after))).toEqual({ servers: ['one.example'], domains: ['beta.example'] });
  });
  it('a removed decision touches its domain while another community still acts on it, and not once no one does', () => {
    const after = BEFORE.split('  - domain: beta.example')[0]!;
    const other = 'domain: two.example\nblocks:\n  - domain: beta.example\n    severity: suspend\n    since: 2020\n';
    expect(touchedPages([{ file: F, before: BEFORE, after }], acted(after, other)).domains).toEqual(['beta.example']);
    expect(touchedPages([{ file: F, before: BEFORE, after }], acted(after)).domains).toEqual([]);
  });
  it('a deleted server has no page left; its decisions\' domains still acted on elsewhere are listed', () => {
    const other = 'domain: two.example\nblocks:\n  - domain: alpha.example\n    severity: suspend\n    since: 2020\n';
    expect(touchedPages([{ file: F, before: BEFORE }], acted(other))).toEqual({ servers: [], domains: ['alpha.example'] });
  });
  it('a change to the server\'s own facts touches its page only', () => {
    const after = `${BEFORE}name: One\n`;
    expect(touchedPages([{ file: F, before: BEFORE, after }], acted(after))).toEqual({ servers: ['one.example'], domains: [] });
  });
});

describe('previewLines', () => {
  it('gives the local address of each page, servers first, under the base path', () => {
    expect(previewLines({ servers: ['one.example'], domains: ['alpha.example'] }, 'http://127.0.0.1:4321', '/atlas/')).toEqual([
      'Preview (npm run dev): this change touches 2 pages:',
      '  http://127.0.0.1:4321/atlas/servers/one.example/',
      '  http://127.0.0.1:4321/atlas/domains/alpha.example/',
    ]);
  });
  it('keeps the list short: at most `max` addresses, then how many more', () => {
    const domains = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}.example`);
    const lines = previewLines({ servers: ['one.example'], domains }, 'http://127.0.0.1:4321', '/', 3);
    expect(lines).toEqual([
      'Preview (npm run dev): this change touches 31 pages:',
      '  http://127.0.0.1:4321/servers/one.example/',
      '  http://127.0.0.1:4321/domains/d00.example/',
      '  http://127.0.0.1:4321/domains/d01.example/',
      '  … and 28 more pages',
    ]);
  });
  it('says nothing when nothing is touched', () => {
    expect(previewLines({ servers: [], domains: [] }, 'http://127.0.0.1:4321')).toEqual([]);
  });
});
