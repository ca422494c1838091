/**
 * The order `npm test` runs its steps in (src/cli/test-all.ts): each step names the steps it needs, at most
 * `slots` run at once (the machine's cores), and a step whose needs are met starts in the order the plan lists it.
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
   * True for a step that writes Astro's generated files in `.astro/` when it starts (a build, `astro check`): two
   * such steps never start within `startGapMs` of each other, so one never reads what the other is rewriting.
   */
  astro?: boolean;
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
  // A cycle leaves steps that can never become ready: resolve by repeated removal.
  const done = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const s of steps) {
      if (!done.has(s.name) && (s.needs ?? []).every((n) => done.has(n) || !names.has(n))) {
        done.add(s.name);
        progress = true;
      }
    }
  }
  for (const s of steps) if (!done.has(s.name)) problems.push(`step "${s.name}" is part of a cycle of needs`);
  return problems;
}

/**
 * The steps to start now, in plan order: waiting, every need passed, within the free slots; an `astro` step only
 * when no other `astro` step started less than `startGapMs` ago (and at most one such per call).
 *
 * @param steps The plan.
 * @param states Each step's state by name.
 * @param slots How many steps may run at once.
 * @param lastAstroStartMs When the last `astro` step started (ms, same clock as `nowMs`), or undefined.
 * @param nowMs The current time in ms.
 * @param startGapMs The least time between two `astro` steps' starts.
 */
export function stepsToStart(steps: readonly Step[], states: ReadonlyMap<string, StepState>, slots: number, lastAstroStartMs: number | undefined, nowMs: number, startGapMs: number): Step[] {
  const running = steps.filter((s) => states.get(s.name) === 'running').length;
  let free = slots - running;
  let astroFree = lastAstroStartMs === undefined || nowMs - lastAstroStartMs >= startGapMs;
  const out: Step[] = [];
  for (const s of steps) {
    if (free <= 0) break;
    if (states.get(s.name) !== 'waiting') continue;
    if (!(s.needs ?? []).every((n) => states.get(n) === 'passed')) continue;
    if (s.astro) {
      if (!astroFree) continue;
      astroFree = false;
    }
    out.push(s);
    free--;
  }
  return out;
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
