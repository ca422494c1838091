/**
 * The servers collection's loader: each file parsed as the validator parses it, and a file unchanged since the last
 * build (same text, same parser and schema) keeps the entry stored for it then, while a changed file is parsed again
 * and a removed one leaves the collection. Synthetic files in a temporary folder; the store is a stand-in for Astro's.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, unlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serversLoader } from '../../../src/node/servers-loader.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
}

/** A store like Astro's data store, kept across "builds", counting the entries parsed by the schema. */
function fakeAstro(root: string) {
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const warnings: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), { ...data, parsedAs: id }),
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
    logger: { info: () => {}, warn: (m: string) => warnings.push(m), error: () => {} },
    config: { root: pathToFileURL(`${root}/`) },
    watcher: undefined,
  };
  return { entries, parsed, warnings, build: () => serversLoader('servers').load(context as never) };
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-loader-'));
  await mkdir(join(root, 'servers'));
  await writeFile(join(root, 'servers', 'a.example.yaml'), 'domain: a.example\nname: A\n');
  await writeFile(join(root, 'servers', 'b.example.yaml'), 'domain: b.example\nname: B\nsince: 2025-01-19\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('serversLoader', () => {
  it('parses each file as YAML 1.2 (a date stays text) into an entry named for its file', async () => {
    const astro = fakeAstro(root);
    await astro.build();
    expect([...astro.entries.keys()]).toEqual(['a.example', 'b.example']);
    expect(astro.entries.get('b.example')!.data).toEqual({ domain: 'b.example', name: 'B', since: '2025-01-19', parsedAs: 'b.example' });
    expect(astro.entries.get('a.example')!.filePath).toBe('servers/a.example.yaml');
  });

  it('keeps the stored entry of an unchanged file, parses a changed one again and drops a removed one', async () => {
    const astro = fakeAstro(root);
    await astro.build();
    expect(astro.parsed).toEqual(['a.example', 'b.example']);
    await writeFile(join(root, 'servers', 'b.example.yaml'), 'domain: b.example\nname: B renamed\n');
    await writeFile(join(root, 'servers', 'c.example.yaml'), 'domain: c.example\nname: C\n');
    await unlink(join(root, 'servers', 'a.example.yaml'));
    await astro.build();
    expect(astro.parsed).toEqual(['a.example', 'b.example', 'b.example', 'c.example']);
    expect([...astro.entries.keys()].sort()).toEqual(['b.example', 'c.example']);
    expect(astro.entries.get('b.example')!.data.name).toBe('B renamed');
    await astro.build();
    expect(astro.parsed).toHaveLength(4);
  });

  it('parses every file again when the schema changes, and still warns of a file named for another domain when it is kept', async () => {
    await mkdir(join(root, 'src', 'lib', 'schema'), { recursive: true });
    await writeFile(join(root, 'src', 'lib', 'schema', 'server.ts'), 'export const v = 1;\n');
    await writeFile(join(root, 'servers', 'a.example.yaml'), 'domain: elsewhere.example\nname: A\n');
    const astro = fakeAstro(root);
    await astro.build();
    await astro.build();
    expect(astro.parsed).toEqual(['a.example', 'b.example']);
    expect(astro.warnings.filter((w) => w.includes('elsewhere.example'))).toHaveLength(2);
    await writeFile(join(root, 'src', 'lib', 'schema', 'server.ts'), 'export const v = 2;\n');
    await astro.build();
    expect(astro.parsed).toEqual(['a.example', 'b.example', 'a.example', 'b.example']);
  });

  it('stops at a file that is not valid YAML, naming its line', async () => {
    await writeFile(join(root, 'servers', 'a.example.yaml'), 'domain: a.example\ndomain: again\n');
    await expect(fakeAstro(root).build()).rejects.toThrow(/a\.example\.yaml:2:\d+ YAML syntax error/);
  });
});
