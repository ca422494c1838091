/**
 * The page's background work, run when the browser is idle (src/lib/map/idle-gate.ts): the map's list and tray put
 * their rows and words in the page through it, and the map holds it while a picked domain's colours are on their way.
 */
import { idleGate } from '../lib/map/idle-gate.ts';

/** How long a step may wait for an idle moment before it runs anyway, in milliseconds. */
const IDLE_TIMEOUT = 500;

/** Runs a step when the page is idle (or soon, where the browser has no idle callbacks). */
const schedule = (step: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: IDLE_TIMEOUT });
  else setTimeout(step, 16);
};

/** The one gate of the page's background work. */
export const idleWork = idleGate(schedule);
