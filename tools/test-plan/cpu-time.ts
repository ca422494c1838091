/**
 * The processor time a step's commands used (user + system, of every process they started), read from the POSIX
 * shell's `times` builtin after the step: on a machine whose cores every step shares, wall time says how long a
 * step waited, processor time how much work it was. Only processes the step's shell waits for are counted: a
 * browser's renderer processes are not, so for the browser steps it is a floor (on two cores, the whole plan kept
 * the machine about 98 % busy while these figures summed to about half of its work).
 */

/** The line written before the shell's `times` report, so the report can be found and cut from the step's output. */
export const CPU_MARK = '@@step-cpu-time@@';

/** The step's command, followed by its shell's `times` report on standard error; the exit status is the command's. */
export function withCpuTime(command: string): string {
  return `{\n${command}\n}\n__status=$?\necho '${CPU_MARK}' >&2\ntimes >&2\nexit $__status`;
}

/** Seconds in a `times` field such as `1m2.500000s` (dash) or `1m2.500s` (bash). */
function seconds(field: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(field.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/**
 * Splits a step's output at the mark: the output without the report, and the processor seconds of the processes
 * the step started (the report's second line: children's user and system time), or undefined when there is no
 * report to read (a shell without `times`, a step killed before the end).
 */
export function readCpuTime(output: string): { output: string; cpuSeconds?: number } {
  const at = output.lastIndexOf(`${CPU_MARK}\n`);
  if (at < 0) return { output };
  const lines = output.slice(at + CPU_MARK.length + 1).split('\n').filter((l) => l.trim());
  const children = (lines[1] ?? '').trim().split(/\s+/);
  const total = children.length === 2 ? seconds(children[0]!) + seconds(children[1]!) : NaN;
  return { output: output.slice(0, at), cpuSeconds: Number.isFinite(total) ? total : undefined };
}
