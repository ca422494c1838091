/**
 * The order `npm test` runs its steps in (tools/test-plan/test-all.ts): each step names the steps it needs (and those
 * it only comes after), at most
 * `slots` run at once (the machine's cores) besides the steps that yield (`yieldSlots` of them), and a step whose
 * needs are met starts in the order the plan lists it.
 * Pure: the runner asks which steps may start now and tells it when one ends.
 */

/** One step of the plan. */
export interface Step {
  /** Its short name ("build", "check-site"), unique in the plan. */
  name: string;
  /** The command line, run by a shell. */
  command: string;
  /** Names of the steps that must have passed before it starts. */
  needs?: readonly string[];
  /**
   * Names of the steps that must have ended (passed, failed or been skipped) before it starts: an order without a
   * need, so one failing skips nothing. For steps that would only wait for one another anyway (Astro builds take
   * turns whole, tools/astro-run.ts): the plan says which goes first instead of leaving it to which asks first, and
   * the one waiting holds no slot meanwhile. A name not in the plan (cut by `--only`) is no wait.
   */
  after?: readonly string[];
  /**
   * True for a step no other step waits for: it runs at a lower priority (see `launch`), so the cores go first to the
   * chains of steps that others wait on, and it takes up the time they leave (a browser waiting for a page).
   */
  yields?: boolean;
}

/** How much lower a yielding step runs (`nice`'s increment). */
export const YIELD_NICENESS = 10;

/** The program and arguments that run a step's shell script: under `nice` when the step yields. */
export function launch(step: Pick<Step, 'yields'>, script: string): { file: string; args: string[] } {
  return step.yields ? { file: 'nice', args: ['-n', String(YIELD_NICENESS), 'sh', '-c', script] } : { file: 'sh', args: ['-c', script] };
}

/** Where each step stands. */
export type StepState = 'waiting' | 'running' | 'passed' | 'failed' | 'skipped';

/** Checks a plan: unique names, known needs, no cycle. Returns the problems in words (empty when sound). */
export function planProblems(steps: readonly Step[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const s of steps) {
    if (names.has(s.name)) problems.push(`step "${s.name}" is listed twice`);
    names.add(s.name);
  }
  for (const s of steps) for (const n of s.needs ?? []) if (!names.has(n)) problems.push(`step "${s.name}" needs unknown step "${n}"`);
  for (const s of steps) for (const n of s.after ?? []) if (!names.has(n)) problems.push(`step "${s.name}" comes after unknown step "${n}"`);
  // A cycle (of needs and of order) leaves steps that can never become ready: resolve by repeated removal.
  const done = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const s of steps) {
      if (!done.has(s.name) && [...(s.needs ?? []), ...(s.after ?? [])].every((n) => done.has(n) || !names.has(n))) {
        done.add(s.name);
        progress = true;
      }
    }
  }
  for (const s of steps) if (!done.has(s.name)) problems.push(`step "${s.name}" is part of a cycle of needs or order`);
  for (const s of steps) {
    const waiting = steps.filter((o) => o.needs?.includes(s.name)).map((o) => o.name);
    if (s.yields && waiting.length) problems.push(`step "${s.name}" yields, but ${waiting.join(', ')} wait for it`);
  }
  return problems;
}

/** Whether a step has ended, however it ended; a step not in the plan (undefined) counts as ended. */
const ended = (state: StepState | undefined) => state === undefined || state === 'passed' || state === 'failed' || state === 'skipped';

/**
 * The steps to start now, in plan order: waiting, every need passed, every step it comes after ended, within the
 * free slots. A step that yields takes
 * no slot (it runs at a lower priority, taking only what the others leave), but at most `yieldSlots` run at once.
 *
 * @param steps The plan.
 * @param states Each step's state by name.
 * @param slots How many steps that do not yield may run at once.
 * @param yieldSlots How many steps that yield may run at once.
 */
export function stepsToStart(steps: readonly Step[], states: ReadonlyMap<string, StepState>, slots: number, yieldSlots = 1): Step[] {
  const running = steps.filter((s) => states.get(s.name) === 'running');
  let free = slots - running.filter((s) => !s.yields).length;
  let freeYielding = yieldSlots - running.filter((s) => s.yields).length;
  const out: Step[] = [];
  for (const s of steps) {
    if (states.get(s.name) !== 'waiting') continue;
    if (!(s.needs ?? []).every((n) => states.get(n) === 'passed')) continue;
    if (!(s.after ?? []).every((n) => ended(states.get(n)))) continue;
    if (s.yields) {
      if (freeYielding <= 0) continue;
      freeYielding--;
    } else {
      if (free <= 0) continue;
      free--;
    }
    out.push(s);
  }
  return out;
}

/**
 * The plan cut down to the named steps and every step they need, directly or not, in plan order. Throws on a
 * name the plan does not have.
 */
export function withNeeds(steps: readonly Step[], names: readonly string[]): Step[] {
  const byName = new Map(steps.map((s) => [s.name, s]));
  const keep = new Set<string>();
  const visit = (name: string) => {
    const step = byName.get(name);
    if (!step) throw new Error(`no step named "${name}" (the plan has: ${steps.map((s) => s.name).join(', ')})`);
    if (keep.has(name)) return;
    keep.add(name);
    for (const n of step.needs ?? []) visit(n);
  };
  for (const n of names) visit(n);
  return steps.filter((s) => keep.has(s.name));
}

/** The steps that can no longer run because a step they need (directly or not) failed or was skipped. */
export function blockedSteps(steps: readonly Step[], states: ReadonlyMap<string, StepState>): string[] {
  const bad = new Set(steps.filter((s) => states.get(s.name) === 'failed' || states.get(s.name) === 'skipped').map((s) => s.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of steps) {
      if (!bad.has(s.name) && (s.needs ?? []).some((n) => bad.has(n))) {
        bad.add(s.name);
        grew = true;
      }
    }
  }
  return steps.filter((s) => bad.has(s.name) && states.get(s.name) === 'waiting').map((s) => s.name);
}
