/** Every invalid fixture yields exactly the messages its `# expect:` lines give; every valid fixture yields none. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostic.ts';
import { validate, type SourceFile } from '../../src/lib/validate.ts';

const TODAY = '2026-11-26';
const ROOT = 'tests/fixtures';

function read(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
}

function expected(files: SourceFile[]): string[] {
  return files.flatMap(({ file, text }) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('# expect: '))
      .map((l) => `${file}:${l.slice('# expect: '.length)}`),
  );
}

const cases = readdirSync(join(ROOT, 'invalid')).sort();

describe('invalid fixtures', () => {
  it('there is one for every rule', () => {
    const rules = new Set(cases.flatMap((c) => expected(statSync(join(ROOT, 'invalid', c)).isDirectory() ? read(join(ROOT, 'invalid', c)) : [{ file: c, text: readFileSync(join(ROOT, 'invalid', c), 'utf8') }]).map((l) => l.split(' ')[2]!.replace(/:$/, ''))));
    expect([...rules].sort()).toEqual(
      ['contradictory-decisions', 'coordinates', 'curated-lookalike', 'decisions-sorted', 'domain-form', 'domain-lookalike', 'duplicate-decision', 'duplicate-server', 'evidence-coverage', 'file-name', 'iso-3166', 'language-tag', 'list-status', 'obfuscated-digest', 'placeholder', 'real-date', 'schema', 'self-decision', 'text-controls', 'until-after-since', 'url-scheme', 'user-counts', 'yaml-syntax'],
    );
  });
  for (const name of cases) {
    it(`${name} gives exactly its expected messages`, () => {
      const path = join(ROOT, 'invalid', name);
      const files = statSync(path).isDirectory() ? read(path) : [{ file: path, text: readFileSync(path, 'utf8') }];
      const want = expected(files);
      expect(want.length).toBeGreaterThan(0);
      expect(validate(files, { today: TODAY }).map(formatDiagnostic)).toEqual(want);
    });
  }
  it('five mistakes give five messages, each at its own line', () => {
    const path = join(ROOT, 'invalid', 'five-mistakes.example.yaml');
    const lines = validate([{ file: path, text: readFileSync(path, 'utf8') }], { today: TODAY }).map((d) => d.line);
    expect(lines).toHaveLength(5);
    expect(new Set(lines).size).toBe(5);
  });
});

describe('valid fixtures', () => {
  for (const file of read(join(ROOT, 'valid'))) {
    it(`${file.file} passes with no message`, () => {
      expect(validate([file], { today: TODAY }).map(formatDiagnostic)).toEqual([]);
    });
  }
});

// The curated data itself is validated once, by npm test's `validate` step (errors fail it; warnings are a
// curator's to answer and never fail a test), not here again.
