/** The page's background work held while the map is being recoloured, with a scheduler the test runs by hand. */
import { describe, expect, it } from 'vitest';
import { idleGate } from '../../../src/lib/map/idle-gate.ts';

/** A scheduler whose idle moments come when the test says. */
function manual() {
  let queue: (() => void)[] = [];
  return {
    schedule: (step: () => void) => void queue.push(step),
    /** Runs every step due now (not those they schedule). */
    idle() {
      const due = queue;
      queue = [];
      for (const step of due) step();
    },
    get pending() {
      return queue.length;
    },
  };
}

describe('idleGate', () => {
  it('runs a step at the next idle moment when nothing holds it', () => {
    const s = manual();
    const gate = idleGate(s.schedule);
    const ran: string[] = [];
    gate.whenIdle(() => ran.push('a'));
    expect(ran).toEqual([]);
    s.idle();
    expect(ran).toEqual(['a']);
  });

  it('holds the steps coming due while held, and schedules them again, in order, once released', () => {
    const s = manual();
    const gate = idleGate(s.schedule);
    const ran: string[] = [];
    gate.whenIdle(() => ran.push('a'));
    const release = gate.hold();
    gate.whenIdle(() => ran.push('b'));
    s.idle();
    expect(ran).toEqual([]);
    expect(gate.held).toBe(true);
    release();
    expect(gate.held).toBe(false);
    // Not run at the release itself: at the next idle moment.
    expect(ran).toEqual([]);
    s.idle();
    expect(ran).toEqual(['a', 'b']);
  });

  it('waits for every hold, and counts a release called twice once', () => {
    const s = manual();
    const gate = idleGate(s.schedule);
    const ran: string[] = [];
    const first = gate.hold();
    const second = gate.hold();
    gate.whenIdle(() => ran.push('a'));
    s.idle();
    first();
    first();
    s.idle();
    expect(ran).toEqual([]);
    expect(gate.held).toBe(true);
    second();
    s.idle();
    expect(ran).toEqual(['a']);
  });

  it('lets a step scheduled before a hold but due after it wait too', () => {
    const s = manual();
    const gate = idleGate(s.schedule);
    const ran: string[] = [];
    gate.whenIdle(() => ran.push('a'));
    const release = gate.hold();
    s.idle();
    expect(ran).toEqual([]);
    expect(s.pending).toBe(0);
    release();
    expect(s.pending).toBe(1);
    s.idle();
    expect(ran).toEqual(['a']);
  });
});
