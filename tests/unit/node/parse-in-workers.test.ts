/**
 * Server files parsed in worker threads give what the validator's parser gives in this thread, file by file and in
 * order: values, and syntax problems with their positions. Synthetic YAML texts, hostile ones among them.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../../src/lib/yaml/parse.ts';
import { parseServerFiles, splitRuns } from '../../../src/node/parse-in-workers.ts';

describe('splitRuns', () => {
  it('keeps every item once, in order, in at most the parts asked for, none empty', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    for (const parts of [1, 2, 3, 4, 10, 16]) {
      const runs = splitRuns(items, parts);
      expect(runs.flat()).toEqual(items);
      expect(runs.length).toBe(Math.min(parts, items.length));
      expect(runs.every((r) => r.length > 0)).toBe(true);
      expect(Math.max(...runs.map((r) => r.length)) - Math.min(...runs.map((r) => r.length))).toBeLessThanOrEqual(1);
    }
    expect(splitRuns([], 2)).toEqual([]);
  });
});

describe('parseServerFiles', () => {
  const texts = [
    'domain: a.example\nname: "A <script>alert(1)</script>"\nlanguages: [cy, en]\n',
    'domain: b.example\nsince: 2025-01-19\nnote: "\\u202Egnp.exe"\n',
    'domain: c.example\nname: x\nname: y\n',
    'domain: d.example\n  bad: indent\n',
    '- a list\n- not a mapping\n',
    'domain: e.example\nnested:\n  - {k: .inf, n: .nan, z: null, t: true}\n  - "Ŵ ŷ 中文 🦣"\n',
    'domain: f.example\n__proto__:\n  polluted: true\nconstructor: x\n',
    '',
  ];
  const files = texts.map((text, i) => ({ file: `data/servers/f${i}.yaml`, text }));
  const here = files.map(({ file, text }) => {
    const { value, syntax } = parseYamlFile(file, text);
    return { value, syntax };
  });

  it('in two worker threads, gives each file the value and syntax problems it gets here, in order', async () => {
    expect(here.some((p) => p.syntax.length > 0)).toBe(true);
    expect(await parseServerFiles(files, 2, 1)).toEqual(here);
  });

  it('keeps a `__proto__` key as a field of its own through the threads, polluting nothing', async () => {
    const [f] = (await parseServerFiles(files, 2, 1)).slice(-2);
    expect(Object.keys(f!.value as object)).toEqual(['domain', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(f!.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('below the threshold, or with one core, parses here', async () => {
    expect(await parseServerFiles(files, 2, files.length + 1)).toEqual(here);
    expect(await parseServerFiles(files, 1, 1)).toEqual(here);
  });
});
