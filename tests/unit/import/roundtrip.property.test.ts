import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/lib/import/csv.ts';
import { MASTODON_CSV_HEADER, toMastodonCsv, toMastodonJson } from '../../../src/lib/import/export.ts';
import { importBlockList } from '../../../src/lib/import/pipeline.ts';
import { fixture, LIST, parseServer, sha256 } from './helpers.ts';

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/);
const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('example', 'test', 'social', 'xn--p1ai'))
  .map(([labels, tld]) => [...labels, tld].join('.'))
  .filter((d) => d !== 'bare.example');
const tricky = fc.constantFrom('Spam, scams, and worse', 'They said "hello"', 'first line\nsecond line', 'crlf\r\ninside', '# not a YAML comment', '- not a list', 'key: value', 'yes', '2023-01-01', '*', 'Ünïcödé — ✓ 🐘');
const comment = fc
  .option(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 }), tricky), { nil: undefined })
  .map((c) => (c === undefined || c.trim() === '' || c.trim().toLowerCase() === 'null' ? undefined : c.trim()));
const block: fc.Arbitrary<Block> = fc.record({
  domain,
  severity: fc.constantFrom('silence' as const, 'suspend' as const),
  reject_media: fc.boolean(),
  reject_reports: fc.boolean(),
  comment,
  obfuscate: fc.boolean(),
});
const list = fc.uniqueArray(block, { selector: (b) => b.domain, maxLength: 25 });

/** One generated block-list row. */
type Block = { domain: string; severity: 'silence' | 'suspend'; reject_media: boolean; reject_reports: boolean; comment: string | undefined; obfuscate: boolean };

/** The generated list exported as Mastodon's admin CSV, in canonical order (by domain), written independently of export.ts. */
function exportGenerated(blocks: readonly Block[]): string {
  const sorted = [...blocks].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  return writeCsv([
    [...MASTODON_CSV_HEADER],
    ...sorted.map((b) => [b.domain, b.severity, String(b.reject_media), String(b.reject_reports), b.comment ?? '', String(b.obfuscate)]),
  ]);
}

function importCsv(csv: string, serverText = fixture('server-bare.yaml')) {
  return importBlockList({ format: 'mastodon-csv', text: csv, serverText, file: 'bare.example.yaml', source: 'generated.csv', evidence: LIST, known: [], hash: sha256 });
}

describe('round trip (property-based)', () => {
  it('export → import → export loses nothing, with exact counts, and a second import changes nothing', () => {
    fc.assert(
      fc.property(list, (blocks) => {
        const csv = exportGenerated(blocks);
        const first = importCsv(csv);
        const server = parseServer(first.text);
        expect(server.blocks).toHaveLength(blocks.length);
        expect(first.report.read).toBe(blocks.length);
        expect(first.report.added).toHaveLength(blocks.length);
        expect(first.report.skipped.length + first.report.unreadable.length + first.report.kept.length + first.report.changed.length).toBe(0);
        expect(toMastodonCsv(server.blocks)).toBe(csv);
        const again = importCsv(toMastodonCsv(server.blocks), first.text);
        expect(again.text).toBe(first.text);
        expect(again.report.kept).toHaveLength(blocks.length);
      }),
      { numRuns: 150 },
    );
  });

  it("survives Mastodon's public JSON too: obfuscated targets come back through their digests", () => {
    fc.assert(
      fc.property(list, (blocks) => {
        const server = parseServer(importCsv(exportGenerated(blocks)).text);
        const json = toMastodonJson(server.blocks, sha256);
        const back = importBlockList({
          format: 'mastodon-json',
          text: json,
          serverText: fixture('server-bare.yaml'),
          file: 'bare.example.yaml',
          source: 'generated.json',
          evidence: LIST,
          known: blocks.map((b) => b.domain),
          hash: sha256,
        });
        const again = parseServer(back.text).blocks;
        expect(back.report.added).toHaveLength(blocks.length);
        // The public JSON carries no media/report flags; everything else must survive.
        const strip = (bs: typeof again) => bs.map(({ reject_media: _m, reject_reports: _r, ...rest }) => rest);
        expect(strip(again)).toEqual(strip(server.blocks));
      }),
      { numRuns: 100 },
    );
  });
});
