import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverJsonSchemaText } from '../../src/lib/json-schema.ts';
import { parseYamlFile } from '../../src/lib/yaml/parse.ts';

const schema = JSON.parse(serverJsonSchemaText()) as Record<string, unknown>;

function* properties(node: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (n.properties && typeof n.properties === 'object') {
    for (const [k, v] of Object.entries(n.properties as Record<string, unknown>)) {
      yield [`${path}.${k}`, v as Record<string, unknown>];
      yield* properties(v, `${path}.${k}`);
    }
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
    const child = n[key];
    if (Array.isArray(child)) for (const c of child) yield* properties(c, path);
    else if (child) yield* properties(child, `${path}[]`);
  }
}

describe('JSON Schema for editors', () => {
  it('is committed and up to date (run `npm run schema` when this fails)', () => {
    expect(readFileSync('public/schema/server.schema.json', 'utf8')).toBe(serverJsonSchemaText());
  });
  it('documents every field', () => {
    const missing = [...properties(schema)].filter(([, v]) => typeof v.description !== 'string' || v.description.length < 5).map(([p]) => p);
    expect(missing).toEqual([]);
    expect([...properties(schema)].length).toBeGreaterThan(40);
  });
  it('accepts the curated data and the valid fixtures, and rejects a wrong severity, as the validator does', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const check = ajv.compile(schema);
    for (const path of ['data/servers/toot.wales.yaml', 'tests/fixtures/valid/language-community.example.yaml']) {
      expect(check(parseYamlFile(path, readFileSync(path, 'utf8')).value), path).toBe(true);
    }
    const bad = parseYamlFile('x', readFileSync('tests/fixtures/invalid/schema-enum.example.yaml', 'utf8')).value;
    expect(check(bad)).toBe(false);
  });
});
