/**
 * Every interface string the code asks for by a written key (`t('map.list.elsewhere.failed')`) is in the default
 * language's catalogue: a key mistyped, or renamed with a variable, otherwise fails only when that line runs (in a
 * browser, on an error path no test may reach), where the translator throws and the reader gets no words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, DEFAULT_LOCALE } from '../../../src/locales/index.ts';

const root = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** The keys written as the first argument of a call to `t`, each with where it is. */
function keysUsed(source: string): string[] {
  return [...source.matchAll(/(?<![\w.$])t\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1]!);
}

describe('interface strings the code asks for', () => {
  it('every key written in a call to t() is in the default catalogue', () => {
    const catalogue = CATALOGUES[DEFAULT_LOCALE] ?? {};
    const missing: string[] = [];
    let seen = 0;
    for (const path of files(join(root, 'src')).filter((p) => !p.includes(`${join('src', 'locales')}`))) {
      for (const key of keysUsed(readFileSync(path, 'utf8'))) {
        seen++;
        if (!Object.prototype.hasOwnProperty.call(catalogue, key)) missing.push(`${relative(root, path)}: ${key}`);
      }
    }
    expect(seen, 'keys found in the code').toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('reads the key of a call and nothing else (the check can fail)', () => {
    expect(keysUsed("x(t('map.list.elsewhere.failed')); at('a.b'); tt('c.d'); t(`e.${f}`); t('g.h', { n })")).toEqual(['map.list.elsewhere.failed', 'g.h']);
  });
});
