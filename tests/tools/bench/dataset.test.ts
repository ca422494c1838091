/** The bench's synthetic datasets: seeded, heavy-tailed, and valid for the project's own validator. */
import { describe, expect, it } from 'vitest';
import { generateDataset, listSizes, serverDomain, zipfSampler } from '../../../tools/bench/dataset.ts';
import { seededRandom } from '../../../src/lib/graph/random.ts';
import { validate } from '../../../src/lib/validate.ts';

const options = { servers: 300, decisions: 6000, seed: 3, retrieved: '2026-11-01' };
const files = () => [...generateDataset(options)];

/** How many servers act on each target domain. */
function actors(list: ReturnType<typeof files>): Map<string, number> {
  const count = new Map<string, number>();
  for (const f of list) for (const m of f.text.matchAll(/^ {2}- domain: (\S+)$/gm)) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  return count;
}

describe('generateDataset', () => {
  it('the same seed gives the same bytes; another seed, other bytes', () => {
    const a = files();
    expect(files()).toEqual(a);
    const b = [...generateDataset({ ...options, seed: 4 })];
    expect(b.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  it('N servers in domain order, M decisions in all, every file saying it is synthetic', () => {
    const list = files();
    expect(list).toHaveLength(300);
    expect(list.map((f) => f.domain)).toEqual(Array.from({ length: 300 }, (_, i) => serverDomain(i)));
    expect(list.reduce((s, f) => s + f.decisions, 0)).toBe(6000);
    for (const f of list) {
      expect(f.name).toBe(`${f.domain}.yaml`);
      expect(f.text).toMatch(/SYNTHETIC/);
      expect(f.text).not.toMatch(/https?:\/\/(?![\w.-]+\.fixture\/|[\w.-]+\.fixture\n)/);
    }
  });

  it('heavy-tailed: the most acted-on domain by many, most domains by one or two; most servers publish nothing', () => {
    const list = files();
    const counts = [...actors(list).values()].sort((a, b) => b - a);
    const published = list.filter((f) => /status: published/.test(f.text)).length;
    expect(counts[0]!).toBeGreaterThanOrEqual(published * 0.5);
    const few = counts.filter((c) => c <= 2).length;
    expect(few / counts.length).toBeGreaterThan(0.5);
    const unknown = list.filter((f) => /status: unknown/.test(f.text)).length;
    expect(unknown / list.length).toBeGreaterThan(0.5);
    // Lists are heavy-tailed too: the longest list is many times the median published one.
    const sizes = list.filter((f) => /status: published/.test(f.text)).map((f) => f.decisions).sort((a, b) => a - b);
    expect(sizes.at(-1)!).toBeGreaterThan(2 * sizes[Math.floor(sizes.length / 2)]!);
  });

  it('passes the project\'s validator with no errors', () => {
    const diagnostics = validate(files().map((f) => ({ file: `data/servers/${f.name}`, text: f.text })), { today: '2026-11-26' });
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });
});

describe('listSizes and zipfSampler', () => {
  it('list sizes add up to the total, each within the cap, only for the known lists', () => {
    const sizes = listSizes(100, 5000, 10, 800, seededRandom(1));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(800);
    expect(sizes.filter((n) => n > 0).length).toBeLessThanOrEqual(10);
  });
  it('zipf: rank 0 is the most drawn, and draws stay in range', () => {
    const zipf = zipfSampler(1000, 1.05);
    const random = seededRandom(2);
    const hits = new Array<number>(1000).fill(0);
    for (let i = 0; i < 20_000; i++) hits[zipf(random())]!++;
    expect(hits[0]).toBe(Math.max(...hits));
    expect(hits[0]!).toBeGreaterThan(hits[99]! * 20);
  });
});
