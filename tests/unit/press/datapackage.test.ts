import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/lib/press/csv.ts';
import { dataPackage } from '../../../src/lib/press/datapackage.ts';
import { DECISION_COLUMNS, decisionRows, rowCells, rowObjects, SERVER_COLUMNS, serverRows } from '../../../src/lib/press/dataset.ts';
import { server } from '../map/helpers.ts';
import { packageValidator } from './package-validator.ts';

// Synthetic servers: every domain ends in .example.
const servers = [
  server('a.example', { blocks: [{ domain: 'b.example', severity: 'suspend', since: { on_or_before: '2024-01-02' }, comment: '=spam, "bad"\nnews', evidence: { url: 'https://a.example/x', retrieved: '2025-01-01' } }] }),
  server('c.example', { area: undefined, languages: ['cy', 'en'] }),
];

describe('datapackage.json', () => {
  const descriptor = dataPackage({ version: '0123456789ab', day: '2026-11-26', homepage: 'https://atlas.example/data/' });
  it('validates against the official Data Package profile', () => {
    const validate = packageValidator();
    const ok = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('the validator can fail', () => {
    const validate = packageValidator();
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
    expect(validate({ ...descriptor, name: 'Not Valid!' })).toBe(false);
  });
  it('each CSV resource\'s header is its schema\'s field names, in order', () => {
    const resources = descriptor.resources as { name: string; schema?: { fields: { name: string }[] } }[];
    const header = (name: string) => resources.find((r) => r.name === name)!.schema!.fields.map((f) => f.name);
    const serversCsv = toCsv(SERVER_COLUMNS.map((c) => c.name), rowCells(SERVER_COLUMNS, serverRows(servers)));
    const decisionsCsv = toCsv(DECISION_COLUMNS.map((c) => c.name), rowCells(DECISION_COLUMNS, decisionRows(servers)));
    expect(parseCsv(serversCsv)[0]).toEqual(header('servers'));
    expect(parseCsv(decisionsCsv)[0]).toEqual(header('decisions'));
    expect(parseCsv(decisionsCsv)[1]).toEqual(['a.example', 'b.example', '', '', 'suspend', '', '2024-01-02', 'on_or_before', '', '', '', '', '\'=spam, "bad"\nnews', 'https://a.example/x', '2025-01-01']);
  });
});

describe('dataset rows', () => {
  it('one row a server and a decision; JSON leaves empty values out', () => {
    const rows = serverRows(servers);
    expect(rows.map((r) => r.domain)).toEqual(['a.example', 'c.example']);
    expect(rows[1]).toMatchObject({ languages: 'cy en', area_label: undefined, decisions: 0 });
    const objects = rowObjects(SERVER_COLUMNS, rows);
    expect(Object.keys(objects[1]!)).not.toContain('lat');
    expect(objects[0]).toMatchObject({ lat: 51.48, lon: -3.18 });
    expect(decisionRows(servers)).toHaveLength(1);
  });
});
