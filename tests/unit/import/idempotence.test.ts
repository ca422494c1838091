import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readNearMe } from '../../../src/lib/import/near-me.ts';
import { importBlockList, type BlockListFormat } from '../../../src/lib/import/pipeline.ts';
import { reportChangesFile } from '../../../src/lib/import/report.ts';
import { planNearMe } from '../../../src/lib/import/server-file.ts';
import { compareDecisions } from '../../../src/lib/order.ts';
import { fixture, parseServer, sha256 } from './helpers.ts';

const CASES: [BlockListFormat, string][] = [
  ['mastodon-json', 'domain_blocks.json'],
  ['mastodon-csv', 'admin-export.csv'],
  ['mastodon-csv', 'four-columns.csv'],
  ['mastodon-csv', 'reordered.csv'],
  ['mastodon-csv', 'quoted.csv'],
  ['mastodon-csv', 'messy.csv'],
  ['mastodon-csv', 'no-header.csv'],
  ['mastodon-csv', 'archive-latest.csv'],
  ['akkoma', 'akkoma-nodeinfo.json'],
  ['lemmy', 'lemmy-federated.json'],
  ['lemmy', 'lemmy-old.json'],
  ['gotosocial', 'gotosocial-suspended.json'],
  ['history', 'history.csv'],
];

describe.each(['server-curated.yaml', 'server-bare.yaml'])('every format, twice, into %s', (serverFile) => {
  it.each(CASES)('%s %s: valid, sorted, every entry accounted for, and the second run changes nothing', (format, name) => {
    const run = (serverText: string) =>
      importBlockList({
        format,
        text: fixture(name),
        serverText,
        file: serverFile,
        source: name,
        evidence: { url: 'https://lists.example/list', ...(format === 'history' ? {} : { retrieved: '2026-02-01' }) },
        known: ['threads.net', 'hidden.example'],
        hash: sha256,
      });
    const first = run(fixture(serverFile));
    const server = parseServer(first.text);
    expect(server.blocks).toEqual([...server.blocks].sort(compareDecisions));
    const r = first.report;
    if (format !== 'history') {
      expect(r.read).toBe(r.added.length + r.changed.length + r.kept.length + r.skipped.length + r.unreadable.length);
    }
    expect(reportChangesFile(r)).toBe(true);
    const second = run(first.text);
    expect(second.text).toBe(first.text);
    expect(reportChangesFile(second.report)).toBe(false);
    expect(second.report.added.length + second.report.changed.length).toBe(0);
    expect(second.report.kept.length).toBe(r.added.length + r.changed.length + r.kept.length);
  });
});

describe('near-me twice', () => {
  it('creates files once; a second run finds them all present', () => {
    const read = readNearMe(fixture('near-me.umap'));
    const source = { url: read.uri!, retrieved: '2026-02-01', name: 'Synthetic (ODbL)' };
    const first = planNearMe(read, new Map(), source, { dir: 'd' });
    const existing = new Map(first.files.map((f) => [f.domain, parse(f.text)]));
    const second = planNearMe(read, existing, source, { dir: 'd' });
    expect(second.files).toEqual([]);
    expect(second.report.kept).toHaveLength(first.files.length);
  });
});
