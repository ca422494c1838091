/**
 * `node tools/astro-run.ts <astro arguments…>`: runs Astro (`astro build`, `astro check`) for the test plan, so that
 * several can run side by side. Each Astro process rewrites the project's `.astro/` folder (generated types and
 * content modules) while it syncs at start; two syncing at once can read each other's half-written files. So each
 * run holds a lock (a folder made atomically with mkdir) from its start; a check until Astro says it has synced
 * ("Getting diagnostics"), a build until it ends. Builds take turns whole: each keeps more than one core busy (its
 * file writes and cards run on worker threads), and on a 2-core machine overlapping ones cost more processor time in
 * all (clean runs of `npm test`: 569 s counted and 466 s wall with builds in turn, 654 s and 513 s overlapping).
 * Another run waits for the lock, polling it, never for a fixed time. A lock left by a run that died (its process is
 * gone) is taken over.
 * Output passes through; the exit code is Astro's.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroHasSynced } from './astro-synced.ts';

const LOCK = join('node_modules', '.astro', 'sync.lock');
/** Astro's command-line entry, run on this same Node (24: Astro needs it). */
const ASTRO_BIN = join('node_modules', 'astro', 'bin', 'astro.mjs');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock, waiting for it; says how long it waited when that was more than a second. */
async function acquire(): Promise<void> {
  mkdirSync(join('node_modules', '.astro'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      const waited = (Date.now() - started) / 1000;
      if (waited > 1) console.log(`astro-run: waited ${waited.toFixed(0)} s for another Astro run to sync .astro/`);
      return;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // being written, or just released: look again
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

let held = false;
function release(): void {
  if (!held) return;
  held = false;
  rmSync(LOCK, { recursive: true, force: true });
}

async function main(args: string[]): Promise<number> {
  await acquire();
  held = true;
  const child = spawn(process.execPath, [ASTRO_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const wholeRun = args[0] === 'build';
  const watch = (chunk: Buffer, out: NodeJS.WriteStream) => {
    out.write(chunk);
    if (held && !wholeRun && astroHasSynced(chunk.toString('utf8'))) release();
  };
  child.stdout.on('data', (b: Buffer) => watch(b, process.stdout));
  child.stderr.on('data', (b: Buffer) => watch(b, process.stderr));
  return new Promise((resolve) => {
    child.on('error', (err) => {
      console.error(`astro-run: ${err.message}`);
      release();
      resolve(2);
    });
    child.on('close', (code) => {
      release();
      resolve(code ?? 1);
    });
  });
}

process.on('SIGINT', () => {
  release();
  process.exit(130);
});
main(process.argv.slice(2)).then((code) => process.exit(code));
