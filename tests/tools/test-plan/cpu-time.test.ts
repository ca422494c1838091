import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CPU_MARK, readCpuTime, withCpuTime } from '../../../tools/test-plan/cpu-time.ts';

/** Runs a script as the test plan does (one shell), standard output then standard error. */
const sh = (script: string): { out: string; status: number | null } => {
  const r = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  return { out: r.stdout + r.stderr, status: r.status };
};

describe('a step\'s processor time', () => {
  it('reads dash and bash reports: the second line is the children\'s user + system seconds', () => {
    expect(readCpuTime(`hello\n${CPU_MARK}\n0m0.010000s 0m0.020000s\n1m2.500000s 0m0.250000s\n`)).toEqual({ output: 'hello\n', cpuSeconds: 62.75 });
    expect(readCpuTime(`${CPU_MARK}\n0m0.010s 0m0.020s\n0m3.000s 0m1.000s\n`).cpuSeconds).toBe(4);
  });

  it('leaves output without a report as it is, with no time', () => {
    expect(readCpuTime('no report here\n')).toEqual({ output: 'no report here\n' });
    expect(readCpuTime(`${CPU_MARK}\ngarbled\n`).cpuSeconds).toBeUndefined();
  });

  it('keeps the command\'s exit status and measures the work of what it started', () => {
    // Busy until it has used 0.3 s of processor time itself, however loaded the machine is.
    const busy = `node -e 'while (process.cpuUsage().user < 300000) {}'`;
    const ok = sh(withCpuTime(`echo start && ${busy}`));
    expect(ok.status).toBe(0);
    const read = readCpuTime(ok.out);
    expect(read.output).toBe('start\n');
    expect(read.cpuSeconds).toBeGreaterThan(0.2);
    expect(sh(withCpuTime('echo failing; exit 3')).status).toBe(3);
    expect(sh(withCpuTime('false')).status).toBe(1);
  });
});
