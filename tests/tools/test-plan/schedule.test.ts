/** The order npm test runs its steps in: needs, free slots, a step with what it needs, and what a failure skips. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { blockedSteps, launch, planProblems, stepsToStart, withNeeds, YIELD_NICENESS, type Step, type StepState } from '../../../tools/test-plan/schedule.ts';

// A synthetic plan shaped like npm test's.
const plan: Step[] = [
  { name: 'validate', command: 'v' },
  { name: 'build', command: 'b', needs: ['validate'] },
  { name: 'check', command: 'c' },
  { name: 'unit', command: 'u' },
  { name: 'site', command: 's', needs: ['build'] },
  { name: 'e2e', command: 'e', needs: ['build', 'site'] },
];
const states = (over: Record<string, StepState>) => new Map<string, StepState>(plan.map((s) => [s.name, over[s.name] ?? 'waiting']));
const names = (steps: Step[]) => steps.map((s) => s.name);

describe('planProblems', () => {
  it('accepts a sound plan and names duplicates, unknown needs and cycles', () => {
    expect(planProblems(plan)).toEqual([]);
    expect(planProblems([...plan, { name: 'unit', command: 'x' }])).toContain('step "unit" is listed twice');
    expect(planProblems([{ name: 'a', command: 'a', needs: ['nope'] }])).toEqual(['step "a" needs unknown step "nope"']);
    expect(planProblems([{ name: 'a', command: 'a', needs: ['b'] }, { name: 'b', command: 'b', needs: ['a'] }])).toEqual(['step "a" is part of a cycle of needs or order', 'step "b" is part of a cycle of needs or order']);
  });
});

describe('a step that yields', () => {
  it('may not be one another step waits for', () => {
    expect(planProblems([...plan.slice(0, 2), { ...plan[2]!, yields: true }])).toEqual([]);
    expect(planProblems(plan.map((s) => (s.name === 'build' ? { ...s, yields: true } : s)))).toEqual(['step "build" yields, but site, e2e wait for it']);
  });

  it('takes no slot, and only one runs at a time', () => {
    const withYields: Step[] = [
      { name: 'a', command: 'a' },
      { name: 'y1', command: 'y', yields: true },
      { name: 'b', command: 'b' },
      { name: 'y2', command: 'y', yields: true },
      { name: 'c', command: 'c' },
    ];
    const st = (over: Record<string, StepState>) => new Map<string, StepState>(withYields.map((s) => [s.name, over[s.name] ?? 'waiting']));
    expect(names(stepsToStart(withYields, st({}), 2))).toEqual(['a', 'y1', 'b']);
    expect(names(stepsToStart(withYields, st({ a: 'running', y1: 'running', b: 'running' }), 2))).toEqual([]);
    expect(names(stepsToStart(withYields, st({ a: 'passed', y1: 'running', b: 'running' }), 2))).toEqual(['c']);
    expect(names(stepsToStart(withYields, st({ a: 'running', y1: 'passed', b: 'running' }), 2))).toEqual(['y2']);
  });

  it('runs beside as many others that yield as it is given room for', () => {
    const withYields: Step[] = [
      { name: 'a', command: 'a' },
      { name: 'y1', command: 'y', yields: true },
      { name: 'y2', command: 'y', yields: true },
      { name: 'y3', command: 'y', yields: true },
    ];
    const st = (over: Record<string, StepState>) => new Map<string, StepState>(withYields.map((s) => [s.name, over[s.name] ?? 'waiting']));
    expect(names(stepsToStart(withYields, st({}), 1, 2))).toEqual(['a', 'y1', 'y2']);
    expect(names(stepsToStart(withYields, st({ a: 'running', y1: 'running' }), 1, 2))).toEqual(['y2']);
    expect(names(stepsToStart(withYields, st({ a: 'running', y1: 'running', y2: 'running' }), 1, 2))).toEqual([]);
    expect(names(stepsToStart(withYields, st({ a: 'running', y1: 'passed', y2: 'running' }), 1, 2))).toEqual(['y3']);
  });

  it('runs its script at a lower priority than the others, which run at the runner\'s own', () => {
    const niceness = (step: Pick<Step, 'yields'>) => {
      const { file, args } = launch(step, 'nice');
      return Number(spawnSync(file, args, { encoding: 'utf8' }).stdout.trim());
    };
    const own = niceness({});
    expect(niceness({ yields: true })).toBe(Math.min(19, own + YIELD_NICENESS));
  });
});

describe('stepsToStart', () => {
  it('starts ready steps in plan order within the free slots', () => {
    expect(names(stepsToStart(plan, states({}), 2))).toEqual(['validate', 'check']);
    expect(names(stepsToStart(plan, states({}), 4))).toEqual(['validate', 'check', 'unit']);
  });
  it('starts a step only after the steps it comes after have ended, however they ended, and holds no slot meanwhile', () => {
    const ordered: Step[] = [
      { name: 'first', command: 'f' },
      { name: 'second', command: 's', after: ['first'] },
      { name: 'other', command: 'o' },
    ];
    const st = (over: Record<string, StepState>) => new Map<string, StepState>(ordered.map((s) => [s.name, over[s.name] ?? 'waiting']));
    expect(names(stepsToStart(ordered, st({}), 2))).toEqual(['first', 'other']);
    expect(names(stepsToStart(ordered, st({ first: 'running' }), 3))).toEqual(['other']);
    for (const end of ['passed', 'failed', 'skipped'] as const) expect(names(stepsToStart(ordered, st({ first: end, other: 'running' }), 2))).toEqual(['second']);
    // Its failure skips nothing that only comes after it.
    expect(blockedSteps(ordered, st({ first: 'failed' }))).toEqual([]);
    // Cut from the plan (`--only`), it is no wait.
    expect(names(stepsToStart(ordered.slice(1), new Map([['second', 'waiting']]), 1))).toEqual(['second']);
    expect(planProblems(ordered)).toEqual([]);
    expect(planProblems([{ name: 'a', command: 'a', after: ['nope'] }])).toEqual(['step "a" comes after unknown step "nope"']);
    expect(planProblems([{ name: 'a', command: 'a', after: ['b'] }, { name: 'b', command: 'b', needs: ['a'] }])).toEqual(['step "a" is part of a cycle of needs or order', 'step "b" is part of a cycle of needs or order']);
  });

  it('waits for every need to pass', () => {
    expect(names(stepsToStart(plan, states({ validate: 'running', check: 'running' }), 3))).toEqual(['unit']);
    expect(names(stepsToStart(plan, states({ validate: 'passed', check: 'running' }), 3))).toEqual(['build', 'unit']);
    expect(names(stepsToStart(plan, states({ validate: 'passed', build: 'passed', check: 'passed', unit: 'passed', site: 'running' }), 2))).toEqual([]);
  });
});

describe('withNeeds', () => {
  it('keeps the named steps and everything they need, directly or not, in plan order', () => {
    expect(names(withNeeds(plan, ['e2e']))).toEqual(['validate', 'build', 'site', 'e2e']);
    expect(names(withNeeds(plan, ['unit', 'check']))).toEqual(['check', 'unit']);
    expect(() => withNeeds(plan, ['nope'])).toThrow(/no step named "nope"/);
  });
});

describe('blockedSteps', () => {
  it('skips everything downstream of a failure, directly or not, and nothing else', () => {
    expect(blockedSteps(plan, states({ validate: 'failed' }))).toEqual(['build', 'site', 'e2e']);
    expect(blockedSteps(plan, states({ validate: 'passed', build: 'passed', site: 'failed' }))).toEqual(['e2e']);
    expect(blockedSteps(plan, states({}))).toEqual([]);
  });
});
