/** Test helpers for rules: a valid synthetic server file to start from, and a runner for one rule. */
import { formatDiagnostic } from '../../../src/lib/diagnostic.ts';
import type { Rule } from '../../../src/lib/rules/rule.ts';
import { fixFiles, validate, type SourceFile } from '../../../src/lib/validate.ts';

/** "Today" in every rule test, so date checks are deterministic. */
export const TODAY = '2026-11-26';

/** A valid, synthetic server file (the .example TLD is reserved: no real server is described). */
export const VALID = `# yaml-language-server: $schema=../../public/schema/server.schema.json
domain: atlas-test.example
name: Atlas test server
focus: [place, language]
languages: [cy, en]
area:
  label: Wales
  scale: nation
  iso3166: [GB-WLS]
  lat: 52.3
  lon: -3.5
software: mastodon
links:
  home: https://atlas-test.example
sources:
  - url: https://directory.example/atlas-test
    retrieved: 2026-01-02
    covers: [name, focus, languages, area, software]
blocklist:
  status: partial
blocks:
  - domain: alpha.example
    severity: silence
    since: 2023-06-01
    until: 2024-01-01
    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}
  - domain: alpha.example
    severity: suspend
    since: 2024-01-01
    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}
  - domain: beta.example
    severity: suspend
    since: {on_or_before: 2023-07-04}
    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}
`;

/** The VALID file with one piece of text replaced (fails loudly if the text is not there). */
export function variant(from: string, to: string, base = VALID): string {
  if (!base.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} is not in the base file`);
  return base.replace(from, to);
}

/** Runs one rule (or all when none is given) and returns the formatted lines. */
export function run(rule: Rule | undefined, files: SourceFile[] | string, file = 'data/servers/atlas-test.example.yaml'): string[] {
  const sources = typeof files === 'string' ? [{ file, text: files }] : files;
  return validate(sources, { today: TODAY, rules: rule ? [rule] : undefined }).map(formatDiagnostic);
}

/** Applies `--fix` to one text and returns the new text. */
export function fixed(text: string, file = 'data/servers/atlas-test.example.yaml'): string {
  return fixFiles([{ file, text }])[0]!.text;
}
