/** The reach fixtures are valid server files: the validator gives no message for any of them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostic.ts';
import { validate } from '../../../src/lib/validate.ts';
import { FIXTURES } from './helpers.ts';

describe('reach fixtures', () => {
  const files = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({ file: join(FIXTURES, n), text: readFileSync(join(FIXTURES, n), 'utf8') }));
  it('there are four, each marked synthetic', () => {
    expect(files.map((f) => f.file.split('/').pop())).toEqual(['partial.example.yaml', 'precision.example.yaml', 'published.example.yaml', 'unknown.example.yaml']);
    for (const f of files) expect(f.text).toMatch(/^# Synthetic fixture, not a real server/m);
  });
  it('pass the validator together with no message', () => {
    expect(validate(files, { today: '2026-11-26' }).map(formatDiagnostic)).toEqual([]);
  });
});
