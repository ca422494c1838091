/** The order npm test runs its steps in: needs, free slots, a step with what it needs, and what a failure skips. */
import { describe, expect, it } from 'vitest';
import { blockedSteps, planProblems, stepsToStart, withNeeds, type Step, type StepState } from '../../../tools/test-plan/schedule.ts';

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
    expect(planProblems([{ name: 'a', command: 'a', needs: ['b'] }, { name: 'b', command: 'b', needs: ['a'] }])).toEqual(['step "a" is part of a cycle of needs', 'step "b" is part of a cycle of needs']);
  });
});

describe('stepsToStart', () => {
  it('starts ready steps in plan order within the free slots', () => {
    expect(names(stepsToStart(plan, states({}), 2))).toEqual(['validate', 'check']);
    expect(names(stepsToStart(plan, states({}), 4))).toEqual(['validate', 'check', 'unit']);
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
