/**
 * `npm test`: every check and test of the project, as one plan (below) run two steps at a time on the machine's
 * two cores where the order allows (src/lib/test-plan/schedule.ts). Each step's output is kept and printed in one
 * piece when it ends, with its time; a failed step's dependants are skipped and the others still run, so one run
 * reports every failure. Exits 1 when any step failed. `--list` prints the plan; `--slots N` sets the parallelism.
 */
import { spawn } from 'node:child_process';
import { blockedSteps, planProblems, stepsToStart, type Step, type StepState } from '../lib/test-plan/schedule.ts';

const ASTRO = 'ASTRO_TELEMETRY_DISABLED=1';

/** The plan. A build needs `validate` (a data error is reported with file:line:col before Astro sees it). */
const PLAN: Step[] = [
  { name: 'json-schema', command: 'node src/cli/json-schema.ts --check' },
  { name: 'validate', command: 'node src/cli/validate.ts' },
  { name: 'build', command: `${ASTRO} astro build`, needs: ['validate'], astro: true },
  { name: 'astro-check', command: `${ASTRO} astro check`, astro: true },
  { name: 'unit', command: 'vitest run' },
  { name: 'check-site', command: 'node src/cli/check-site.ts', needs: ['build'] },
  // After the root build, so it draws every Open Graph card and the later builds reuse them (press.spec checks).
  { name: 'reproducible', command: 'node src/cli/check-reproducible.ts', needs: ['build'], astro: true },
  { name: 'build-subpath', command: `${ASTRO} ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=dist-atlas astro build`, needs: ['build'], astro: true },
  { name: 'check-site-subpath', command: 'node src/cli/check-site.ts --out dist-atlas --base /atlas/', needs: ['build-subpath'] },
  { name: 'hostile-build', command: 'node tests/hostile/build.ts', needs: ['validate'], astro: true },
  { name: 'browser', command: 'node src/cli/ensure-browser.ts' },
  { name: 'e2e', command: 'playwright test', needs: ['build', 'build-subpath', 'hostile-build', 'browser'] },
];

/** Seconds between the starts of two steps that run Astro (they rewrite `.astro/` as they start). */
const ASTRO_GAP_MS = 15_000;

function parseArgs(argv: string[]): { slots: number; list: boolean } {
  let slots = 2;
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--slots') slots = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--list') list = true;
  }
  return { slots, list };
}

function run(step: Step): Promise<{ ok: boolean; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8'), seconds: (Date.now() - started) / 1000 }));
  });
}

async function main(argv: string[]): Promise<number> {
  const { slots, list } = parseArgs(argv);
  const problems = planProblems(PLAN);
  if (problems.length) {
    for (const p of problems) console.error(`test plan: ${p}`);
    return 2;
  }
  if (list) {
    for (const s of PLAN) console.log(`${s.name}${s.needs?.length ? ` (after ${s.needs.join(', ')})` : ''}: ${s.command}`);
    return 0;
  }
  const states = new Map<string, StepState>(PLAN.map((s) => [s.name, 'waiting']));
  const times = new Map<string, number>();
  const began = Date.now();
  let lastAstro: number | undefined;
  const running = new Set<Promise<void>>();
  for (;;) {
    for (const name of blockedSteps(PLAN, states)) {
      states.set(name, 'skipped');
      console.log(`⤼ ${name}: skipped (a step it needs failed)`);
    }
    for (const step of stepsToStart(PLAN, states, slots, lastAstro, Date.now(), ASTRO_GAP_MS)) {
      states.set(step.name, 'running');
      if (step.astro) lastAstro = Date.now();
      console.log(`▶ ${step.name}: ${step.command}`);
      const p: Promise<void> = run(step).then(({ ok, output, seconds }) => {
        states.set(step.name, ok ? 'passed' : 'failed');
        times.set(step.name, seconds);
        process.stdout.write(`\n── ${step.name} (${seconds.toFixed(0)} s) ──\n${output}`);
        console.log(`${ok ? '✓' : '✗'} ${step.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s\n`);
        running.delete(p);
      });
      running.add(p);
    }
    if (running.size === 0) {
      if ([...states.values()].every((s) => s !== 'waiting')) break;
      // Only an astro step waiting out its gap: sleep until it may start.
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    // Wake when a step ends, or after a second (an astro step's gap may have passed).
    await Promise.race([...running, new Promise((r) => setTimeout(r, 1000))]);
  }
  const failed = PLAN.filter((s) => states.get(s.name) !== 'passed');
  console.log(`test plan: ${PLAN.length - failed.length} of ${PLAN.length} steps passed in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  for (const s of PLAN) console.log(`  ${states.get(s.name) === 'passed' ? '✓' : '✗'} ${s.name.padEnd(20)} ${states.get(s.name)}${times.has(s.name) ? ` ${times.get(s.name)?.toFixed(0)} s` : ''}`);
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
