/**
 * Runs a command's exported function (validateCommand, importCommand) in the test's own process instead of starting
 * Node on its file: what it prints to the console is caught and given back as a process's stdout and stderr would be.
 * Each command still has one test that starts it as a process (the wiring: arguments, output, exit status).
 */
import { format } from 'node:util';
import { vi } from 'vitest';

/** A command's result: its exit status and what it printed, one line per console call. */
export interface CommandResult {
  code: number;
  out: string;
  err: string;
}

/** Calls `command`, catching console.log (stdout) and console.error (stderr) until it resolves, then restoring them. */
export async function runInProcess(command: () => Promise<number>): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(`${format(...args)}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(`${format(...args)}\n`));
  try {
    const code = await command();
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
