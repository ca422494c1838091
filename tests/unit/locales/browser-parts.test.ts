/**
 * The browser's bundle carries only the catalogue parts browser code can look up (src/locales/index.ts leaves the
 * page-only ones out, to keep every page's script small): no browser code, and no lib code (which browser code
 * imports), names a key of a page-only part; and the browser glob leaves out exactly those parts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_ONLY_PARTS } from '../../../src/locales/index.ts';

const root = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('catalogue parts in the browser', () => {
  it('no browser or lib code names a key of a page-only part', () => {
    const key = new RegExp(`['"\`](?:${PAGE_ONLY_PARTS.join('|')})\\.[a-z][\\w.-]*(?<!\\.(?:json|ts))['"\`]`, 'g');
    const found = [...files(join(root, 'src/client')), ...files(join(root, 'src/lib'))].flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(key)].map((m) => `${relative(root, path)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('the browser glob leaves out exactly the page-only parts', () => {
    const source = readFileSync(join(root, 'src/locales/index.ts'), 'utf8');
    const negated = /'!\.\/\*\/\{([^}]+)\}\.json'/.exec(source)?.[1]?.split(',');
    expect(negated).toEqual([...PAGE_ONLY_PARTS]);
  });

  it('finds a page-only key where there is one (the check can fail)', () => {
    const key = new RegExp(`['"\`](?:${PAGE_ONLY_PARTS.join('|')})\\.[a-z][\\w.-]*(?<!\\.(?:json|ts))['"\`]`, 'g');
    expect("t('server.decisions')".match(key)).toEqual(["'server.decisions'"]);
    expect("fetch('data.json')".match(key)).toBeNull();
  });
});
