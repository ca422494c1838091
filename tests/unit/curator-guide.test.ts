/** The curator's guide explains every validator rule, and its template is a valid file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/rules/index.ts';
import { FOCUSES, SCALES, SOFTWARE } from '../../src/lib/schema/server.ts';
import { validate } from '../../src/lib/validate.ts';

const guide = readFileSync('data/README.md', 'utf8');

describe('data/README.md', () => {
  it('has a row for every rule in the validator', () => {
    for (const rule of RULES) expect(guide, rule.name).toContain(`| \`${rule.name}\` |`);
  });
  it('lists every allowed focus, scale and software', () => {
    for (const v of [...FOCUSES, ...SCALES, ...SOFTWARE]) expect(guide, v).toMatch(new RegExp(`\\b${v}\\b`));
  });
  it('its annotated template passes the validator (but for the placeholder rules link)', () => {
    const template = /```yaml\n([\s\S]*?)```/.exec(guide)![1]!.replace('  rules: https://...          #   optional: rules or code of conduct\n', '');
    const out = validate([{ file: 'data/servers/toot.wales.yaml', text: template }], { today: '2026-11-26' });
    expect(out).toEqual([]);
  });
});
