/**
 * Waits for a reader to leave an element alone: resolves once `ms` pass with no pointer, wheel, touch or key event
 * on it (counted from the call). The full graph's replay reads and decodes its spans (a quarter of a million at
 * 30,000 servers: long tasks on the main thread) only then, so a reader panning the graph the moment it appears
 * is not held up by work for a replay not yet asked for.
 */
const ACTIVITY = ['pointerdown', 'pointermove', 'wheel', 'touchstart', 'touchmove', 'keydown'] as const;

/** Resolves after `ms` without activity on `target`. */
export function whenQuiet(target: EventTarget, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = window.setTimeout(done, ms);
    function poke(): void {
      window.clearTimeout(timer);
      timer = window.setTimeout(done, ms);
    }
    function done(): void {
      for (const type of ACTIVITY) target.removeEventListener(type, poke);
      resolve();
    }
    for (const type of ACTIVITY) target.addEventListener(type, poke, { passive: true });
  });
}
