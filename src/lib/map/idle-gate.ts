/**
 * Background work that waits while something the reader is watching happens: the map's list and tray put their
 * rows and words in the page when it is idle, in slices; while a picked domain's colours are on their way to the
 * map, a slice that comes due is held back, and every held slice is scheduled again once the map is coloured. The
 * scheduler is given (the browser's idle callbacks), so the rule is the same in tests.
 */

/** Work that waits for idle moments, and a way to hold it back. */
export interface IdleGate {
  /** Runs `step` at the scheduler's next idle moment, or, while the gate is held, once it is released. */
  whenIdle(step: () => void): void;
  /**
   * Holds every step that comes due from now on until the returned release is called (holds nest: the work goes on
   * once every hold is released; calling one release twice releases it once).
   */
  hold(): () => void;
  /** True while some hold is not released. */
  readonly held: boolean;
}

/** A gate over `schedule` (which runs a step at some later idle moment). Held steps go back to `schedule` in order. */
export function idleGate(schedule: (step: () => void) => void): IdleGate {
  let holds = 0;
  let waiting: (() => void)[] = [];
  const whenIdle = (step: () => void): void => {
    schedule(() => {
      if (holds > 0) waiting.push(step);
      else step();
    });
  };
  return {
    whenIdle,
    hold() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (holds > 0) return;
        const again = waiting;
        waiting = [];
        for (const step of again) whenIdle(step);
      };
    },
    get held() {
      return holds > 0;
    },
  };
}
