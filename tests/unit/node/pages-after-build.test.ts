/** Pages the build writes after Astro's (src/node/pages-after-build.ts), into a scratch output folder. */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPagesAfterBuild, writeAfterBuild } from '../../../src/node/pages-after-build.ts';

let out = '';
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'atlas-after-build-'));
  await mkdir(join(out, 'servers', 'a.example'), { recursive: true });
  await writeFile(join(out, 'servers', 'a.example', 'index.html'), '<p>template</p>');
});
afterEach(async () => {
  await runPagesAfterBuild(out).catch(() => undefined);
  await rm(out, { recursive: true, force: true });
});

describe('runPagesAfterBuild', () => {
  it("runs each registered job with a reader of the built files and writes every page it gives, in new folders", async () => {
    writeAfterBuild('server', function* (read) {
      const template = read('servers/a.example/index.html');
      yield ['servers/b.example/index.html', template.replace('template', 'b ŵ')];
      yield ['cy/servers/b.example/index.html', template.replace('template', 'b cy')];
    });
    const done = await runPagesAfterBuild(out);
    expect(done.map(({ name, pages }) => ({ name, pages }))).toEqual([{ name: 'server', pages: 2 }]);
    expect(await readFile(join(out, 'servers', 'b.example', 'index.html'), 'utf8')).toBe('<p>b ŵ</p>');
    expect(await readFile(join(out, 'cy', 'servers', 'b.example', 'index.html'), 'utf8')).toBe('<p>b cy</p>');
  });

  it('forgets its jobs once run, and a name registered again replaces its job', async () => {
    writeAfterBuild('server', function* () {
      yield ['one.html', '1'];
    });
    writeAfterBuild('server', function* () {
      yield ['two.html', '2'];
    });
    expect((await runPagesAfterBuild(out)).map((d) => d.pages)).toEqual([1]);
    expect(await readFile(join(out, 'two.html'), 'utf8')).toBe('2');
    await expect(readFile(join(out, 'one.html'), 'utf8')).rejects.toThrow();
    expect(await runPagesAfterBuild(out)).toEqual([]);
  });

  it('refuses a file that would leave the output folder', async () => {
    writeAfterBuild('server', function* () {
      yield ['../escaped.html', 'x'];
    });
    await expect(runPagesAfterBuild(out)).rejects.toThrow(/leave the output folder/);
  });

  it('writes pages of many batches in full, and fails when a page cannot be written', async () => {
    const big = 'ŵ'.repeat(300_000);
    writeAfterBuild('server', function* () {
      for (let i = 0; i < 12; i++) yield [`many/${i}/index.html`, `${i}${big}`];
    });
    expect((await runPagesAfterBuild(out))[0]?.pages).toBe(12);
    for (const i of [0, 5, 11]) expect(await readFile(join(out, 'many', String(i), 'index.html'), 'utf8')).toBe(`${i}${big}`);
    // A folder where the page's folder should be: the writing thread's error stops the run.
    await writeFile(join(out, 'blocked'), 'a file, not a folder');
    writeAfterBuild('server', function* () {
      yield ['blocked/index.html', 'x'];
    });
    await expect(runPagesAfterBuild(out)).rejects.toThrow(/writing a page after the build failed: .*blocked.index\.html: /);
  });
});
