/** `--fix` may only reorder and normalise: it never changes, adds or drops a value. */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDecisions } from '../../src/lib/order.ts';
import { fixFiles, validate } from '../../src/lib/validate.ts';
import { parseYamlFile } from '../../src/lib/yaml/parse.ts';
import { fixed, TODAY, VALID, variant } from './rules/helpers.ts';

const F = 'data/servers/fix-test.example.yaml';
const HEAD = `# yaml-language-server: $schema=../../public/schema/server.schema.json
domain: fix-test.example
name: Fix test
focus: [language]
languages: [LANGS]
software: mastodon
links: {home: https://fix-test.example}
sources: [{url: https://fix-test.example/about, retrieved: 2026-01-01, covers: [name, focus, languages, software]}]
blocklist: {status: partial}
blocks:
`;

interface Entry { domain: string; severity: 'silence' | 'suspend'; since: string; comment: string }

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
const entry = fc.record({
  domain: fc.tuple(label, fc.constantFrom('example', 'test', 'social')).map(([a, b]) => `${a}.${b}`),
  severity: fc.constantFrom('silence' as const, 'suspend' as const),
  since: fc.date({ min: new Date('2017-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  comment: fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\p{L}\p{N} ]/gu, '').trim() || 'spam'),
});
const langs = fc.uniqueArray(fc.constantFrom('cy', 'en-GB', 'pt-BR', 'eu', 'gd'), { minLength: 1, maxLength: 4 });

function render(entries: Entry[], languages: string[], scramble: (s: string, i: number) => string): string {
  const blocks = entries
    .map((e, i) => `  - domain: "${scramble(e.domain, i)}"\n    severity: ${e.severity}\n    since: ${e.since}\n    comment: "${e.comment}"\n    evidence: {url: https://fix-test.example/about, retrieved: 2026-01-01}\n`)
    .join('');
  const head = entries.length ? HEAD : HEAD.replace('blocks:\n', 'blocks: []\n');
  return head.replace('LANGS', languages.map((l, i) => (i % 2 ? l.toUpperCase() : l)).join(', ')) + blocks;
}

describe('--fix', () => {
  // 150 files, each fixed and validated: seconds on a shared 2-core machine, past vitest's default 5 s.
  it('turns any scrambled file into the canonical one, keeping every value (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 0, maxLength: 12, selector: (e) => e.domain }), langs, fc.array(fc.boolean(), { maxLength: 12 }), (entries, languages, shuffle) => {
        const shuffled = [...entries].sort((a, b) => (shuffle[entries.indexOf(a)] ? -1 : 1) - (shuffle[entries.indexOf(b)] ? -1 : 1));
        const scrambled = render(shuffled, languages, (d, i) => (i % 3 === 0 ? `https://${d.toUpperCase()}/` : i % 3 === 1 ? `${d}.` : d));
        const [result] = fixFiles([{ file: F, text: scrambled }]);
        const after = parseYamlFile(F, result!.text).value as { blocks: Entry[]; languages: string[] };
        const canonical = [...entries].sort(compareDecisions);
        expect(after.blocks.map((b) => [b.domain, b.severity, b.since, b.comment])).toEqual(canonical.map((b) => [b.domain, b.severity, b.since, b.comment]));
        expect(after.languages).toEqual(languages);
        expect(validate([{ file: F, text: result!.text }], { today: TODAY }).filter((d) => d.fixable)).toEqual([]);
        expect(fixFiles([{ file: F, text: result!.text }])[0]!.changed).toBe(false);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  // Every curated file goes through every fixing rule: seconds on a shared 2-core machine, past vitest's default 5 s.
  it('changes no value of a clean file, and leaves files with syntax errors alone', { timeout: 60_000 }, () => {
    const dirs = ['data/servers', 'tests/fixtures/valid'];
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        const [r] = fixFiles([{ file: join(dir, name), text }]);
        expect(r!.changed, `${dir}/${name}`).toBe(false);
      }
    }
    const broken = 'domain: [unclosed\n';
    expect(fixFiles([{ file: F, text: broken }])[0]).toEqual({ file: F, text: broken, changed: false });
  });

  it('writes the listed value for a case slip (Suspend, Mastodon, Nation, Place, About-page), keeping the comments', () => {
    const slipped = [
      ['    severity: suspend\n    since: 2024', '    severity: Suspend  # as announced\n    since: 2024'],
      ['software: mastodon', 'software: Mastodon'],
      ['  scale: nation', '  scale: Nation'],
      ['focus: [place, language]', 'focus: [Place, LANGUAGE]'],
      ['    covers: [name,', '    kind: About-page\n    covers: [name,'],
    ].reduce((text, [from, to]) => variant(from!, to!, text), VALID);
    const out = fixed(slipped);
    expect(out).toContain('    severity: suspend  # as announced\n');
    expect(out).toContain('software: mastodon\n');
    expect(out).toContain('  scale: nation\n');
    expect(out).toContain('focus: [place, language]\n');
    expect(out).toContain('    kind: about-page\n');
    expect(validate([{ file: 'data/servers/atlas-test.example.yaml', text: out }], { today: TODAY })).toEqual([]);
  });
  it('writes "silence" for Mastodon\'s interface name Limit, in any case', () => {
    expect(fixed(variant('    severity: silence\n', '    severity: LIMIT\n'))).toBe(VALID);
    expect(fixed(variant('    severity: silence\n', '    severity: limit\n'))).toBe(VALID);
  });
  it('leaves a value that is not a slip alone: "block" is not a severity it can guess', () => {
    const text = variant('    severity: silence\n', '    severity: block\n');
    expect(fixed(text)).toBe(text);
  });
});
