/**
 * The dataset version at build time: ATLAS_DATA_VERSION when set, else the git commit of the checkout
 * (`git rev-parse HEAD`), else "unknown" (not a git checkout, or git missing). The choice is src/lib/press/cite.ts's.
 */
import { execFileSync } from 'node:child_process';
import { resolveVersion } from '../lib/press/cite.ts';

/** The commit of the git checkout at `cwd`, or undefined when there is none. */
export function gitCommit(cwd: string = process.cwd()): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

/** The dataset version for this build. */
export function datasetVersion(env: NodeJS.ProcessEnv = process.env, cwd?: string): string {
  return resolveVersion(env.ATLAS_DATA_VERSION, gitCommit(cwd));
}
