/**
 * Whether a module is the program Node was started with (`node src/cli/validate.ts`) rather than a module imported
 * by another one (a test calling the command's function in-process). A command runs and exits only in the first case.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * True when `moduleUrl` (a module's `import.meta.url`) is the file `script` names (Node's `process.argv[1]` by
 * default). Both sides are compared as real paths: Node resolves the main module's symlinks, so a project reached
 * through a symlinked folder still runs.
 */
export function isEntryPoint(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (script === undefined || !moduleUrl.startsWith('file:')) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
