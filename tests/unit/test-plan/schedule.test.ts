/** The order npm test runs its steps in: needs, free slots, the gap between Astro steps, and what a failure skips. */
import { describe, expect, it } from 'vitest';
import { blockedSteps, planProblems, stepsToStart, type Step, type StepState } from '../../../src/lib/test-plan/schedule.ts';

// A synthetic plan shaped like npm test's.
const plan: Step[] = [
  { name: 'validate', command: 'v' },
  { name: 'build', command: 'b', needs: ['validate'], astro: true },
  { name: 'check', command: 'c', astro: true },
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
    expect(planProblems([{ name: 'a', command: 'a', needs: ['b'] }, { name: 'b', command: 'b', needs: ['a'] }])).toEqual(['step "a" is part of a cycle of needs', 'step "b" is part of a cycle of needs']);
  });
});

describe('stepsToStart', () => {
  it('starts ready steps in plan order within the free slots, and only one Astro step at a time', () => {
    expect(names(stepsToStart(plan, states({}), 2, undefined, 0, 15_000))).toEqual(['validate', 'check']);
    expect(names(stepsToStart(plan, states({}), 4, undefined, 0, 15_000))).toEqual(['validate', 'check', 'unit']);
  });
  it('waits for every need to pass', () => {
    expect(names(stepsToStart(plan, states({ validate: 'running', check: 'running' }), 3, 0, 1, 0))).toEqual(['unit']);
    expect(names(stepsToStart(plan, states({ validate: 'passed', build: 'passed', check: 'passed', unit: 'passed', site: 'running' }), 2, 0, 1e9, 0))).toEqual([]);
  });
  it('keeps the gap between two Astro steps\' starts', () => {
    const s = states({ validate: 'passed', check: 'running' });
    expect(names(stepsToStart(plan, s, 3, 1000, 5000, 15_000))).toEqual(['unit']);
    expect(names(stepsToStart(plan, s, 3, 1000, 16_000, 15_000))).toEqual(['build', 'unit']);
  });
});

describe('blockedSteps', () => {
  it('skips everything downstream of a failure, directly or not, and nothing else', () => {
    expect(blockedSteps(plan, states({ validate: 'failed' }))).toEqual(['build', 'site', 'e2e']);
    expect(blockedSteps(plan, states({ validate: 'passed', build: 'passed', site: 'failed' }))).toEqual(['e2e']);
    expect(blockedSteps(plan, states({}))).toEqual([]);
  });
});
