/**
 * Whether a piece of Astro's output shows it has finished writing `.astro/` (tools/astro-run.ts lets the next Astro
 * run sync then, after a check): a build's first "[build]" line, or a check's "Getting diagnostics" or "Result (".
 * Astro colours its output in CI whatever FORCE_COLOR says, so colour codes are taken out first: matched as written,
 * "[build]" followed by a colour code was never seen.
 */

/** Colour and other ANSI control sequences (CSI … letter). */
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** Lines that show Astro has finished writing `.astro/`. */
const SYNCED = /\[build\] |Getting diagnostics|Result \(/;

/** True when `output` (a chunk of Astro's stdout or stderr, coloured or not) shows that Astro has synced. */
export function astroHasSynced(output: string): boolean {
  return SYNCED.test(output.replace(ANSI, ''));
}
