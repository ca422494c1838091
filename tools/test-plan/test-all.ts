/**
 * `npm test`: every check and test of the project, as one plan (below) run three steps at a time on the machine's
 * two cores where the order allows (tools/test-plan/schedule.ts): the browser steps wait on pages as much as they
 * compute, so a third step keeps both cores busy. Checks nothing waits for (unit tests, types, the fixture's site
 * checks) yield: two at a time, at a lower priority, beside the three, so the builds and browsers others wait on get
 * the cores first, and no check is left to run alone at the end (one at a time, the type check began when the unit
 * tests ended, at 393 s of a 490 s run on a 2-core machine, and ended it). Each step's output is kept and printed in one
 * piece when it ends, with its time and the processor time its processes used (tools/test-plan/cpu-time.ts); a failed step's dependants are skipped and the others still run, so one run
 * reports every failure. Exits 1 when any step failed. `npm test -- --list` prints the plan; `--slots N` sets the
 * parallelism; `--only a,b` runs the named steps and what they need.
 *
 * What runs where: behaviour is tested on the small synthetic fixture site (tests/fixtures/site/), which is also the
 * one built twice (reproducible) and under /atlas/; the real data is validated, built once, link-checked and
 * smoke-tested (tests/e2e/smoke.spec.ts), so a curator's valid correction never fails a test. Astro runs go through
 * tools/astro-run.ts: builds take turns whole, in the order the plan gives (`after`), and a type check waits only for
 * `.astro/` to be synced, never for a fixed gap; the browser steps fill the cores round them.
 */
import { spawn } from 'node:child_process';
import { readCpuTime, withCpuTime } from './cpu-time.ts';
import { blockedSteps, launch, planProblems, stepsToStart, withNeeds, type Step, type StepState } from './schedule.ts';

const FIXTURE = 'ATLAS_DATA_DIR=tests/fixtures/site/servers';
/** How many steps that yield run at once (see above). */
const YIELD_SLOTS = 2;
const ASTRO = 'node tools/astro-run.ts';

/** The plan. A build needs `validate` (a data error is reported with file:line:col before Astro sees it). */
const PLAN: Step[] = [
  { name: 'validate', command: 'node src/cli/validate.ts && node src/cli/validate.ts tests/fixtures/site/servers' },
  // Astro builds take turns whole (astro-run.ts), so the plan gives their order (`after`) rather than leaving it to
  // whichever reaches the lock first (the sub-path build once waited 169 s behind the three others, and the e2e step,
  // the longest, began at about 210 s of a 456 s run): the fixture's two builds first, as the e2e step waits on them;
  // then the real data's, whose chain (the build, then the site check on one core) is the longest that cannot be
  // shared between the cores; then the hostile ones. The e2e step, which can be shared, fills round them.
  // The real data's link-preview cards are left blank (ATLAS_OG_DRAFT=1): drawing its 368 cards was ~24 s of processor
  // time on this, the run's longest chain, in every clean clone (no card cache). The fixture's builds draw theirs, the
  // hostile build draws cards from the naughty strings, and the deployed site (pages.yml, `npm run build`) draws them all.
  { name: 'build', command: `ATLAS_OG_DRAFT=1 ${ASTRO} build`, needs: ['validate'], after: ['build-fixture-subpath'] },
  { name: 'build-fixture', command: `${FIXTURE} ATLAS_OUT_DIR=dist-fixture ${ASTRO} build`, needs: ['validate'] },
  { name: 'hostile-build', command: 'node tests/hostile/build.ts', needs: ['validate'], after: ['build'] },
  // After the fixture's root build, so it draws every Open Graph card and this build reuses them (press.spec checks).
  // Its home page holds no list (ATLAS_LIST_IN_PAGE_AT_MOST=0): the map fetches it from list/, as on a site of more
  // than 2,000 servers (src/lib/map/list-page.ts; base-path.spec and press.spec's list downloads run on it). Its tray
  // holds one server and links to tray/, which holds them all, as a tray of more than 150 does (src/lib/map/tray-page.ts).
  // Every server page but the first is written after Astro's build, from the first, as beyond 2,000 servers
  // (src/lib/views/written-pages.ts): the browser tests of server pages run on such pages under the sub-path.
  { name: 'build-fixture-subpath', command: `${FIXTURE} ATLAS_BASE=/atlas/ ATLAS_OUT_DIR=dist-fixture-atlas ATLAS_LIST_IN_PAGE_AT_MOST=0 ATLAS_TRAY_IN_PAGE_AT_MOST=1 ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST=0 ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST=0 ${ASTRO} build`, needs: ['build-fixture'] },
  { name: 'browser', command: 'node tools/test-plan/ensure-browser.ts' },
  // Behaviour on the fixture site (at / and under /atlas/); it never waits for the real build nor the hostile one.
  {
    name: 'e2e',
    command: 'playwright test --project fixture --project fixture-subpath',
    needs: ['build-fixture', 'build-fixture-subpath', 'browser'],
  },
  // The hostile build in a browser, on its own ports and output folder so it can run beside the e2e step.
  {
    name: 'e2e-hostile',
    command: 'E2E_PORT=4341 E2E_OUTPUT_DIR=test-results-hostile playwright test --project hostile',
    needs: ['hostile-build', 'browser'],
  },
  // The real site's smoke test, on its own ports so it can run beside the e2e step.
  { name: 'smoke', command: 'E2E_PORT=4331 E2E_OUTPUT_DIR=test-results-smoke playwright test --project smoke', needs: ['build', 'browser'] },
  // Nothing waits for the checks below but the end of the run: they yield the cores to the chains above (schedule.ts).
  { name: 'json-schema', command: 'node src/cli/json-schema.ts --check', yields: true },
  { name: 'unit', command: 'vitest run', needs: ['validate'], yields: true },
  { name: 'astro-check', command: `${ASTRO} check`, needs: ['validate', 'build-fixture-subpath'], yields: true },
  { name: 'check-site', command: 'node tools/site-check/check-site.ts', needs: ['build'] },
  {
    name: 'check-site-fixture',
    command: 'node tools/site-check/check-site.ts --out dist-fixture && node tools/site-check/check-site.ts --out dist-fixture-atlas --base /atlas/',
    needs: ['build-fixture', 'build-fixture-subpath'],
    yields: true,
  },
  // Its second build takes its turn after the builds that other steps wait on.
  { name: 'reproducible', command: `${FIXTURE} ATLAS_OUT_DIR=dist-fixture node tools/site-check/check-reproducible.ts`, needs: ['build-fixture'], after: ['hostile-build'], yields: true },
];

function parseArgs(argv: string[]): { slots: number; list: boolean; only?: string[] } {
  let slots = 3;
  let list = false;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--slots') slots = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--list') list = true;
    else if (argv[i] === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
  }
  return { slots, list, only };
}

function run(step: Step): Promise<{ ok: boolean; output: string; seconds: number; cpuSeconds?: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const { file, args } = launch(step, withCpuTime(step.command));
    const child = spawn(file, args, { env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stderr.on('data', (b: Buffer) => chunks.push(b));
    child.on('close', (code) => {
      const { output, cpuSeconds } = readCpuTime(Buffer.concat(chunks).toString('utf8'));
      resolve({ ok: code === 0, output, seconds: (Date.now() - started) / 1000, cpuSeconds });
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const { slots, list, only } = parseArgs(argv);
  const problems = planProblems(PLAN);
  if (problems.length) {
    for (const p of problems) console.error(`test plan: ${p}`);
    return 2;
  }
  const plan = only ? withNeeds(PLAN, only) : PLAN;
  if (list) {
    for (const s of plan) console.log(`${s.name}${s.needs?.length ? ` (needs ${s.needs.join(', ')})` : ''}${s.after?.length ? ` (after ${s.after.join(', ')} end)` : ''}${s.yields ? ' [yields]' : ''}: ${s.command}`);
    return 0;
  }
  const states = new Map<string, StepState>(plan.map((s) => [s.name, 'waiting']));
  const times = new Map<string, number>();
  const cpu = new Map<string, number>();
  const began = Date.now();
  const running = new Set<Promise<void>>();
  for (;;) {
    for (const name of blockedSteps(plan, states)) {
      states.set(name, 'skipped');
      console.log(`⤼ ${name}: skipped (a step it needs failed)`);
    }
    for (const step of stepsToStart(plan, states, slots, YIELD_SLOTS)) {
      states.set(step.name, 'running');
      console.log(`▶ ${step.name}: ${step.command}`);
      const p: Promise<void> = run(step).then(({ ok, output, seconds, cpuSeconds }) => {
        states.set(step.name, ok ? 'passed' : 'failed');
        times.set(step.name, seconds);
        if (cpuSeconds !== undefined) cpu.set(step.name, cpuSeconds);
        process.stdout.write(`\n── ${step.name} (${seconds.toFixed(0)} s) ──\n${output}`);
        console.log(`${ok ? '✓' : '✗'} ${step.name}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s${cpuSeconds === undefined ? '' : `, ${cpuSeconds.toFixed(0)} s of processor time`}\n`);
        running.delete(p);
      });
      running.add(p);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  const failed = plan.filter((s) => states.get(s.name) !== 'passed');
  const cpuTotal = [...cpu.values()].reduce((a, b) => a + b, 0);
  console.log(`test plan: ${plan.length - failed.length} of ${plan.length} steps passed in ${((Date.now() - began) / 1000).toFixed(0)} s (${cpuTotal.toFixed(0)} s of processor time on ${slots} slots)`);
  for (const s of plan) {
    const wall = times.has(s.name) ? ` ${times.get(s.name)?.toFixed(0)} s` : '';
    const work = cpu.has(s.name) ? ` (cpu ${cpu.get(s.name)?.toFixed(0)} s)` : '';
    console.log(`  ${states.get(s.name) === 'passed' ? '✓' : '✗'} ${s.name.padEnd(22)} ${states.get(s.name)}${wall}${work}`);
  }
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
