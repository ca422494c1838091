/**
 * Runs a command and measures it: wall time, and peak memory as the largest sum of resident set sizes over the
 * command's whole process tree (npx → node → workers), polled from /proc. Linux only.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';

/** What a measured command did. */
export interface Measured {
  /** Exit code (null when killed). */
  code: number | null;
  /** Wall time, seconds. */
  seconds: number;
  /** Largest RSS sum over the process tree seen by the poll, bytes. */
  peakBytes: number;
  /** One-minute load averages sampled during the run. */
  load: number[];
  /** The last lines of its output (stdout and stderr). */
  tail: string;
  /** Whether it was killed for running past the time limit. */
  timedOut: boolean;
}

/** Parent pid and RSS (bytes) of every process, from /proc. */
async function processes(): Promise<Map<number, { ppid: number; rss: number }>> {
  const out = new Map<number, { ppid: number; rss: number }>();
  const page = 4096;
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * page });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** Sum of RSS over `root` and its descendants. */
async function treeRss(root: number): Promise<number> {
  const all = await processes();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(pid);
  let sum = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    sum += all.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Runs `command args` with `env` added, polling its tree's memory every `pollMs`; kills it after `timeoutMs`. */
export function measure(command: string, args: string[], env: Record<string, string>, options: { timeoutMs: number; pollMs?: number; cwd?: string; logFile?: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let tail = '';
    const logStream = options.logFile ? createWriteStream(options.logFile) : undefined;
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
      logStream?.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const load: number[] = [];
    let timedOut = false;
    let polling = false;
    const poll = setInterval(() => {
      if (polling || child.pid === undefined) return;
      polling = true;
      load.push(loadavg()[0]!);
      treeRss(child.pid)
        .then((rss) => (peak = Math.max(peak, rss)))
        .catch(() => undefined)
        .finally(() => (polling = false));
    }, options.pollMs ?? 250);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (err) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const done = () => resolve({ code, seconds, peakBytes: peak, load, tail, timedOut });
      if (logStream) logStream.end(done);
      else done();
    });
  });
}
